package io.github.studysite;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script addresses smuggled past the link check with character references ({@code bad-input/entity-xss.md}: the
 * fourteen variants of issue 22, item 3) and through {@code _config.yml}: each is reported and none reaches a page
 * in a form the browser would run. What the browser sees is read independently of {@code UrlSafety}: jsoup decodes
 * the attribute once, as the browser's HTML parser does, then the URL parser's stripping is applied here.
 */
class UnsafeAddressTest {

    @TempDir
    Path project;

    private BuildResult build() {
        return LooseBuild.of(project);
    }

    private List<String> warnings(BuildResult result) {
        return result.problems().stream().map(Object::toString).toList();
    }

    @Test
    void everyEntitySmuggledVariantIsRemovedWithAWarningAtItsLine() throws IOException {
        Files.createDirectories(project.resolve("content"));
        Files.copy(BadInputTest.CORPUS.resolve("entity-xss.md"), project.resolve("content/entity-xss.md"));
        Fixtures.write(project, "content/other.md", "# Other\n");
        BuildResult result = build();

        assertThat(result.success()).isTrue();
        String file = "content/entity-xss.md:";
        // one warning for the note, at the first place, counting every place: one per variant; 13 carries two; 14
        // four (the image's source, the button, the svg, the xlink:href)
        assertThat(warnings(result)).singleElement().asString().startsWith(file + "3:1: removed from the page as "
                + "unsafe: href=javascript:, src=javascript:, <button>, <svg>, xlink:href=, in 18 places, lines 3, 5, "
                + "7, 9, 11, 13, 15, 19, 21, 23, …");
        Document page = Jsoup.parse(Fixtures.read(project.resolve("site-output/notes/entity-xss/index.html")));
        Element body = page.selectFirst(".note-body");
        for (int v = 1; v <= 14; v++) {
            String text = body.text() + body.select("img").eachAttr("alt");
            assertThat(text).as("variant %d", v).contains(v == 12 ? "alert(12)" : "v" + v);
        }
        assertThat(body.select("a[href]").eachAttr("href"))
                .containsExactly("https://example.org/?a=1&b=2", "../../notes/other/index.html");
        assertNoScriptAddress(page);
    }

    @Test
    void aScriptOrDataSiteAddressInTheConfigIsRefusedAtItsLine() throws IOException {
        Fixtures.write(project, "content/_config.yml", "title: Notes\n# the site\nurl: \"java&#x09;script:alert(1)//\"\n"
                + "baseurl: 'data:text/html,<script>alert(2)</script>'\nlanguages: [ko, en]\n");
        Fixtures.write(project, "content/a.md", "# A\n");
        BuildResult result = build();

        assertThat(warnings(result)).containsExactly(
                "content/_config.yml:3:6: url must be an http:// or https:// address such as https://user.github.io, "
                        + "not a javascript: address; it is left empty (every page's links are built from it)",
                "content/_config.yml:4:10: baseurl must be a path such as /repo, not a data: address; it is left "
                        + "empty (every page's links are built from it)");
        assertThat(result.problems()).allMatch(p -> p.isError());
        // not strict: the site is built, with relative links
        for (String page : List.of("index.html", "notes/a/index.html", "en/index.html")) {
            assertNoScriptAddress(Jsoup.parse(Fixtures.read(project.resolve("site-output").resolve(page))));
        }
        try (Stream<Path> files = Files.walk(project.resolve("site-output"))) {
            assertThat(files.filter(Files::isRegularFile).map(Fixtures::read))
                    .noneMatch(text -> text.contains("alert(1)") || text.contains("alert(2)"));
        }
    }

    @Test
    void aSiteAddressWithoutAScriptSchemeStillWorks() throws IOException {
        Fixtures.write(project, "content/_config.yml", "url: https://me.github.io\nbaseurl: /notes\n");
        Fixtures.write(project, "content/a.md", "# A\n");
        BuildResult result = build();
        assertThat(warnings(result)).isEmpty();
        assertThat(Fixtures.read(project.resolve("site-output/sitemap.xml"))).contains("https://me.github.io/notes/");
    }

    /** No address in the page is one a browser would run: decoded once (jsoup, as the browser), then stripped. */
    static void assertNoScriptAddress(Document page) {
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.equals("href") || key.equals("src") || key.endsWith(":href") || key.equals("formaction")
                        || key.equals("action") || key.equals("poster") || key.equals("cite")) {
                    String seen = attribute.getValue().replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "")
                            .toLowerCase(Locale.ROOT);
                    assertThat(seen).as(element.outerHtml())
                            .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:text");
                }
            }
        }
    }
}
