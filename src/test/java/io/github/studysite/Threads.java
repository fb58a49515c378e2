package io.github.studysite;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * "Still blocked" made deterministic: instead of sleeping and hoping the other thread got far enough, a test waits
 * (with a deadline) until that thread is parked inside the method that must block it. From then on it cannot go on
 * until the test releases what it waits for, so asserting that it has not finished is no race.
 */
public final class Threads {

    private static final Set<Thread.State> PARKED = EnumSet.of(Thread.State.WAITING, Thread.State.TIMED_WAITING,
            Thread.State.BLOCKED);

    private Threads() {
    }

    /** Starts {@code task} on a new daemon thread named {@code name}. */
    public static Thread start(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Waits until {@code thread} is parked with {@code owner.method} on its stack.
     *
     * @throws AssertionError when it is not within {@code within}, or ends first
     */
    public static void awaitParkedIn(Thread thread, Class<?> owner, String method, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!thread.isAlive()) {
                throw new AssertionError(thread.getName() + " ended instead of blocking in " + owner.getSimpleName()
                        + "." + method);
            }
            if (PARKED.contains(thread.getState()) && Arrays.stream(thread.getStackTrace())
                    .anyMatch(f -> f.getClassName().equals(owner.getName()) && f.getMethodName().equals(method))) {
                return;
            }
            Thread.sleep(1);
        }
        throw new AssertionError(thread.getName() + " did not block in " + owner.getSimpleName() + "." + method
                + " within " + within + "; it is " + thread.getState() + " at "
                + Arrays.toString(thread.getStackTrace()));
    }
}
