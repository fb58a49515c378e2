package io.github.studysite.browser;

import io.github.studysite.BuildResult;
import io.github.studysite.Fixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-pagers stay readable at 300 notes: on a site built from the benchmark's corpus generator (bench/CorpusGenerator,
 * 300 notes, some principles with hundreds of stories), every principle's cheat sheet and the longest stories and
 * self-introductions print in Chromium on one A4 sheet whose smallest text is at least 8 pt — measured in the PDF
 * itself (PDFBox's glyph sizes) and in the page after the print fit (computed size × CSS zoom). A cheat sheet that
 * cannot list every story shows the most complete ones and says how many more there are and where.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class ReadablePrintIT {

    /** The smallest text a one-pager may print, in pt. */
    private static final double MIN_PT = 8;
    /** How many of the longest story and introduction pages are printed (the rest are shorter). */
    private static final int LONGEST = 6;

    @TempDir
    static Path corpus;

    private static Path site;
    private static Browser browser;

    @BeforeAll
    static void build() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process generator = new ProcessBuilder(java.toString(),
                Fixtures.PROJECT.resolve("bench/CorpusGenerator.java").toString(), "--notes", "300",
                "--out", corpus.toString())
                .redirectErrorStream(true).redirectOutput(corpus.resolve("generator.log").toFile()).start();
        assertThat(generator.waitFor()).as(Fixtures.read(corpus.resolve("generator.log"))).isZero();
        BuildResult result = Fixtures.build(corpus.resolve("studysite"));
        assertThat(result.success()).as("%s", result.problems()).isTrue();
        site = corpus.resolve("studysite/site-output");
        browser = Browser.open();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyCheatSheetPrintsOnOneReadableSheetAndSaysHowManyMoreStories() throws IOException {
        List<String> pages = pages("principles");
        assertThat(pages).hasSize(16);
        boolean sawMore = false;
        for (String page : pages) {
            Pdf pdf = printReadable(page);
            int stories = Jsoup.parse(Fixtures.read(site.resolve(page))).select(".sheet-stories .story-card").size();
            int storyCount = Integer.parseInt(Jsoup.parse(Fixtures.read(site.resolve(page)))
                    .selectFirst(".sheet-stories h2 .count").text().replaceAll(".*/", ""));
            long printed = (Long) browser.driver().executeScript(
                    "return document.querySelectorAll('.sheet-stories .story-card:not(.fit-left-out)').length");
            if (printed < storyCount) {
                sawMore = true;
                // "+ 스토리 N개 더: <the page's full address>", however the PDF breaks the line
                String text = pdf.text().replaceAll("\\s+", "");
                assertThat(text).as(page).contains("+스토리" + (storyCount - printed) + "개더:file:")
                        .contains(page.replace("index.html", ""));
                // the most complete come first, so what is printed is never less complete than what is left out
                List<Long> filled = filledParts(".sheet-stories .story-card");
                int least = filled.subList(0, (int) printed).stream().mapToInt(Long::intValue).min().orElse(4);
                int best = filled.subList((int) printed, stories).stream().mapToInt(Long::intValue).max().orElse(0);
                assertThat(least).as(page + ": printed stories are the most complete").isGreaterThanOrEqualTo(best);
            }
        }
        assertThat(sawMore).as("a principle of this corpus has more stories than one sheet holds").isTrue();
    }

    @Test
    void theLongestStoriesAndIntroductionsPrintOnOneReadableSheet() throws IOException {
        for (String section : List.of("stories", "intro")) {
            for (String page : longest(section)) {
                printReadable(page);
            }
        }
    }

    /** Filled STAR parts of each story card matching {@code selector}, in page order. */
    @SuppressWarnings("unchecked")
    private static List<Long> filledParts(String selector) {
        return (List<Long>) browser.driver().executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (c) { return (c.querySelector('.star-badge') || {dataset: {parts: ''}}).dataset.parts.length; })", selector);
    }

    /** Prints a page and checks that it is one sheet whose text is nowhere under {@link #MIN_PT}. */
    private static Pdf printReadable(String page) {
        PrintedText.open(browser.driver(), site.resolve(page).toUri().toString());
        Pdf pdf = Pdf.print(browser.driver());
        keep(page, pdf);
        assertThat(pdf.pages()).as(page + " sheets").isEqualTo(1);
        assertThat(pdf.smallestGlyphPt()).as(page + ": smallest text in the PDF (pt)")
                .isGreaterThanOrEqualTo(MIN_PT - 0.05);
        assertThat(PrintedText.smallestPt(browser.driver())).as(page + ": smallest text after the fit (pt)")
                .isGreaterThanOrEqualTo(MIN_PT - 0.01);
        return pdf;
    }

    private static List<String> pages(String section) throws IOException {
        try (Stream<Path> dirs = Files.list(site.resolve(section))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("index.html")) && !d.endsWith("page")).sorted()
                    .map(d -> section + "/" + d.getFileName() + "/index.html").toList();
        }
    }

    /** The {@link #LONGEST} pages of a section with the most text. */
    private static List<String> longest(String section) throws IOException {
        List<String> pages = new ArrayList<>(pages(section));
        pages.sort(Comparator.comparingInt((String p) -> Jsoup.parse(Fixtures.read(site.resolve(p)))
                .select(".one-pager").text().length()).reversed());
        return pages.subList(0, Math.min(LONGEST, pages.size()));
    }

    private static void keep(String page, Pdf pdf) {
        try {
            Path dir = Files.createDirectories(Fixtures.PROJECT.resolve("target/print-test/corpus300"));
            Files.write(dir.resolve(page.replaceAll("[^\\p{L}\\p{N}]+", "_") + ".pdf"), pdf.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
