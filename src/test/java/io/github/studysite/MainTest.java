package io.github.studysite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
                "<loc>https://me.github.io/repo/en/notes/a/</loc>").doesNotContain("<loc>/");
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

    @Test
    void aRelativeProjectFolderIsResolvedOnce() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        Fixtures.write(project, "content/a.md", "# A\n");
        assertThat(run(cwd.relativize(project).toString())).isZero();
        assertThat(project.resolve("site-output/notes/a/index.html")).exists();
    }
}
