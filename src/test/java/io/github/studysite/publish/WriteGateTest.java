package io.github.studysite.publish;

import io.github.studysite.Threads;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Closing an output waits for the writes in progress and refuses later ones. */
class WriteGateTest {

    @Test
    void closingWaitsForAWriteInProgress() throws Exception {
        WriteGate gate = new WriteGate();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean cleanedWhileWriting = new AtomicBoolean();
        AtomicBoolean cleaned = new AtomicBoolean();
        AtomicBoolean written = new AtomicBoolean();
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> gate.write("a.html", "cannot write", () -> {
            writing.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.set(true);
        }));
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> close = new CompletableFuture<>();
        Thread closer = Threads.start("close", () -> {
            try {
                gate.close(() -> {
                    cleanedWhileWriting.set(!written.get());
                    cleaned.set(true);
                });
                close.complete(null);
            } catch (IOException | RuntimeException e) {
                close.completeExceptionally(e);
            }
        });
        Threads.awaitParkedIn(closer, WriteGate.class, "close", Duration.ofSeconds(10));
        assertThat(close).isNotDone();
        assertThat(cleaned).isFalse();
        release.countDown();
        write.get(10, TimeUnit.SECONDS);
        close.get(10, TimeUnit.SECONDS);
        assertThat(cleaned).isTrue();
        assertThat(cleanedWhileWriting).isFalse();
    }

    @Test
    void refusesWritesOnceClosed() throws IOException {
        WriteGate gate = new WriteGate();
        gate.close(() -> { });
        AtomicBoolean ran = new AtomicBoolean();
        assertThatThrownBy(() -> gate.write("late.html", "cannot write", () -> ran.set(true)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("late.html");
        assertThat(ran).isFalse();
    }

    @Test
    void reportsAFailedWriteAsWhatItFailedToDo() {
        WriteGate gate = new WriteGate();
        assertThatThrownBy(() -> gate.write("a.html", "cannot write a.html", () -> {
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessage("cannot write a.html: disk full");
    }
}
