package io.github.studysite.cli;

import io.github.studysite.Fixtures;
import io.github.studysite.ForkedMain;
import io.github.studysite.TreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void buildsAProjectAndSaysWhereToOpenIt() throws IOException {
        Fixtures.write(project, "content/a.md", "# A\n");
        assertThat(run(project.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Site ready: file:")
                .containsPattern("(?m)^Built 1 note \\(0 stories, 0 questions\\) into \\d+ pages in \\d+\\.\\d s, 0 errors, 0 warnings$");
        assertThat(project.resolve("site-output/notes/a/index.html")).exists();
    }

    @Test
    void failureExitsOneWithProblems() throws IOException {
        Fixtures.write(project, "content/a.md", "---\ntitle: [\n---\n");
        assertThat(run(project.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[ERROR] content/a.md:");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Build failed after ").contains(", 1 error, ");
    }

    @Test
    void baseAndSiteUrlMakeTheSitemapAndCanonicalLinksAbsolute() throws IOException {
        Fixtures.write(project, "content/a.md", "# A\n");
        assertThat(run("--base-url", "/repo", "--site-url", "https://me.github.io/", project.toString())).isZero();
        String sitemap = Fixtures.read(project.resolve("site-output/sitemap.xml"));
        assertThat(sitemap).contains("<loc>https://me.github.io/repo/</loc>",
                "<loc>https://me.github.io/repo/notes/a/</loc>").doesNotContain("<loc>/");
        Fixtures.write(project, "content/자기소개.md", "# 자기소개\n");
        assertThat(run("--base-url", "/repo", "--site-url", "https://me.github.io/", project.toString())).isZero();
        assertThat(Fixtures.read(project.resolve("site-output/sitemap.xml")))
                .contains("<loc>https://me.github.io/repo/notes/%EC%9E%90%EA%B8%B0%EC%86%8C%EA%B0%9C/</loc>");
        assertThat(Fixtures.read(project.resolve("site-output/robots.txt")))
                .contains("Sitemap: https://me.github.io/repo/sitemap.xml");
        assertThat(Fixtures.read(project.resolve("site-output/notes/a/index.html")))
                .contains("<link rel=\"canonical\" href=\"https://me.github.io/repo/notes/a/\">");
        assertThat(Fixtures.read(project.resolve("site-output/404.html")))
                .contains("href=\"/repo/assets/style.css\"");
    }

    @Test
    void badUsage() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(run("--output")).isEqualTo(2);
        assertThat(run("--help")).isZero();
    }

    @Test
    void safetyOptionsReachTheBuild() throws IOException {
        Fixtures.write(project, "content/a.md", "# A\n\n<b onclick=\"x()\">b</b> 010-1234-5678\n");
        Fixtures.write(project, "site-output/mine.txt", "not a site");
        assertThat(run(project.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[ERROR] site-output: ", "not empty",
                "[WARNING] content/a.md:3:1: removed from the page as unsafe: onclick=",
                "[WARNING] content/a.md:3:24: possible phone number");
        err.reset();
        assertThat(run("--force", "--allow-unsafe-html", "--privacy", "strict", "--no-strict", project.toString()))
                .isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[ERROR] content/a.md:3:24: possible phone number")
                .doesNotContain("removed from the page");
        assertThat(Fixtures.read(project.resolve("site-output/notes/a/index.html"))).contains("onclick=\"x()\"");
    }

    @Test
    void anUnknownPrivacyModeIsAUsageError() {
        assertThat(run("--privacy", "loud")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--privacy must be off, warn or strict, not 'loud'");
    }

    /**
     * The reproduction, in a process of its own whose working directory is the project's sibling: from
     * {@code …/x/proj}, {@code ../../x1} is {@code …/x1}. Resolved twice it became {@code …/../x1} (the build read no
     * note there and wrote a site beside the temporary folder) — wherever the tests themselves run.
     */
    @Test
    void aRelativeProjectFolderIsResolvedOnce(@TempDir Path world, @TempDir Path logs) throws Exception {
        Path root = Files.createDirectories(world.resolve("노트 정리/a/b"));
        Path cwd = Files.createDirectories(root.resolve("x/proj"));
        Path x1 = root.resolve("x1");
        Fixtures.write(x1, "content/a.md", "# A\n");
        Map<String, String> before = TreeSnapshot.of(world, x1.resolve("site-output"));
        Process main = ForkedMain.start(cwd, List.of(), logs, "../../x1");
        assertThat(main.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String stdout = Fixtures.read(logs.resolve("out.log"));
        assertThat(main.exitValue()).as(stdout + Fixtures.read(logs.resolve("err.log"))).isZero();
        assertThat(stdout).contains("Read 1 notes from content", "Built 1 note ",
                "Site ready: " + x1.resolve("site-output/index.html").toUri());
        assertThat(x1.resolve("site-output/notes/a/index.html")).exists();
        assertThat(TreeSnapshot.of(world, x1.resolve("site-output"))).isEqualTo(before);
    }

    /** A tree around the project: the project itself under a name with Hangul and spaces, siblings, links. */
    private Path world(Path world) throws IOException {
        Path proj = Fixtures.write(world, "노트 정리/my proj/content/a.md", "# A\n").getParent().getParent();
        Fixtures.write(world, "sibling/keep.txt", "keep");
        Files.createDirectories(world.resolve("a/b/c"));
        Files.createSymbolicLink(world.resolve("projlink"), proj);
        Files.createSymbolicLink(world.resolve("shortcut"), proj.resolve("content"));
        return proj;
    }

    @Test
    void everyKindOfPathFromEveryFolderBuildsTheSameProjectAndTouchesNothingElse(@TempDir Path world)
            throws IOException {
        Path proj = world(world);
        Path site = proj.resolve("site-output");
        // each case: the working directory (relative to the tree), then the arguments
        List<List<String>> cases = List.of(
                List.of("노트 정리/my proj"),
                List.of("노트 정리/my proj", "."),
                List.of("a/b/c", "../../../노트 정리/my proj"),
                List.of("a/b/c", "../../../노트 정리/my proj/"),
                List.of("sibling", proj.toString()),
                List.of("sibling", world + "/a/../노트 정리/./my proj"),
                List.of("", "projlink"),
                // the shell would say shortcut/.. is the tree's root; the file system, which every read uses, says
                // the project
                List.of("", "shortcut/.."),
                List.of("노트 정리", "./my proj/content/.."),
                // options are taken from the working directory too, not from the project folder
                List.of("a", "--content", "b/../../노트 정리/my proj/content", "--output",
                        "../노트 정리/my proj/site-output", "../노트 정리/my proj"));
        for (List<String> c : cases) {
            Path cwd = world.resolve(c.get(0));
            String[] args = c.subList(1, c.size()).toArray(String[]::new);
            deleteTree(site);
            Map<String, String> before = TreeSnapshot.of(world, site);
            out.reset();
            err.reset();
            assertThat(Main.run(cwd, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8))).as(c + ": " + err).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).as(c.toString()).contains("Built 1 note ");
            assertThat(err.toString(StandardCharsets.UTF_8)).as(c.toString()).doesNotContain("[WARNING]");
            assertThat(site.resolve("notes/a/index.html")).as(c.toString()).exists();
            assertThat(TreeSnapshot.of(world, site)).as(c.toString()).isEqualTo(before);
        }
    }

    @Test
    void aProjectFolderThatDoesNotExistIsAnErrorAndNothingIsWritten(@TempDir Path world) throws IOException {
        world(world);
        Map<String, String> before = TreeSnapshot.of(world);
        assertThat(run(world.resolve("a"), "../nope")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("[ERROR] " + world.resolve("nope") + ": the project folder does not exist");
        assertThat(TreeSnapshot.of(world)).isEqualTo(before);
    }

    @Test
    void anOutputThatWouldReplaceTheProjectIsRefusedAndNothingIsWritten(@TempDir Path world) throws IOException {
        Path proj = world(world);
        Map<String, String> before = TreeSnapshot.of(world);
        assertThat(run(proj, "--force", "--output", "..")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the output folder contains the project folder");
        assertThat(run(proj, "--force", "--output", "content/java")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the output folder is inside the content folder");
        assertThat(TreeSnapshot.of(world)).isEqualTo(before);
    }

    @Test
    void aBuildThatReadsNoNoteSaysWhereItLooked(@TempDir Path world) throws IOException {
        Path empty = Files.createDirectories(world.resolve("빈 프로젝트/content"));
        assertThat(run(world, "빈 프로젝트")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[WARNING] content: no note to publish in " + empty);
        err.reset();
        Path none = Files.createDirectories(world.resolve("no content"));
        assertThat(run(world, "no content")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[WARNING] content: the content folder "
                + none.resolve("content") + " does not exist");
    }

    @Test
    void aJekyllSiteWithoutContentIsReadFromItsRootLeavingTheBuildFoldersOut(@TempDir Path world) throws IOException {
        Path blog = world.resolve("blog");
        Fixtures.write(blog, "_config.yml", "title: 블로그\n");
        Fixtures.write(blog, "_posts/2024-01-01-hello.md", "---\ntitle: Hello\n---\n# Hello\n");
        Fixtures.write(blog, "about.md", "# About\n");
        Fixtures.write(blog, "target/classes/junk.md", "# compiled\n");
        Fixtures.write(blog, "templates/theme-notes.md", "# theme\n");
        Fixtures.write(blog, ".git/notes.md", "# git\n");
        for (int build = 1; build <= 2; build++) { // the second build must not read the first one's site
            out.reset();
            assertThat(run(world, "blog")).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Reading the notes from the project folder "
                    + "itself (there is no content/ folder, and _config.yml at its root makes it a Jekyll site)",
                    "Read 2 notes from the project folder", "Built 2 notes ");
        }
        Path site = blog.resolve("site-output");
        assertThat(site.resolve("notes/about/index.html")).exists();
        try (Stream<Path> files = Files.walk(site)) {
            assertThat(files.map(p -> site.relativize(p).toString()))
                    .noneMatch(p -> p.startsWith("site-output") || p.startsWith("target") || p.contains("junk")
                            || p.contains("theme-notes") || p.startsWith("templates") || p.contains("git"));
        }
    }

    @Test
    void whatKilledBuildsLeftGoesAtTheStartOfTheNextBuildEvenAFailedOne(@TempDir Path world) throws Exception {
        Path proj = world(world);
        assertThat(run(proj)).isZero();
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(ended.waitFor(1, TimeUnit.MINUTES)).isTrue();
        Path dead = Fixtures.write(proj, ".site-output.old-" + ended.pid() + "-" + java.util.UUID.randomUUID()
                + "/notes/private/index.html", "a half-deleted old site").getParent().getParent().getParent();
        Path live = Fixtures.write(proj, ".site-output.tmp-" + ProcessHandle.current().pid() + "-"
                + java.util.UUID.randomUUID() + "/index.html", "a build still running").getParent();
        Fixtures.write(proj, "content/broken.md", "---\ntitle: [\n---\n");
        Map<String, String> published = TreeSnapshot.of(proj.resolve("site-output"));
        assertThat(run(proj)).isEqualTo(1);
        assertThat(dead).doesNotExist();
        assertThat(live.resolve("index.html")).exists();
        assertThat(TreeSnapshot.of(proj.resolve("site-output"))).isEqualTo(published);
    }

    private int run(Path cwd, String... args) {
        return Main.run(cwd, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
