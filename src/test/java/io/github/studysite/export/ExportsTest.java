package io.github.studysite.export;

import io.github.studysite.Fixtures;
import io.github.studysite.SeedSite;
import io.github.studysite.coach.Coach;
import io.github.studysite.coach.CoachReport;
import io.github.studysite.coach.Sites;
import io.github.studysite.config.CoachSettings;
import io.github.studysite.link.StudySite;
import io.github.studysite.address.Urls;
import io.github.studysite.util.SpeakingTime;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The exports read back as the tools that import them read them: Anki's text import and an RFC 4180 reader. */
class ExportsTest {

    private static final String TRICKY = "Cache < DB & \"quoted\", <i>not</i> markup";

    private static StudySite site() {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("a.md", "## Ownership\n### " + TRICKY + "\nS: 서버가 느렸습니다.\nT: 제가 맡았습니다.\n"
                + "A: 제가 캐시를 넣었습니다.\n   두 번째 줄입니다.\nR: =SUM(A1) 응답이 40% 빨라졌습니다, 정말로.\n");
        notes.put("b.md", "## 예상질문\n1. Why Amazon?\n   I like 2 < 3 & \"this\".\n2. Not answered yet?\n");
        return Sites.of(notes);
    }

    /** Anki's rules for a file with these headers: one note a line, three tab-separated fields, HTML. */
    private static List<String[]> ankiNotes(String file) {
        List<String> lines = file.lines().toList();
        assertThat(lines.subList(0, 3)).containsExactly("#separator:tab", "#html:true", "#tags column:3");
        return lines.subList(3, lines.size()).stream().map(l -> {
            assertThat(l).doesNotStartWith("#").doesNotContain("\r");
            String[] fields = l.split("\t", -1);
            assertThat(fields).as(l).hasSize(3);
            assertThat(fields[0]).as("a quote would open a quoted field").doesNotStartWith("\"");
            return fields;
        }).toList();
    }

    @Test
    void theAnkiFileHoldsOneNoteALineWithEscapedTextAndPrincipleTags() {
        String file = AnkiDeck.of(site(), part -> part.letter() + " part");
        List<String[]> notes = ankiNotes(file);
        assertThat(notes).hasSize(2); // the unanswered question is left out
        String[] question = notes.get(0);
        assertThat(Jsoup.parse(question[0]).text()).isEqualTo("Why Amazon?");
        assertThat(Jsoup.parse(question[1]).text()).isEqualTo("I like 2 < 3 & \"this\".");
        assertThat(question[2].split(" ")).contains("question");
        String[] story = notes.get(1);
        String title = site().stories().get(0).story().title();
        assertThat(title).contains("<", "&", "\"", ",");
        assertThat(Jsoup.parse(story[0]).select("i")).isEmpty();
        assertThat(Jsoup.parse(story[0]).text()).isEqualTo(title);
        assertThat(story[1].split("<br>")).contains("제가 캐시를 넣었습니다.", "두 번째 줄입니다.");
        assertThat(Jsoup.parse(story[1]).select("b").eachText()).containsExactly("S part", "T part", "A part",
                "R part");
        assertThat(Arrays.asList(story[2].split(" "))).containsExactly("story", "ownership");
    }

    @Test
    void theStoryMatrixIsRfc4180WithABomAndReadsBackCell(){
        StudySite site = site();
        CoachReport report = new Coach(CoachSettings.DEFAULT, SpeakingTime.DEFAULT).review(site);
        StoryMatrix.Labels labels = new StoryMatrix.Labels("Title", "Note", "Complete", "Missing", "Chars",
                "Seconds", "Speaking", "Feedback", "Page", p -> p.en(), f -> f.rule().id());
        String csv = StoryMatrix.of(site, report, SpeakingTime.DEFAULT, new Urls(false), labels);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(csv.substring(1).replace("\r\n", "")).doesNotContain("\n").as("every line break is CRLF");
        List<CSVRecord> rows = read(csv);
        assertThat(rows).hasSize(1 + site.stories().size());
        List<String> header = rows.get(0).toList();
        assertThat(header).startsWith("Title", "Note", "Customer Obsession", "Ownership")
                .endsWith("Complete", "Missing", "Chars", "Seconds", "Speaking", "Feedback", "Page");
        assertThat(header).hasSize(2 + site.principles().size() + 7);
        CSVRecord row = rows.get(1);
        assertThat(row.get(0)).isEqualTo(site.stories().get(0).story().title()).contains("\"", ",");
        assertThat(row.get(header.indexOf("Ownership"))).isEqualTo("x");
        assertThat(row.get(header.indexOf("Frugality"))).isEmpty();
        assertThat(row.get(header.indexOf("Complete"))).isEqualTo("yes");
        assertThat(Integer.parseInt(row.get(header.indexOf("Seconds"))))
                .isEqualTo(SpeakingTime.DEFAULT.seconds(site.stories().get(0).story().text()));
        assertThat(row.get(header.indexOf("Feedback")).split("\n")).contains("too-short");
        assertThat(row.get(header.indexOf("Page"))).isEqualTo("stories/" + site.stories().get(0).slug()
                + ".html");
    }

