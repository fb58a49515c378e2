package io.github.studysite.serve;

import io.github.studysite.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Changes anywhere below the watched folders arrive, in batches, and only those. */
class ContentWatcherTest {

    /** Functional bound: how long a change may take to be reported (the JDK may poll on some systems). */
    private static final int WAIT_SECONDS = 20;

    @TempDir
    Path project;
    private final BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
    private final List<Set<Path>> seen = new java.util.ArrayList<>();
    private ContentWatcher watcher;

    @AfterEach
    void close() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private void watch(Path... roots) throws IOException {
        watcher = new ContentWatcher(List.of(roots), project.resolve("content/site-output"), Duration.ofMillis(100),
                batches::add);
    }

    /** Waits for batches until one mentions {@code path}. */
    private void awaitChange(Path path) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            Set<Path> batch = batches.poll(500, TimeUnit.MILLISECONDS);
            if (batch != null) {
                seen.add(batch);
            }
            if (batch != null && batch.contains(path)) {
                return;
            }
        }
        throw new AssertionError("no change reported for " + path);
    }

    @Test
    void reportsEditsCreationsAndDeletionsInNestedFolders() throws Exception {
        Files.createDirectories(project.resolve("content/deep"));
        Path note = Fixtures.write(project, "content/deep/a.md", "# a");
        watch(project.resolve("content"));
        Files.writeString(note, "# a, edited");
        awaitChange(note);
        Path nested = project.resolve("content/new/folder/b.md");
        Files.createDirectories(nested.getParent());
        Files.writeString(nested, "# b");
        awaitChange(nested);
        Files.writeString(nested, "# b, edited");
        awaitChange(nested);
        Files.delete(note);
        awaitChange(note);
        // what was reported: the note and the new files, and nothing outside the watched folder
        assertThat(seen).flatExtracting(b -> b).contains(note, nested)
                .allMatch(p -> p.startsWith(project.resolve("content")));
    }

    @Test
    void watchesAFolderThatIsCreatedLater() throws Exception {
        Files.createDirectories(project.resolve("content"));
        watch(project.resolve("content"), project.resolve("templates"));
        Path template = project.resolve("templates/note.mustache");
        Files.createDirectories(template.getParent());
        awaitChange(project.resolve("templates"));
        Files.writeString(template, "{{title}}");
        awaitChange(template);
    }

    @Test
    void ignoresHiddenFoldersAndTheSiteFolder() throws Exception {
        Files.createDirectories(project.resolve("content/.git"));
        Files.createDirectories(project.resolve("content/site-output"));
        watch(project.resolve("content"));
        Files.writeString(project.resolve("content/.git/index"), "x");
        Files.writeString(project.resolve("content/site-output/index.html"), "x");
        Path note = Fixtures.write(project, "content/n.md", "n");
        awaitChange(note);
        batches.drainTo(seen);
        assertThat(seen).flatExtracting(b -> b).isNotEmpty()
                .noneMatch(p -> p.toString().contains(".git") || p.toString().contains("site-output"));
    }
}
