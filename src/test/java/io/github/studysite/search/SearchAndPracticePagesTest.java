package io.github.studysite.search;

import io.github.studysite.SeedSite;
import io.github.studysite.SiteCheck;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the build writes for search and practice on the seeds, read without a browser. */
class SearchAndPracticePagesTest {

    private static Path out;

    @BeforeAll
    static void build() {
        out = SeedSite.get();
    }

    private static Document page(String path) {
        return SeedSite.page(path);
    }

    @Test
    void everyPageHasASearchBoxLeadingToItsLanguagesSearchPage() {
        assertThat(page("stories/index.html").select("header form[role=search]").attr("action"))
                .isEqualTo("../search/index.html");
        assertThat(page("en/notes/002_201329728b60437e/index.html").select("header form[role=search]").attr("action"))
                .isEqualTo("../../search/index.html");
        assertThat(out.resolve("en/search/index.html")).exists();
    }

    @Test
    void withoutJavaScriptBothPagesExplainAndHideTheirControls() {
        Document search = page("search/index.html");
        assertThat(search.select("noscript").text()).contains("JavaScript");
        assertThat(search.select("[data-search]").hasAttr("hidden")).isTrue();
        Document practice = page("practice/index.html");
        assertThat(practice.select("noscript").text()).contains("JavaScript");
        assertThat(practice.select("noscript a").attr("href")).isEqualTo("../questions/index.html");
        assertThat(practice.select("[data-practice]").hasAttr("hidden")).isTrue();
    }

    @Test
    void oneIndexAtTheSiteRootServesEveryLanguage() {
        Document en = page("en/search/index.html");
        assertThat(en.select("script[src$=search-index.js]").attr("src")).isEqualTo("../../search-index.js");
        assertThat(en.select("[data-search]").attr("data-root")).isEqualTo("../");
        assertThat(en.select("[data-search]").attr("data-site-root")).isEqualTo("../../");
        assertThat(out.resolve("en/search-index.js")).doesNotExist();
        assertThat(out.resolve("en/practice-data.js")).doesNotExist();
        assertThat(page("en/practice/index.html").select("[data-practice]").attr("data-msg-story-prompt"))
                .isEqualTo("Tell me about a time you showed {0}.");
    }

    @Test
    void theManifestListsEveryNoteChunkAndItsFilesExist() throws IOException {
        String manifest = Files.readString(out.resolve("search-index.json"));
        assertThat(manifest).startsWith("{\"version\":3,\"shards\":1,").contains("\"n/002_201329728b60437e\"")
                .contains("\"n/000_ca69e49fd9764789\"");
        assertThat(Files.readString(out.resolve("search-index.js")))
                .isEqualTo("window.studysiteSearchIndex = " + manifest.strip() + ";\n");
        assertThat(out.resolve("search/p0.js")).exists();
        assertThat(Files.readString(out.resolve("search/c0.js"))).startsWith("studysiteSearch.chunk(\"site\",");
        assertThat(SearchFiles.read(out.resolve("search/c1.js")))
                .contains("studysiteSearch.chunk(\"n/002_201329728b60437e\",")
                .contains("studysiteSearch.chunk(\"n/000_ca69e49fd9764789\",");
        assertThat(Files.readString(out.resolve("practice-data.js"))).startsWith("window.studysitePractice = {");
        // practice's text is in the search chunks, not in files of its own
        assertThat(out.resolve("practice/c0.js")).doesNotExist();
    }

    /** The value of a script that assigns or passes one JSON value, read as YAML (JSON is YAML). */
    private static Object json(String script) {
        return new org.yaml.snakeyaml.Yaml().load(script);
    }

