package io.github.studysite.eval;

import io.github.studysite.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor's score on the evaluation corpus may not drop below the figures committed in {@code EXTRACTION.md}.
 * Run with {@code -Deval.update=true} to write the new figures into it (after an improvement); the misses, note by
 * note, are written to {@code target/eval-misses.txt} on every run.
 */
class ExtractionScoreTest {

    static final Path REPORT = Fixtures.PROJECT.resolve("EXTRACTION.md");
    static final Path MISSES = Fixtures.PROJECT.resolve("target/eval-misses.txt");
    private static final String BEGIN = "<!-- scores: written by ExtractionScoreTest -->";
    private static final String END = "<!-- /scores -->";
    private static final Pattern ROW = Pattern.compile("^\\| ([a-z() ]+) \\| ([0-9.]+) % \\| \\d+/\\d+ \\|$",
            Pattern.MULTILINE);

    @Test
    void scoresDoNotDropBelowTheCommittedFigures(@TempDir Path work) throws IOException {
        Evaluation.Scores scores = Evaluation.run(work);
        String tables = Evaluation.tables(scores);
        Files.createDirectories(MISSES.getParent());
        Files.writeString(MISSES, String.join("\n", scores.misses()) + "\n",
                StandardCharsets.UTF_8);
        System.out.println(tables);
        String report = Files.readString(REPORT, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("eval.update")) {
            int from = report.indexOf(BEGIN);
            int to = report.indexOf(END);
            Files.writeString(REPORT, report.substring(0, from + BEGIN.length()) + "\n" + tables
                    + report.substring(to), StandardCharsets.UTF_8);
            return;
        }
        Map<String, Double> committed = committed(report);
        assertThat(committed).as("figures in EXTRACTION.md").containsOnlyKeys(Evaluation.METRICS);
        committed.forEach((metric, figure) -> assertThat(scores.overall().get(metric).percent())
                .as("%s (committed %.1f %%); misses in target/eval-misses.txt", metric, figure)
                .isGreaterThanOrEqualTo(figure - 0.05));
    }

    /** The overall figures of EXTRACTION.md's first table; a figure shown as "–" counted nothing. */
    static Map<String, Double> committed(String report) {
        int from = report.indexOf(BEGIN);
        String section = report.substring(from, report.indexOf(END, from));
        Map<String, Double> figures = new LinkedHashMap<>();
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            figures.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return figures;
    }

    /** Prints the scores and the misses without JUnit, from an IDE or {@code java -cp …}. */
    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("studysite-eval");
        Evaluation.Scores scores = Evaluation.run(work);
        System.out.println(Evaluation.tables(scores));
        scores.misses().forEach(System.out::println);
        System.out.printf(Locale.ROOT, "(built in %s)%n", work);
    }
}
