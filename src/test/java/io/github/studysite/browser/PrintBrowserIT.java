package io.github.studysite.browser;

import io.github.studysite.BuildResult;
import io.github.studysite.Fixtures;
import io.github.studysite.SeedSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Printing, as a person's Print does it in Chromium: every story, principle and self-introduction page of the seed
 * site prints on exactly one A4 page, with its Korean text as real glyphs and without the site's navigation; so do
 * deliberately long ones (a story of many paragraphs, a principle with fourteen stories, a thirteen-minute
 * introduction), which print at 8 pt or more on one sheet, leaving out their later sentences and saying how many; and the
 * print pack prints one page per one-pager.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PrintBrowserIT {

    @TempDir
    static Path longNotes;

    private static Path seedSite;
    private static Path longSite;
    private static Browser browser;

    @BeforeAll
    static void build() throws IOException {
        seedSite = SeedSite.get();
        Fixtures.write(longNotes, "content/long.md", longNote());
        // both interface languages, as the seeds have: the pack is printed in each
        Fixtures.write(longNotes, "content/_config.yml", Fixtures.BILINGUAL_CONFIG);
        BuildResult result = Fixtures.build(longNotes);
        assertThat(result.success()).as("%s", result.problems()).isTrue();
        longSite = longNotes.resolve("site-output");
        browser = Browser.open();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private static Pdf print(Path site, String page) {
        PrintedText.open(browser.driver(), site.resolve(page).toUri().toString());
        Pdf pdf = Pdf.print(browser.driver());
        keep((site == seedSite ? "seeds/" : "long/") + page, pdf);
        return pdf;
    }

    /** Keeps the last PDF of each page under target/, to look at when an assertion fails. */
    private static void keep(String page, Pdf pdf) {
        try {
            Path dir = Files.createDirectories(Fixtures.PROJECT.resolve("target/print-test"));
            Files.write(dir.resolve(page.replaceAll("[^\\p{L}\\p{N}]+", "_") + ".pdf"), pdf.bytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String shown() {
        return browser.driver().getCurrentUrl() + " \"" + browser.driver().getTitle() + "\"";
    }

    /** The one-pager pages of a site: {@code stories/x.html}, {@code intro/x.html}, {@code principles/x/}. */
    private static List<String> onePagers(Path site) throws IOException {
        List<String> pages = new ArrayList<>();
        for (String section : List.of("intro", "principles", "stories")) {
            try (Stream<Path> entries = Files.list(site.resolve(section))) {
                entries.map(e -> e.getFileName().toString()).sorted().forEach(name -> {
                    if (section.equals("principles") && Files.isDirectory(site.resolve(section).resolve(name))) {
                        pages.add(section + "/" + name + "/index.html");
                    } else if (!section.equals("principles") && name.endsWith(".html") && !name.equals("index.html")) {
                        pages.add(section + "/" + name);
                    }
                });
            }
        }
        return pages;
    }

    @Test
    void everySeedOnePagerPrintsOnOnePageWithKoreanTextAndNoNavigation() throws IOException {
        List<String> pages = onePagers(seedSite);
        assertThat(pages).hasSize(3 + 16 + 19);
        List<String> notOnePage = new ArrayList<>();
        for (String page : pages) {
            Pdf pdf = print(seedSite, page);
            if (pdf.pages() != 1) {
                notOnePage.add(page + ": " + pdf.pages() + " pages");
            }
            String text = pdf.text();
            assertThat(text).as(page).doesNotContain("studysite로 만든 면접 준비 사이트", "본문으로 건너뛰기", "공부할 것");
        }
        assertThat(notOnePage).isEmpty();

        String intro = print(seedSite, "intro/aws-interview-cse.html").text();
        assertThat(intro).contains("자기소개 하도록 하겠습니다", "I joined LG CNS");
        String principle = print(seedSite, "principles/ownership/index.html").text();
        assertThat(principle).contains("Ownership", "주인 의식", "인도 출장", "결과는 성공적이었습니다");
    }

    @Test
    void aStoryWithoutASheetInThePackGetsAPrintButtonThatPrintsThePageAndIsNotPrinted() throws IOException {
        String page = onePagers(seedSite).stream().filter(p -> p.startsWith("stories/"))
                .filter(p -> Jsoup.parse(Fixtures.read(seedSite.resolve(p))).selectFirst("[data-print-button]") != null)
                .findFirst().orElseThrow();
        browser.driver().get(seedSite.resolve(page).toUri().toString());
        org.openqa.selenium.WebElement button = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(),
                java.time.Duration.ofSeconds(10)).until(d -> d.findElements(
                        org.openqa.selenium.By.cssSelector(".print-action button.print-button[data-print]"))
                .stream().findFirst().orElse(null));
        assertThat(button.isDisplayed()).isTrue();
        assertThat(button.getText()).isEqualTo("이 페이지 인쇄");
        // the click prints this page: window.print, stubbed to count
        browser.driver().executeScript("window.printed = 0; window.print = function () { window.printed++; };");
        button.click();
        assertThat(browser.driver().executeScript("return window.printed")).isEqualTo(1L);
        assertThat(print(seedSite, page).text()).doesNotContain("이 페이지 인쇄");
    }

    @Test
    void theEnglishInterfaceOnePagersPrintOnOnePageToo() {
        for (String page : List.of("en/intro/aws-interview-cse.html", "en/principles/ownership/index.html",
                "en/principles/customer-obsession/index.html")) {
            assertThat(print(seedSite, page).pages()).as(page).isEqualTo(1);
        }
    }

    @Test
    void longOnePagersPrintOnOneReadableSheetAndSayWhatIsLeftOut() {
        for (String page : List.of("stories/대규모-마이그레이션-0.html", "principles/ownership/index.html",
                "principles/customer-obsession/index.html", "intro/long-notes.html")) {
            Pdf pdf = print(longSite, page);
            assertThat(pdf.pages()).as(page).isEqualTo(1);
            assertThat(pdf.smallestGlyphPt()).as(page + ": smallest text in the PDF (pt)").isGreaterThanOrEqualTo(7.95);
            assertThat(PrintedText.smallestPt(browser.driver())).as(page).isGreaterThanOrEqualTo(7.99);
            String text = pdf.text().replaceAll("\\s+", "");
            long leftOut = (Long) browser.driver().executeScript(
                    "return document.querySelectorAll('.one-pager .fit-left-out[data-fit-drop]').length");
            if (page.startsWith("stories")) {
                // too long even at 8 pt: later sentences go, every part keeps its first, and the sheet says so
                assertThat(leftOut).as(page + " sentences left out").isPositive();
                assertThat(text).contains("+" + leftOut + "문장더:file:", "대규모마이그레이션0");
                List<String> letters = List.of("S", "T", "A", "R");
                for (int i = 0; i < letters.size(); i++) {
                    assertThat((Boolean) browser.driver().executeScript("var p = document.querySelectorAll("
                            + "'.star-parts > .star-part')[" + i + "].querySelector('p span');"
                            + " return !!p && p.getClientRects().length > 0"))
                            .as(page + " keeps the first line of " + letters.get(i)).isTrue();
                }
            }
            if (page.startsWith("intro")) {
                assertThat(leftOut).as(page + " sentences left out").isPositive();
                assertThat(text).contains("+" + leftOut + "문장더:file:");
            }
        }
    }

    @Test
    void thePrintPackPrintsOnePagePerOnePagerInEachLanguage() throws IOException {
        for (Path site : List.of(seedSite, longSite)) {
            // the loop plan's interviewer sheets (five by default) open the pack; of the stories, it holds those the
            // loop page has you tell, each once, and every other story prints from its own page
            org.jsoup.nodes.Document loop = Jsoup.parse(Fixtures.read(site.resolve("loop/index.html")));
            List<String> told = loop.select(".loop-best a, .loop-backup a").eachText().stream().distinct().toList();
            long others = onePagers(site).stream().filter(p -> !p.startsWith("stories/")).count();
            int sheets = (int) others + told.size() + io.github.studysite.config.CoachSettings.DEFAULT.loopSlots();
            org.jsoup.nodes.Document packPage = Jsoup.parse(Fixtures.read(site.resolve("print/index.html")));
            assertThat(packPage.select("article.one-pager")).hasSize(sheets);
            assertThat(packPage.select("article.story h1").eachText()).containsExactlyInAnyOrderElementsOf(told);
            assertThat(told).as("the loop plan's stories").isNotEmpty();
            Pdf pack = print(site, "print/index.html");
            assertThat(pack.pages()).as("pack %s", shown()).isEqualTo(sheets);
            assertThat(print(site, "en/print/index.html").pages()).as("English pack %s", shown()).isEqualTo(sheets);
            if (site == seedSite) {
                assertThat(pack.text()).contains("자기소개 하도록 하겠습니다", "Customer Obsession", "고객 집착")
                        .doesNotContain("모두 인쇄");
            }
        }
    }

    /** A note far too long for one page: one long story, fourteen stories under one principle, forty questions. */
    private static String longNote() {
        String ko = "저는 고객의 문제를 끝까지 책임지고 해결하기 위해 팀과 함께 원인을 분석하고 개선안을 만들어 적용했습니다";
        String en = "I took ownership of the migration, measured every step, and kept the customer informed until the "
                + "system was stable again";
        StringBuilder note = new StringBuilder("# Long notes\n\n## Ownership\n\n");
        for (int n = 0; n < 14; n++) {
            note.append("### Story ").append(n).append(": 대규모 마이그레이션 ").append(n).append("\n\n");
            for (String part : List.of("S", "T", "A", "R")) {
                note.append(part).append(": ").append((ko + " ").repeat(n == 0 ? 12 : 3)).append('\n');
                if (n == 0) {
                    for (int k = 0; k < 12; k++) {
                        note.append("  ").append(ko).append(' ').append(k).append(". ").append(en).append(".\n");
                    }
                }
            }
            note.append('\n');
        }
        note.append("## Customer Obsession\n\n");
        for (int q = 0; q < 40; q++) {
            note.append("- 고객의 요구를 먼저 생각했던 경험을 말해 주십시오 ").append(q).append("번?\n");
        }
        note.append("\n## 자기소개\n\n");
        for (int k = 0; k < 25; k++) {
            note.append((ko + " ").repeat(3).strip()).append(". ").append(k).append("\n\n");
        }
        for (int k = 0; k < 25; k++) {
            note.append((en + ". ").repeat(3).strip()).append(' ').append(k).append("\n\n");
        }
        return note.toString();
    }
}
