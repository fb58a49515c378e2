package io.github.studysite;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Jekyll blog written for this test (src/test/resources/formats/jekyll-blog) built as its content folder. The
 * expected structure is what Jekyll 4.3.1 (Debian's jekyll) renders for the same repository — run once by hand,
 * with {@code {% youtube %}} taken out, since Jekyll fails the whole build on it — except where studysite does
 * better on purpose: Liquid inside code is kept (Jekyll empties it) and an unknown tag is a warning.
 */
class JekyllBlogTest {

    static final Path FIXTURE = Fixtures.PROJECT.resolve("src/test/resources/formats/jekyll-blog");

    @TempDir
    static Path project;
    static BuildResult result;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        copy(FIXTURE, project.resolve("content"));
        result = Fixtures.build(project);
        out = project.resolve("site-output");
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static Element body(String page) throws IOException {
        Document doc = Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
        return doc.selectFirst(".note-body");
    }

    @Test
    void postsLiveAtTheirJekyllAddresses() {
        assertThat(result.success()).as("%s", result.problems()).isTrue();
        // permalink: /:categories/:year/:month/:day/:title/ in _config.yml, as Jekyll wrote them
        assertThat(out.resolve("interview/2024/01/15/amazon-lp/index.html")).isRegularFile();
        assertThat(out.resolve("interview/2024/02/01/system-design/index.html")).isRegularFile();
    }

    @Test
    void onlyTheUnknownTagIsWarnedAbout() {
        assertThat(result.problems()).extracting(p -> p.path() + ":" + p.line() + ": " + p.message())
                .containsExactly("content/_posts/2024-01-15-amazon-lp.md:46: unknown Liquid tag {% youtube %} removed");
    }

    @Test
    void bodyHasTheStructureJekyllGivesIt() throws IOException {
        Element body = body("interview/2024/01/15/amazon-lp/index.html");
        Element toc = body.child(0);
        assertThat(toc.tagName()).isEqualTo("ul");
        assertThat(toc.id()).isEqualTo("markdown-toc");
        assertThat(toc.select("> li > a")).extracting(a -> a.attr("href") + " " + a.id() + " " + a.text())
                .containsExactly("#customer markdown-toc-customer Customer Obsession",
                        "#ownership markdown-toc-ownership Ownership");
        assertThat(body.select("h2").eachAttr("id")).containsExactly("customer", "ownership");
        assertThat(body.selectFirst("h2#customer").className()).isEqualTo("lp");
        assertThat(body.selectFirst("h3").className()).isEqualTo("no_toc");
        assertThat(body.selectFirst("p.notice--info").text()).isEqualTo("I talked to customers first.");
        assertThat(body.selectFirst("div.notice").text()).isEqualTo("Remember the STAR shape");
        assertThat(body.selectFirst("img[alt=diagram]").attr("width")).isEqualTo("60%");
        assertThat(body.selectFirst("img[alt=diagram]").attr("src")).endsWith("assets/diagram.png");
        assertThat(body.selectFirst("em.hl").text()).isEqualTo("important");
        assertThat(body.select("abbr[title=Leadership Principle]")).hasSize(2);
        assertThat(body.select("dl > dt").text()).isEqualTo("STAR");
        assertThat(body.select("dl > dd").text()).isEqualTo("Situation, Task, Action, Result");
        assertThat(body.selectFirst("blockquote.quote > p").text()).isEqualTo("Quote of the day.");
        assertThat(body.selectFirst("span").attr("style")).isEqualTo("font-size: 1.2rem; color: #c00");
        assertThat(body.select("a:contains(next post)").attr("href"))
                .endsWith("interview/2024/02/01/system-design/");
        assertThat(body.text()).contains("Notes for Interview Notes by Kim, \"Amazon LP stories\".",
                "{{ raw.text }}", "Title is set.", "ways[firstDigit] and [0] are code words")
                .doesNotContain("never shown").doesNotContain("kramdown comment");
    }

    @Test
    void liquidInCodeIsKeptAsWritten() throws IOException {
        Element body = body("interview/2024/01/15/amazon-lp/index.html");
        assertThat(body.selectFirst("pre > code.language-java").text())
                .isEqualTo("int x = ways[firstDigit]; // {{ not.liquid }}");
        assertThat(body.selectFirst("pre > code.language-bash").text())
                .isEqualTo("aws ec2 describe --query {{EC2PrivateDNSName}}");
        assertThat(body.select("p > code").text()).isEqualTo("{{ kept }}");
    }

    @Test
    void noLiquidOrKramdownMarkupIsPublishedOutsideCode() throws IOException {
        for (String page : List.of("interview/2024/01/15/amazon-lp/index.html",
                "interview/2024/02/01/system-design/index.html")) {
            Element body = body(page).clone();
            body.select("pre, code").remove();
            assertThat(body.text()).as(page).doesNotContain("{%").doesNotContain("{:")
                    .doesNotContain("{{ site").doesNotContain("TOC");
        }
    }

    @Test
    void loopsAndLinksOfTheSecondPost() throws IOException {
        Element body = body("interview/2024/02/01/system-design/index.html");
        assertThat(body.select("li")).extracting(Element::text).containsExactly("item 1", "item 2", "item 3");
        assertThat(body.selectFirst("a").attr("href")).endsWith("interview/2024/01/15/amazon-lp/");
    }

    @Test
    void theExcerptIsWhatComesBeforeMore() throws IOException {
        Document list = Jsoup.parse(out.resolve("notes/index.html").toFile(), "UTF-8");
        assertThat(list.text()).contains("Notes for Interview Notes by Kim, \"Amazon LP stories\".")
                .doesNotContain("I talked to customers first");
    }
}
