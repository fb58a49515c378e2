package io.github.studysite.serve;

import io.github.studysite.Fixtures;
import io.github.studysite.Threads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** In-place updates: only changed files move in, gone files go, and nothing moves while a reader holds the lock. */
class LiveOutputTest {

    @TempDir
    Path dir;
    private Path site;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    @BeforeEach
    void setUp() throws IOException {
        site = Files.createDirectories(dir.resolve("site-output"));
        Fixtures.write(site, ".studysite", "marker");
        Fixtures.write(site, "index.html", "home");
        Fixtures.write(site, "notes/a/index.html", "a");
        Fixtures.write(site, "notes/b/index.html", "b");
    }

    private LiveOutput open() {
        return new LiveOutput(site, Set.of(".studysite", "index.html", "notes/a/index.html", "notes/b/index.html"),
                lock.writeLock());
    }

    @Test
    void readsAFileAsTheCommitWillLeaveIt() {
        try (LiveOutput out = open()) {
            out.write("notes/a/index.html", "a, edited");
            out.write("notes/c/index.html", "c");
            out.keep("notes/b/index.html");
            assertThat(out.read("notes/a/index.html")).hasValue("a, edited");
            assertThat(out.read("notes/c/index.html")).hasValue("c");
            assertThat(out.read("notes/b/index.html")).hasValue("b");
            assertThat(out.read("notes/none/index.html")).isEmpty();
        }
    }

    @Test
    void aPartialBuildDeletesNothingItDidNotWrite() throws IOException {
        try (LiveOutput out = new LiveOutput(site, Set.of(".studysite", "index.html", "notes/a/index.html",
                "notes/b/index.html"), lock.writeLock(), true)) {
            out.write("notes/a/index.html", "a, edited");
            out.commit();
            assertThat(out.changed()).containsExactly("notes/a/index.html");
            assertThat(out.files()).containsExactlyInAnyOrder(".studysite", "index.html", "notes/a/index.html",
                    "notes/b/index.html");
        }
        assertThat(Fixtures.read(site.resolve("notes/a/index.html"))).isEqualTo("a, edited");
        assertThat(Fixtures.read(site.resolve("notes/b/index.html"))).isEqualTo("b");
    }

    @Test
    void writesWhatChangedKeepsWhatIsKeptAndDeletesTheRest() throws IOException {
        try (LiveOutput out = open()) {
            out.write("index.html", "home");
            out.write("notes/a/index.html", "a, edited");
            out.write("notes/c/index.html", "c");
            assertThat(Fixtures.read(site.resolve("notes/a/index.html"))).isEqualTo("a");
            out.commit();
            assertThat(out.changed()).containsExactlyInAnyOrder("notes/a/index.html", "notes/b/index.html",
                    "notes/c/index.html");
            assertThat(out.files()).containsExactlyInAnyOrder(".studysite", "index.html", "notes/a/index.html",
                    "notes/c/index.html");
        }
        assertThat(Fixtures.read(site.resolve("notes/a/index.html"))).isEqualTo("a, edited");
        assertThat(site.resolve("notes/b")).doesNotExist();
        assertThat(site.resolve(".studysite")).exists();
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(site);
        }
    }

    @Test
    void aBuildThatDoesNotCommitChangesNothing() throws IOException {
        try (LiveOutput out = open()) {
            out.write("notes/a/index.html", "broken half");
        }
        assertThat(Fixtures.read(site.resolve("notes/a/index.html"))).isEqualTo("a");
        assertThat(site.resolve("notes/b/index.html")).exists();
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(site);
        }
    }

    @Test
    void aWriteAfterAFailedBuildClosedItsOutputIsRefusedAndLeavesNoStagingFolder() throws IOException {
        LiveOutput out = open();
        out.write("notes/a/index.html", "half");
        out.close(); // a failed build: another of its parallel parts may still try to write
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> out.write("notes/b/index.html", "late"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Fixtures.read(site.resolve("notes/b/index.html"))).isEqualTo("b");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(site);
        }
    }

    @Test
    void keptFilesStay() throws IOException {
        try (LiveOutput out = open()) {
            out.keep("index.html");
            out.keep("notes/a/index.html");
            out.keep("notes/b/index.html");
            out.commit();
            assertThat(out.changed()).isEmpty();
        }
        assertThat(Fixtures.read(site.resolve("notes/b/index.html"))).isEqualTo("b");
    }

    @Test
    void theCommitWaitsForReadersToFinish() throws Exception {
        LiveOutput out = open();
        out.write("notes/a/index.html", "new");
        lock.readLock().lock();
        CompletableFuture<Void> commit = new CompletableFuture<>();
        Thread committer;
        try {
            committer = Threads.start("commit", () -> {
                try {
                    out.commit();
                    commit.complete(null);
                } catch (IOException | RuntimeException e) {
                    commit.completeExceptionally(e);
                }
            });
            Threads.awaitParkedIn(committer, LiveOutput.class, "commit", Duration.ofSeconds(10));
            assertThat(commit).isNotDone();
            assertThat(Fixtures.read(site.resolve("notes/a/index.html"))).isEqualTo("a");
        } finally {
            lock.readLock().unlock();
        }
        commit.get(10, TimeUnit.SECONDS);
        assertThat(Fixtures.read(site.resolve("notes/a/index.html"))).isEqualTo("new");
    }

    @Test
    void refusesPathsOutsideTheSite() {
        try (LiveOutput out = open()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> out.write("../escape.html", "x"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir.resolve("escape.html")).doesNotExist();
    }
}
