package io.github.studysite.publish;

import io.github.studysite.BuildResult;
import io.github.studysite.Fixtures;
import io.github.studysite.SiteBuilder;
import io.github.studysite.config.SiteConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An output folder that is a mount point (a Docker volume, a mounted share) cannot be renamed, so the swap of
 * {@link SiteWriter#commit} replaces its contents instead; and a write that fails says why, in the system's words.
 * Real tmpfs mounts where the test may mount (root on Linux), and a rename that fails as a mount point's does
 * everywhere.
 */
class MountedOutputTest {

    @TempDir
    Path root;
    private final List<Path> mounted = new ArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        for (int i = mounted.size() - 1; i >= 0; i--) {
            run("umount", mounted.get(i).toString());
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    /** Mounts a tmpfs at {@code dir}, or skips the test where this machine does not allow it. */
    private Path tmpfs(Path dir, String options) throws Exception {
        Files.createDirectories(dir);
        boolean ok = System.getProperty("os.name").startsWith("Linux")
                && run("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString());
        Assumptions.assumeTrue(ok, "cannot mount a tmpfs here (needs root on Linux)");
        mounted.add(dir);
        return dir;
    }

    private static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static void build(Path output, String... files) throws IOException {
        try (SiteWriter writer = SiteWriter.open(output)) {
            for (String file : files) {
                writer.write(file, "page " + file);
            }
            writer.commit();
        }
    }

    private void replacesTheContentsInPlace(Path output) throws IOException {
        Fixtures.write(root, "keep.txt", "outside the output");
        build(output, "index.html", "notes/a/index.html");
        assertThat(tree(output)).containsExactly(".studysite", "index.html", "notes", "notes/a", "notes/a/index.html");
        build(output, "index.html", "notes/b/index.html");
        assertThat(tree(output)).containsExactly(".studysite", "index.html", "notes", "notes/b", "notes/b/index.html");
        assertThat(Files.readString(output.resolve("notes/b/index.html"))).isEqualTo("page notes/b/index.html");
        // a failed build leaves the site as it was
        try (SiteWriter writer = SiteWriter.open(output)) {
            writer.write("index.html", "half-built");
        }
        assertThat(Files.readString(output.resolve("index.html"))).isEqualTo("page index.html");
        // nothing left beside the output, nothing outside it touched
        try (Stream<Path> siblings = Files.list(root)) {
            assertThat(siblings.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("keep.txt", output.getFileName().toString());
        }
        assertThat(Files.readString(root.resolve("keep.txt"))).isEqualTo("outside the output");
    }

    @Test
    void anOutputThatIsAMountPointIsReplacedInPlace() throws Exception {
        Path output = tmpfs(root.resolve("site-output"), "size=4m");
        var store = Files.getFileStore(output);
        assertThat(store).isNotEqualTo(Files.getFileStore(root));
        replacesTheContentsInPlace(output);
        assertThat(Files.getFileStore(output)).isEqualTo(store);
    }

    @Test
    void aFullDiskIsNamedInTheError() throws Exception {
        Path project = tmpfs(root.resolve("project"), "size=256k");
        Fixtures.write(project, "content/a.md", "# A\n\n" + "긴 문장입니다. ".repeat(8_000) + "\n");
        BuildResult result = new SiteBuilder(SiteConfig.builder(project).build()).build();
        assertThat(result.success()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.toString())
                .matches("site-output: cannot write the site: cannot (write|copy) .+: No space left on device"));
    }

    @Test
    void aReadOnlyFolderIsNamedInTheErrorAndThePreviousSiteStays() throws Exception {
        Path project = tmpfs(root.resolve("project"), "size=4m");
        Fixtures.write(project, "content/a.md", "# A\n");
        SiteConfig config = SiteConfig.builder(project).build();
        assertThat(new SiteBuilder(config).build().success()).isTrue();
        List<String> before = tree(project.resolve("site-output"));
        Assumptions.assumeTrue(run("mount", "-o", "remount,ro", project.toString()), "cannot remount read-only");
        BuildResult result = new SiteBuilder(config).build();
        assertThat(result.success()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.toString()).startsWith("site-output: ")
                .endsWith(": Read-only file system"));
        assertThat(tree(project.resolve("site-output"))).isEqualTo(before);
    }

    @Test
    void theReasonIsTheSystemsWordsForEveryCommonFailure() {
        assertThat(IoFailure.reason(new AccessDeniedException("/s/a"))).isEqualTo("Permission denied");
        assertThat(IoFailure.reason(new NoSuchFileException("/s/a"))).isEqualTo("No such file or directory");
        assertThat(IoFailure.reason(new DirectoryNotEmptyException("/s/a"))).isEqualTo("Directory not empty");
        assertThat(IoFailure.reason(new FileSystemException("/s/a", null, "Read-only file system")))
                .isEqualTo("Read-only file system");
        assertThat(IoFailure.reason(new IOException("No space left on device"))).isEqualTo("No space left on device");
        assertThat(IoFailure.reason(new IOException())).isEqualTo("IOException");
        assertThat(IoFailure.describe(new AccessDeniedException("/s/a", "/s/b", null)))
                .isEqualTo("/s/a -> /s/b: Permission denied");
        WriteGate gate = new WriteGate();
        assertThatThrownBy(() -> gate.write("notes/a/index.html", "cannot write notes/a/index.html", () -> {
            throw new AccessDeniedException("/site/.site-output.tmp-1/notes/a/index.html");
        })).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write notes/a/index.html: Permission denied");
    }
}
