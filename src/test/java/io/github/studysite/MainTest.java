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
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Site ready: file:");
        assertThat(project.resolve("site-output/notes/a/index.html")).exists();
    }

    @Test
    void failureExitsOneWithProblems() throws IOException {
        Fixtures.write(project, "content/a.md", "---\ntitle: [\n---\n");
        assertThat(run(project.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[ERROR] content/a.md:");
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