    @Test
    void tabsAndLineBreaksInsideAnAnkiFieldBecomeBreaks() {
        assertThat(AnkiDeck.field("a\tb\r\nc\nd")).isEqualTo("a<br>b<br>c<br>d");
        assertThat(AnkiDeck.field("\"x\" <y> & z")).isEqualTo("&quot;x&quot; &lt;y&gt; &amp; z");
    }

    @Test
    void aFieldThatWouldRunAsAFormulaIsShownAsText() {
        assertThat(StoryMatrix.field("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(StoryMatrix.field("-3")).isEqualTo("'-3");
        assertThat(read("\uFEFFa\r\n" + StoryMatrix.field("say \"hi\", then\nleave") + "\r\n").get(1).get(0))
                .isEqualTo("say \"hi\", then\r\nleave");
    }

    /** The seeds built with {@code exports: true}, once for the tests that read the exports. */
    private static Path exportingSeeds;

    private static synchronized Path exportingSeeds() throws IOException {
        if (exportingSeeds == null) {
            Path project = Files.createTempDirectory("studysite-exports-");
            Fixtures.copySeeds(project);
            Fixtures.write(project, "content/_config.yml", Fixtures.BILINGUAL_CONFIG + "exports: true\n");
            exportingSeeds = Fixtures.builtSite(project);
        }
        return exportingSeeds;
    }

    @Test
    void aDefaultBuildWritesNoExportsAndLinksNone() {
        Path site = SeedSite.get();
        assertThat(site.resolve("exports")).doesNotExist();
        assertThat(site.resolve("study.json")).doesNotExist();
        for (String home : List.of("index.html", "en/index.html")) {
            assertThat(SeedSite.page(home).select(".exports, a[href*=exports/], a[href$=study.json]")).isEmpty();
        }
    }

    @Test
    void withExportsTheSeedSiteWritesThemAndTheDashboardLinksThem() throws IOException {
        Path site = exportingSeeds();
        String anki = Files.readString(site.resolve("exports/anki.txt"), StandardCharsets.UTF_8);
        List<String[]> notes = ankiNotes(anki);
        assertThat(notes).hasSizeGreaterThan(20);
        List<CSVRecord> rows = read(Files.readString(site.resolve("exports/stories.csv"), StandardCharsets.UTF_8));
        assertThat(rows.stream().map(r -> r.get(0))).contains("LG화학 CDN서비스");
        assertThat(rows.stream().filter(r -> r.get(0).equals("LG화학 CDN서비스")).findFirst().orElseThrow().toList())
                .anyMatch(cell -> cell.contains("결과를 수치로"));
        for (String home : List.of("index.html", "en/index.html")) {
            var links = Fixtures.page(site, home).select(".exports a").eachAttr("href");
            assertThat(links).hasSize(3);
            for (String href : links) {
                assertThat(site.resolve(home).getParent().resolve(href).normalize()).exists();
            }
        }
    }

    private static List<CSVRecord> read(String csv) {
        assertThat(csv).startsWith("\uFEFF");
        try {
            return CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void studyJsonListsEachStorysAndQuestionsFeedback() throws IOException {
        Map<String, Object> doc = new org.yaml.snakeyaml.Yaml().load(Files.readString(exportingSeeds()
                .resolve("study.json"), StandardCharsets.UTF_8));
        List<Map<String, Object>> stories = (List<Map<String, Object>>) doc.get("stories");
        Map<String, List<Map<String, Object>>> byTitle = new LinkedHashMap<>();
        stories.forEach(s -> byTitle.put((String) s.get("title"), (List<Map<String, Object>>) s.get("feedback")));
        assertThat(byTitle.get("LG화학 CDN서비스")).extracting(f -> f.get("rule")).contains("unquantified-result");
        assertThat(byTitle.get("Application 오류에 대한 알람 서비스"))
                .anySatisfy(f -> {
                    assertThat(f).containsOnlyKeys("rule", "message");
                    assertThat(f.get("rule")).isEqualTo("repeated-part");
                    assertThat((String) f.get("message")).contains("X-Ray 서비스");
                });
        List<Map<String, Object>> questions = (List<Map<String, Object>>) doc.get("questions");
        assertThat(questions).allSatisfy(q -> assertThat(q.get("feedback")).isInstanceOf(List.class));
        assertThat(questions).anySatisfy(q -> assertThat((List<?>) q.get("feedback")).isNotEmpty());
    }
}
