package io.github.studysite.util;

import java.util.concurrent.Semaphore;

/**
 * Bounds how much of the heap the unpacked copies of large texts take at once. A note body is held packed
 * ({@link PackedText}) and unpacked by each step that needs it: its page in every interface language and its search
 * entry, which the build runs side by side. For an ordinary note that is nothing; for a note of tens of megabytes
 * each step holds the body as a Java string, the page around it and the page's bytes, several times the note's size,
 * and a few such steps at once can exhaust the heap, depending on how the threads meet. A step that unpacks a large
 * text takes a lease sized by it first; leases beyond the budget (half the maximum heap) wait for others to end.
 * Texts under a megabyte's worth of lease take none, so ordinary notes never wait.
 */
public final class UnpackBudget {

    /** What a step holds while it works on an unpacked text: the text as a string, the page around it, its bytes. */
    static final int BYTES_PER_UTF8_BYTE = 6;
    private static final int MB = 1024 * 1024;

    /** A lease; closing it gives its share back. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    private static final Lease NONE = () -> { };
    private static final UnpackBudget HEAP = new UnpackBudget(Runtime.getRuntime().maxMemory() / 2);

    private final Semaphore megabytes;
    private final int total;

    /** @param bytes how much the leases may hold at once */
    UnpackBudget(long bytes) {
        total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / MB));
        megabytes = new Semaphore(total, true);
    }

    /** The budget of this JVM: half its maximum heap. */
    public static UnpackBudget heap() {
        return HEAP;
    }

    /**
     * Waits until unpacking {@code text} fits in the budget and takes its share; a text larger than the whole budget
     * waits for every other lease and then runs alone.
     */
    public Lease lease(PackedText text) {
        long wanted = (long) text.length() * BYTES_PER_UTF8_BYTE / MB;
        if (wanted < 1) {
            return NONE;
        }
        int share = (int) Math.min(wanted, total);
        megabytes.acquireUninterruptibly(share);
        return new Lease() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    megabytes.release(share);
                }
            }
        };
    }
}
