package io.github.studysite.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The one line a build ends with, so that a long log closes with what came of it:
 * {@code Built 10,000 notes (9,722 stories, 17,786 questions) into 10,003 pages in 41.2 s, 0 errors, 3 warnings}.
 *
 * <p>Stories and questions are the study model's counts; they are empty where the build does not extract them, and
 * the line then leaves them out rather than print a zero that would read as "none found".
 *
 * @param success   whether the site was written
 * @param notes     notes read
 * @param stories   STAR stories found, when the build extracts them
 * @param questions interview questions found, when the build extracts them
 * @param pages     pages written
 * @param errors    error problems
 * @param warnings  warning problems
 * @param elapsed   wall time of the build
 */
public record BuildSummary(boolean success, int notes, OptionalInt stories, OptionalInt questions, int pages,
                           long errors, long warnings, Duration elapsed) {

    /** A summary of a build that does not (yet) count stories and questions. */
    public BuildSummary(boolean success, int notes, int pages, long errors, long warnings, Duration elapsed) {
        this(success, notes, OptionalInt.empty(), OptionalInt.empty(), pages, errors, warnings, elapsed);
    }

    /** The same summary with the study model's counts. */
    public BuildSummary withStudy(int stories, int questions) {
        return new BuildSummary(success, notes, OptionalInt.of(stories), OptionalInt.of(questions), pages, errors,
                warnings, elapsed);
    }

    /** The line for the log. */
    public String line() {
        List<String> study = new ArrayList<>();
        stories.ifPresent(n -> study.add(count(n, "story", "stories")));
        questions.ifPresent(n -> study.add(count(n, "question", "questions")));
        String what = count(notes, "note", "notes") + (study.isEmpty() ? "" : " (" + String.join(", ", study) + ")");
        String time = String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
        String problems = count(errors, "error", "errors") + ", " + count(warnings, "warning", "warnings");
        return success
                ? "Built " + what + " into " + count(pages, "page", "pages") + " in " + time + ", " + problems
                : "Build failed after " + time + ": " + what + " read, " + problems;
    }

    private static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
