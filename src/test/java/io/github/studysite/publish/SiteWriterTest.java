package io.github.studysite.publish;

import io.github.studysite.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteWriterTest {

    @TempDir
    Path dir;

    /** A finished build of a one-page site. */
    private static void publish(Path out, String index) throws IOException {
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("index.html", index);
            w.commit();
        }
    }

    @Test
    void commitSwapsTheSiteInAndLeavesNothingBeside() throws IOException {
        Path out = dir.resolve("site-output");
        publish(out, "one");
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("index.html", "two");
            w.write("notes/a/index.html", "a");
            w.commit();
        }
        assertThat(Fixtures.read(out.resolve("index.html"))).isEqualTo("two");
        assertThat(out.resolve(SiteWriter.MARKER)).exists();
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(out);
        }
    }

    @Test
    void anUncommittedBuildLeavesThePreviousSiteUntouched() throws IOException {
        Path out = dir.resolve("site-output");
        publish(out, "previous");
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("index.html", "half-written");
        }
        assertThat(Fixtures.read(out.resolve("index.html"))).isEqualTo("previous");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(out);
        }
    }

    @Test
    void refusesAFolderItDidNotMake() throws IOException {
        Path out = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(out.resolve("thesis.md"), "precious");
        assertThatThrownBy(() -> SiteWriter.open(out)).isInstanceOf(SiteWriter.UnsafeOutputException.class)
                .hasMessageContaining("not empty");
        assertThat(Fixtures.read(out.resolve("thesis.md"))).isEqualTo("precious");
    }

    @Test
    void refusesPathsOutsideTheSite() throws IOException {
        try (SiteWriter w = SiteWriter.open(dir.resolve("out"))) {
            assertThatThrownBy(() -> w.write("../escape.html", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> w.write("/etc/x", "x")).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir.resolve("escape.html")).doesNotExist();
    }

    @Test
    void forceReplacesAFolderItDidNotMake() throws IOException {
        Path out = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(out.resolve("old.html"), "old site of another tool");
        assertThat(SiteWriter.holdsForeignFiles(out)).isTrue();
        try (SiteWriter w = SiteWriter.open(out, true)) {
            w.write("index.html", "new");
            w.commit();
        }
        assertThat(out.resolve("old.html")).doesNotExist();
        assertThat(Fixtures.read(out.resolve("index.html"))).isEqualTo("new");
        assertThat(SiteWriter.holdsForeignFiles(out)).isFalse();
    }

    @Test
    void forceNeverReplacesAFileOrALink() throws IOException {
        Path file = Files.writeString(dir.resolve("site"), "a file");
        assertThatThrownBy(() -> SiteWriter.open(file, true)).isInstanceOf(SiteWriter.UnsafeOutputException.class)
                .hasMessageContaining("exists and is not a folder");
        Path target = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(target.resolve("keep.txt"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("out"), target);
        assertThatThrownBy(() -> SiteWriter.open(link, true)).isInstanceOf(SiteWriter.UnsafeOutputException.class);
        assertThat(Fixtures.read(target.resolve("keep.txt"))).isEqualTo("keep");
    }

    @Test
    void replacingASiteRemovesLinksInsideItNotWhatTheyPointTo() throws IOException {
        Path out = dir.resolve("site-output");
        publish(out, "one");
        Path precious = Files.writeString(dir.resolve("precious.txt"), "precious");
        Path outsideDir = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outsideDir.resolve("x.txt"), "x");
        Files.createSymbolicLink(out.resolve("link.txt"), precious);
        Files.createSymbolicLink(out.resolve("linkdir"), outsideDir);
        publish(out, "two");
        assertThat(Fixtures.read(precious)).isEqualTo("precious");
        assertThat(Fixtures.read(outsideDir.resolve("x.txt"))).isEqualTo("x");
        assertThat(out.resolve("link.txt")).doesNotExist();
    }

    /** The id of a process that has ended: the leftovers of a build that was killed carry one. */
    private static long deadPid() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return process.pid();
    }

    private Path leftover(String kind, long pid) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(".site-output." + kind + "-" + pid + "-"
                + java.util.UUID.randomUUID()));
        Files.writeString(folder.resolve(SiteWriter.MARKER), "x");
        Files.writeString(folder.resolve("index.html"), kind + " of " + pid);
        return folder;
    }

    @Test
    void theStagingFolderOfAKilledBuildIsRemovedByTheNextBuild() throws Exception {
        Path out = dir.resolve("site-output");
        publish(out, "previous");
        Path killed = leftover("tmp", deadPid());
        Path running = leftover("tmp", ProcessHandle.current().pid());
        Path notOurs = Files.createDirectories(dir.resolve(".site-output.tmp-" + deadPid() + "-not-a-uuid"));
        Path killedBeforeMarking = Files.createDirectories(dir.resolve(".site-output.tmp-" + deadPid() + "-"
                + java.util.UUID.randomUUID()));
        // a kill while the previous site was being deleted: its marker went first, the pages are still there
        Path halfDeleted = leftover("old", deadPid());
        Files.delete(halfDeleted.resolve(SiteWriter.MARKER));
        Path deadPreview = leftover("preview", deadPid());
        Files.createDirectories(deadPreview.resolve("site/notes/private"));
        Path livePreview = leftover("preview", ProcessHandle.current().pid());
        Path elsewhere = Files.createDirectories(dir.resolve("sub/.site-output.tmp-" + deadPid() + "-"
                + java.util.UUID.randomUUID()));
        Path otherOutput = Files.createDirectories(dir.resolve(".site-output2.tmp-" + deadPid() + "-"
                + java.util.UUID.randomUUID()));
        publish(out, "next");
        assertThat(killed).doesNotExist();
        assertThat(killedBeforeMarking).doesNotExist();
        assertThat(halfDeleted).doesNotExist();
        assertThat(deadPreview).doesNotExist();
        assertThat(running).exists();
        assertThat(livePreview).exists();
        assertThat(notOurs).exists();
        assertThat(elsewhere).exists(); // only the output's own parent is cleaned
        assertThat(otherOutput).exists(); // and only the leftovers of this output
        assertThat(Fixtures.read(out.resolve("index.html"))).isEqualTo("next");
    }

    @Test
    void aHalfDeletedPreviousSiteIsNeverPutBack() throws Exception {
        Path out = dir.resolve("site-output");
        Path halfDeleted = leftover("old", deadPid());
        Files.delete(halfDeleted.resolve(SiteWriter.MARKER));
        SiteWriter.recover(out);
        assertThat(out).doesNotExist();
        assertThat(halfDeleted).doesNotExist();
    }

    @Test
    void aPreviewFolderIsOursRemovedOnlyByItsOwnProcess() throws Exception {
        Path out = dir.resolve("site-output");
        publish(out, "published");
        Path preview = SiteWriter.previewFolder(out);
        assertThat(preview.getParent()).isEqualTo(dir);
        assertThat(preview.getFileName().toString()).startsWith(".site-output.preview-" + ProcessHandle.current().pid()
                + "-");
        Files.createDirectories(preview.resolve("site"));
        SiteWriter.recover(out); // a build while the preview runs leaves it alone
        assertThat(preview).exists();
        Path foreign = Files.createDirectories(dir.resolve("mine.preview-" + ProcessHandle.current().pid()));
        SiteWriter.removePreview(foreign);
        assertThat(foreign).exists();
        SiteWriter.removePreview(preview);
        assertThat(preview).doesNotExist();
        assertThat(Fixtures.read(out.resolve("index.html"))).isEqualTo("published");
    }

    @Test
    void aSiteSetAsideWhenABuildWasKilledMidSwapIsPutBack() throws Exception {
        Path out = dir.resolve("site-output");
        Path setAside = leftover("old", deadPid());
        try (SiteWriter w = SiteWriter.open(out)) {
            // opening put the previous site back where it belongs; this build then fails and leaves it there
            assertThat(Fixtures.read(out.resolve("index.html"))).startsWith("old of ");
        }
        assertThat(setAside).doesNotExist();
        assertThat(Fixtures.read(out.resolve("index.html"))).startsWith("old of ");
    }
}
