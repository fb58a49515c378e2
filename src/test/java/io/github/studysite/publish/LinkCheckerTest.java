package io.github.studysite.publish;

import io.github.studysite.BuildResult;
import io.github.studysite.Fixtures;
import io.github.studysite.SiteBuilder;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.problem.Problem;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The link check on its own, and as every build runs it. */
class LinkCheckerTest {

    @TempDir
    Path project;

    private static List<String> check(Map<String, String> pages, Map<String, String> notes) {
        Problems problems = new Problems();
        List<String> written = new ArrayList<>();
        try (LinkChecker checker = new LinkChecker("", "", page -> "site-output/" + page, notes::get,
                pages::get, problems)) {
            var out = checker.watch(new io.github.studysite.publish.Output() {
                @Override
                public void write(String path, String content) {
                    written.add(path);
                }

                @Override
                public void write(String path, byte[] content) {
                    written.add(path);
                }

                @Override
                public void copy(Path source, String path) {
                    written.add(path);
                }
            });
            pages.forEach(out::write);
            checker.finish();
        }
        assertThat(written).containsExactlyInAnyOrderElementsOf(pages.keySet());
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void goodLinksPass() {
        assertThat(check(Map.of(
                "index.html", "<a href='notes/a/index.html#s1'>a</a><a href='#top'>top</a><a href='assets/x.css'>x</a>"
                        + "<a href='https://example.com/missing'>out</a><p id='here'><a href='#here'>here</a>",
                "notes/a/index.html", "<h2 id='s1'>S1</h2><a href='../../'>home</a>",
                "assets/x.css", "body{}"), Map.of())).isEmpty();
    }

    @Test
    void missingPagesAndAnchorsTheSiteGeneratedAreErrorsOnThePage() {
        List<String> problems = check(Map.of(
                "index.html", "<a href='notes/b/index.html'>b</a><a href='notes/a/index.html#nope'>a</a>",
                "en/index.html", "<a href='#gone'>x</a>",
                "notes/a/index.html", "<h2 id='s1'>S1</h2><a href='../b/index.html'>b</a>"), Map.of());
        assertThat(problems).containsExactlyInAnyOrder(
                "site-output/en/index.html: broken link → #gone (no element with id \"gone\" on this page)",
                "site-output/index.html: broken link → notes/a/index.html#nope (no element with id \"nope\" on "
                        + "notes/a/index.html)",
                problems.stream().filter(p -> p.contains("notes/b/index.html is not part of the site")).findFirst()
                        .orElse("a broken link to notes/b/index.html"));
        assertThat(problems.stream().filter(p -> p.contains("notes/b/index.html is not part of the site")).findFirst())
                .hasValueSatisfying(p -> assertThat(p).endsWith("(linked 2 times in the site)"));
    }

    @Test
    void aNoteLinkToAMissingSectionIsAWarningAtItsLineOnceForAllLanguages() {
        String body = "# Title\n\nSee [there](other.md#no-such-part) and [here](#intro).\n";
        String page = "<div data-source='content/a.md'><h1 id='title'>Title</h1>"
                + "<a href='../other/index.html#no-such-part'>there</a><a href='#intro'>here</a></div>";
        List<String> problems = check(Map.of(
                "notes/a/index.html", page,
                "en/notes/a/index.html", page.replace("../other", "../other"),
                "notes/other/index.html", "<h1 id='other'>Other</h1>",
                "en/notes/other/index.html", "<h1 id='other'>Other</h1>",
                "notes/c/index.html", "<div data-source='content/c.md'><a href='../../missing.png'>gone</a></div>"),
                Map.of("content/a.md", body));
        assertThat(problems).containsExactly(
                "content/a.md:3:21: link to a missing section: #no-such-part (no heading or anchor with that id on "
                        + "notes/other/index.html)",
                "content/a.md:3:47: link to a missing section: #intro (no heading or anchor with that id on "
                        + "notes/a/index.html)");
    }

    @Test
    void aThemeWithABrokenLinkFailsTheStrictBuildAndLeavesTheOldSite() throws IOException {
        Fixtures.write(project, "content/a.md", "# A\n\nText.\n");
        assertThat(Fixtures.build(project).success()).isTrue();
        Path home = project.resolve("site-output/index.html");
        String before = Fixtures.read(home);
        Fixtures.write(project, "templates/notes.mustache", "<h1>{{t.notes_title}}</h1><a href=\"gone/\">x</a>\n");

        BuildResult strict = Fixtures.build(project);
        assertThat(strict.success()).isFalse();
        assertThat(strict.problems()).filteredOn(Problem::isError).extracting(Problem::toString).containsExactly(
                "site-output/notes/index.html: broken link → gone/ (notes/gone/index.html is not part of the site)");
        assertThat(Fixtures.read(home)).isEqualTo(before);

        BuildResult lenient = new SiteBuilder(SiteConfig.builder(project).strict(false).build()).build();
        assertThat(lenient.success()).isTrue();
        assertThat(lenient.errorCount()).isEqualTo(1);
        assertThat(Files.readString(project.resolve("site-output/notes/index.html"))).contains("gone/");
    }

    @Test
    void theSeedSiteHasNoBrokenLinksInEitherLanguage() throws IOException {
        Fixtures.copySeeds(project);
        BuildResult result = Fixtures.build(project);
        assertThat(result.success()).isTrue();
        assertThat(result.problems()).extracting(Problem::message).noneMatch(m -> m.contains("broken link")
                || m.contains("missing section"));
    }
}
