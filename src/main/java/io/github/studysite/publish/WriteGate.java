package io.github.studysite.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Lets the parallel tasks of a build write into its staging folder while the output is open, and lets closing the
 * output wait for the writes in progress and refuse later ones. A build that fails in one parallel task (a template
 * error in one language) closes its output while its other tasks may still be writing: without the gate they raced
 * the removal of the staging folder (reported as a second error, "cannot remove temporary folder") and could create
 * it again after it was gone, beside the site. Writes share the read side of a lock; closing takes the write side.
 */
public final class WriteGate {

    /** One write into the staging folder. */
    public interface Action {
        void run() throws IOException;
    }

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Guarded by {@link #lock}. */
    private boolean closed;

    /**
     * Runs {@code write} unless the output is closed.
     *
     * @param path    the site path written, for the message when the output is closed
     * @param failure what an {@link IOException} of {@code write} is reported as, followed by the system's reason
     * @throws IllegalStateException when the output is closed (nothing is written)
     * @throws UncheckedIOException  when {@code write} fails
     */
    public void write(String path, String failure, Action write) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the build's output is closed; not written: " + path);
            }
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(failure + ": " + IoFailure.reason(e), e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Waits for the writes in progress, refuses every later one, then runs {@code cleanup} (removing the staging
     * folder). Closing twice is harmless: {@code cleanup} runs each time and must tolerate finding nothing.
     */
    public void close(Action cleanup) throws IOException {
        lock.writeLock().lock();
        try {
            closed = true;
            cleanup.run();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
