package io.github.studysite;

import io.github.studysite.search.SearchFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes too deep or too costly to render as written (issue 22, items 7 and 8): each is an error at its line, the
 * rest of the note and of the site builds in a non-strict build, and no error names the output folder.
 */
class RenderLimitsTest {

    @TempDir
    Path project;

    private BuildResult build() {
        return LooseBuild.of(project);
    }

    private static List<String> problems(BuildResult result) {
        return LooseBuild.problems(result);
    }

    private Document page(String path) {
        return Jsoup.parse(Fixtures.read(project.resolve("site-output").resolve(path)));
    }

    @Test
    void tenThousandNestedDivsAndSpansAreFlattenedWithAnErrorAtTheirLine() throws IOException {
        Fixtures.write(project, "content/deep-div.md", "# Deep\n\nbefore\n\n" + "<div>\n".repeat(10_000)
                + "inside\n" + "</div>\n".repeat(10_000) + "\n## After\n\nafter the divs\n");
        Fixtures.write(project, "content/deep-span.md", "# Spans\n\n<div>\n" + "<span>".repeat(10_000) + "deepest"
                + "</span>".repeat(10_000) + "\n</div>\n\nafter the spans\n");
        Fixtures.write(project, "content/fine.md", "# Fine\n\n<details><summary>S</summary><div><b>ok</b></div></details>\n");
        BuildResult result = build();

        String limit = "HTML elements nest more than 100 levels deep here; the elements past that depth are left out "
                + "(their text is kept) — flatten the HTML";
        assertThat(problems(result)).containsExactly("E content/deep-div.md:5:1: " + limit,
                "E content/deep-span.md:3:1: " + limit);
        assertThat(result.success()).isTrue();
        Document div = page("notes/deep-div/index.html");
        assertThat(div.select(".note-body").text()).contains("before", "inside", "after the divs");
        assertThat(div.select(".note-body div").size()).isEqualTo(100);
        assertThat(div.select(".note-body h2").text()).isEqualTo("After");
        assertThat(page("notes/deep-span/index.html").select(".note-body").text()).contains("deepest",
                "after the spans");
        assertThat(page("notes/fine/index.html").select(".note-body details div b").text()).isEqualTo("ok");
        assertThat(SearchFiles.read(project.resolve("site-output/search/c1.js"))).contains("after the divs");
    }

    @Test
    void aPastedPageInOneParagraphIsLeftOutWithAnErrorAndTheRestOfTheNoteBuilds() throws IOException {
        StringBuilder paste = new StringBuilder("Copied from the wiki: ");
        while (paste.length() < 360_000) {
            paste.append("<span class=\"c\"><a href=\"/w\">word</a>&nbsp;</span> ");
        }
        Fixtures.write(project, "content/paste.md", "# Paste\n\nintro\n\n" + paste + "\nsecond line\n\n"
                + "text " + "<span>".repeat(100_000) + "x" + "</span>".repeat(100_000) + "\n\n## Notes\n\nmy own notes\n");
        Fixtures.write(project, "content/other.md", "# Other\n\nfine\n");
        BuildResult result = build();

        assertThat(problems(result)).hasSize(2).allMatch(p -> p.contains("HTML tags and character references"))
                .extracting(p -> p.substring(0, p.indexOf(": this paragraph")))
                .containsExactly("E content/paste.md:5:1", "E content/paste.md:8:1");
        assertThat(problems(result).get(0)).contains("holds 35,295 HTML tags and character references in 360,");
        assertThat(result.success()).isTrue();
        Document page = page("notes/paste/index.html");
        assertThat(page.select(".note-body").text()).isEqualTo("Paste intro Notes my own notes");
        assertThat(page.select(".note-body h2#notes")).hasSize(1);
        assertThat(page("notes/other/index.html").select(".note-body").text()).isEqualTo("Other fine");
    }
}
