package io.github.studysite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses a note may not have (issue 22, item 7): the site's own pages and folders, names too long for a file
 * system, names that differ only in case. A non-strict build goes on, the note's page at its default address, and no
 * error names the output folder.
 */
class PageAddressTest {

    @TempDir
    Path project;

    private BuildResult build() {
        return LooseBuild.of(project);
    }

    private static List<String> problems(BuildResult result) {
        return LooseBuild.problems(result);
    }

    private void note(String name, String permalink) throws IOException {
        Fixtures.write(project, "content/" + name + ".md", "---\ntitle: " + name + "\npermalink: " + permalink
                + "\n---\n# " + name
                + "\n\n본문 " + name + "\n");
    }

    @Test
    void permalinksOntoTheSitesOwnPagesAreErrorsAndTheNoteKeepsItsDefaultPage() throws IOException {
        List<String> taken = List.of("/search/", "/stories/", "/en/", "/principles/", "/questions/", "/study/",
                "/intro/", "/practice/", "/print/", "/404.html", "/sitemap.xml", "/study.json", "/assets/x/",
                "/practice-data.js", "/assets/site.js/", "/Search/");
        for (int i = 0; i < taken.size(); i++) {
            note("n" + i, taken.get(i));
        }
        note("free", "/my/own/");
        Fixtures.write(project, "content/_config.yml", Fixtures.BILINGUAL_CONFIG); // en/ is taken only then
        BuildResult result = build();

        assertThat(result.success()).isTrue();
        assertThat(problems(result)).hasSize(taken.size()).allMatch(p -> p.startsWith("E content/n"))
                .allMatch(p -> p.matches("E content/n\\d+\\.md:3:1: permalink '.*' is (the site's own .*|the folder of "
                        + "the site's en pages|already the address of another page); this note's page is "
                        + "notes/n\\d+/index\\.html( — choose another)?"))
                .noneMatch(p -> p.contains("site-output"));
        Path out = project.resolve("site-output");
        for (int i = 0; i < taken.size(); i++) {
            assertThat(Fixtures.read(out.resolve("notes/n" + i + "/index.html"))).contains("본문 n" + i);
        }
        assertThat(Fixtures.read(out.resolve("my/own/index.html"))).contains("본문 free");
        assertThat(Fixtures.read(out.resolve("search/index.html"))).doesNotContain("본문 n0", "본문 n15");
        assertThat(Fixtures.read(out.resolve("assets/site.js"))).doesNotContain("본문 n14");
        assertThat(Fixtures.read(out.resolve("practice-data.js"))).doesNotContain("<html");
    }

    @Test
    void overLongSlugsAndPermalinksAreShortenedStablyWithAWarning() throws IOException {
        String longSlug = "가".repeat(300);
        Fixtures.write(project, "content/a.md", "---\nslug: " + longSlug + "\n---\n# A\n\nslug note\n");
        note("b", "/" + "x".repeat(300) + "/");
        BuildResult first = build();
        List<String> problems = problems(first);

        assertThat(first.success()).isTrue();
        assertThat(problems).hasSize(2).allMatch(p -> p.startsWith("W ") && p.contains("is too long for a file name"))
                .noneMatch(p -> p.contains("site-output"));
        List<String> written = writtenNames();
        assertThat(written).allMatch(n -> n.getBytes(StandardCharsets.UTF_8).length <= 120);
        assertThat(written).anyMatch(n -> n.startsWith("가가가") && n.matches("가+-[0-9a-f]{8}"))
                .anyMatch(n -> n.matches("x+-[0-9a-f]{8}"));
        assertThat(problems(build())).isEqualTo(problems);
        assertThat(writtenNames()).isEqualTo(written);
    }

    @Test
    void twoLongNamesDifferingOnlyInCaseGetTwoPages() throws IOException {
        String name = "Interview-" + "a".repeat(238);
        Fixtures.write(project, "content/" + name + ".md", "# Upper\n\nupper\n");
        Fixtures.write(project, "content/" + name.toLowerCase() + ".md", "# Lower\n\nlower\n");
        BuildResult result = build();

        assertThat(result.success()).isTrue();
        assertThat(problems(result)).noneMatch(p -> p.startsWith("E ")).noneMatch(p -> p.contains("site-output"));
        try (Stream<Path> pages = Files.list(project.resolve("site-output/notes"))) {
            List<String> folders = pages.filter(Files::isDirectory).map(p -> p.getFileName().toString().toLowerCase())
                    .toList();
            assertThat(folders).hasSize(2).doesNotHaveDuplicates();
        }
    }

    private List<String> writtenNames() throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve("site-output"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