    @Test
    @SuppressWarnings("unchecked")
    void practiceShowsEachItemsTextAsItsPagesDoReadFromTheNotesSearchChunk() throws IOException {
        String dataScript = Files.readString(out.resolve("practice-data.js"));
        Map<String, Object> data = (Map<String, Object>) json(dataScript.substring(dataScript.indexOf('{'),
                dataScript.lastIndexOf('}') + 1));
        List<Integer> files = (List<Integer>) data.get("files");
        List<String> pages = (List<String>) data.get("pages");
        int[] lineCount = new int[2];
        List<List<Object>> items = (List<List<Object>>) data.get("items");
        assertThat(items).hasSizeGreaterThan(50);
        for (List<Object> item : items) {
            String key = (String) item.get(1);
            // the item's note's search file holds a chunk that says the item's text
            String file = SearchFiles.read(out.resolve("search/c" + files.get((Integer) item.get(2)) + ".js"));
            List<String> said = null;
            for (String call : file.split("studysiteSearch\\.chunk\\(")) {
                if (!call.isBlank()) {
                    Map<String, List<String>> texts = items((Map<String, Object>) json(call.substring(
                            call.indexOf(",{") + 1, call.lastIndexOf(");"))), lineCount);
                    said = texts.getOrDefault(key, said);
                }
            }
            assertThat(said).as(key).isNotNull();
            if (item.get(0).equals("q")) {
                String bankPage = pages.get((Integer) item.get(6) - 1);
                org.jsoup.nodes.Element question = page(bankPage).getElementById(key);
                assertThat(question).as(key).isNotNull();
                assertThat(said.get(0)).isEqualTo(question.selectFirst(".q-text").text());
                // the bank shows the answer from here, as the note's page says it: each line is text of that page
                String note = out.resolve(bankPage).getParent().resolve(question.selectFirst(".meta a").attr("href")
                        .replaceAll("#.*", "")).normalize().toString();
                String noteText = org.jsoup.Jsoup.parse(io.github.studysite.Fixtures.read(Path.of(note)))
                        .select("main").text();
                List<String> answer = said.get(1).lines().map(l -> l.replaceAll("\\s+", " ").strip())
                        .filter(l -> !l.isEmpty()).toList();
                assertThat(answer.isEmpty()).as(key).isEqualTo(item.get(4).equals(0));
                assertThat(answer).as(key).allSatisfy(l -> assertThat(noteText).contains(l));
                // and the bank's page does not hold it again
                assertThat(question.select(".q-answer")).as(key).isEmpty();
            } else {
                Document story = page("stories/" + key.substring(2) + ".html");
                String[] letters = {"S", "T", "A", "R"};
                for (int i = 0; i < 4; i++) {
                    String shown = String.join(" ", story.select(".star-part").get(i).select("p:not(.todo)")
                            .eachText());
                    assertThat(said.get(1 + i).replaceAll("\\s+", " ").strip()).as(key + " " + letters[i])
                            .isEqualTo(shown.replaceAll("\\s+", " ").strip());
                }
            }
        }
        // most lines are where the note's text already has them: stored once
        assertThat(lineCount[0]).as("lines read from the note's text, of %d", lineCount[0] + lineCount[1])
                .isGreaterThan(4 * lineCount[1]);
    }

    /**
     * The texts of a chunk's questions (question, answer) and stories (title, S, T, A, R) by practice key, read as
     * {@code texts.js} reads them; counts the lines read from the note's text and those written out.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> items(Map<String, Object> chunk, int[] lineCount) {
        Map<String, List<String>> items = new java.util.HashMap<>();
        List<String> texts = new ArrayList<>();
        for (List<Object> e : (List<List<Object>>) chunk.get("e")) {
            String kind = (String) e.get(0);
            int[] place = {0, 0};
            List<String> said = new ArrayList<>();
            if (kind.equals("q") || kind.equals("s")) {
                // a question's question and answer, a story's title and parts, from the fourth field on
                for (int i = 3; i < (kind.equals("q") ? 5 : 8); i++) {
                    said.add(text((List<Object>) e.get(i), texts, place, lineCount));
                }
                items.put(kind.equals("q") ? (String) e.get(1) : "s:" + e.get(1), said);
            }
            Object text = kind.equals("q") ? (e.size() > 5 ? e.get(5) : said.get(1)) : e.get(kind.equals("s") ? 2 : 3);
            texts.add(text instanceof List<?> span ? texts.get((Integer) span.get(0))
                    .substring((Integer) span.get(1), (Integer) span.get(2)) : (String) text);
        }
        return items;
    }

    /** A text written as lines: a line, [entry, start] moving the place, or the length of the line at the place. */
    @SuppressWarnings("unchecked")
    private static String text(List<Object> lines, List<String> texts, int[] place, int[] lineCount) {
        List<String> out = new ArrayList<>();
        for (Object line : lines) {
            if (line instanceof List<?> move) {
                place[0] = (Integer) move.get(0);
                place[1] = (Integer) move.get(1);
            } else if (line instanceof Integer length) {
                out.add(texts.get(place[0]).substring(place[1], place[1] + length));
                place[1] += length + 1;
                lineCount[0]++;
            } else {
                out.add((String) line);
                lineCount[1]++;
            }
        }
        return String.join("\n", out);
    }

    @Test
    void theNewPagesLinkOnlyToPagesThatExist() {
        assertThat(SiteCheck.brokenLinks(out)).filteredOn(l -> l.startsWith("search/") || l.startsWith("practice/")
                || l.startsWith("en/search/") || l.startsWith("en/practice/")).isEmpty();
    }
}
