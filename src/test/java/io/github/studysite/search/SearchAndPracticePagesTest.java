package io.github.studysite.search;

import io.github.studysite.SeedSite;
import io.github.studysite.SiteCheck;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        assertThat(manifest).startsWith("{\"version\":2,\"shards\":1,").contains("\"n/002_201329728b60437e\"")
                .contains("\"n/000_ca69e49fd9764789\"");
        assertThat(Files.readString(out.resolve("search-index.js")))
                .isEqualTo("window.studysiteSearchIndex = " + manifest.strip() + ";\n");
        assertThat(out.resolve("search/p0.js")).exists();
        assertThat(Files.readString(out.resolve("search/c0.js"))).startsWith("studysiteSearch.chunk(\"site\",");
        assertThat(Files.readString(out.resolve("search/c1.js")))
                .contains("studysiteSearch.chunk(\"n/002_201329728b60437e\",")
                .contains("studysiteSearch.chunk(\"n/000_ca69e49fd9764789\",");
        assertThat(Files.readString(out.resolve("practice-data.js"))).startsWith("window.studysitePractice = {");
        assertThat(out.resolve("practice/c0.js")).exists();
    }

    @Test
    void theNewPagesLinkOnlyToPagesThatExist() {
        assertThat(SiteCheck.brokenLinks(out)).filteredOn(l -> l.startsWith("search/") || l.startsWith("practice/")
                || l.startsWith("en/search/") || l.startsWith("en/practice/")).isEmpty();
    }
}
