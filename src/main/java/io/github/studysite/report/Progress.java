package io.github.studysite.report;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Lets a long build talk: a build of thousands of notes runs for many seconds, and a silent Maven log looks hung. The
 * stages of a build {@linkplain #begin begin} a {@link Phase} with the number of items they will handle and
 * {@linkplain Phase#advance advance} it once per item, from any thread; every {@link #DEFAULT_INTERVAL} at most, the
 * current phase is logged as {@code Rendering pages: 4,210 of 10,003 (42%), 12.3 s}. A build that is over within
 * {@link #DEFAULT_QUIET} logs nothing from here, so small sites keep their short log.
 *
 * <p>Reporting happens on the thread that advances past the deadline, not on a timer thread: nothing to start or stop,
 * and tests drive it with a fake clock. The price is that a phase that does not advance does not report; every phase
 * that handles notes or pages one by one does.
 */
public final class Progress {

    /** Builds shorter than this log no progress. */
    public static final Duration DEFAULT_QUIET = Duration.ofSeconds(2);
    /** At most one progress line per this interval. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

    private static final Progress SILENT = new Progress(line -> { }, () -> 0L, Duration.ofDays(365 * 100), DEFAULT_INTERVAL);

    private final Consumer<String> log;
    private final LongSupplier nanoClock;
    private final long start;
    private final long interval;
    /** The clock reading from which the next line may be logged. */
    private final AtomicLong nextReport;

    /** Reports to {@code log} on the system's monotonic clock, with the default quiet period and interval. */
    public Progress(Consumer<String> log) {
        this(log, System::nanoTime, DEFAULT_QUIET, DEFAULT_INTERVAL);
    }

    /**
     * @param log       receives the progress lines (any thread may call it, one line at a time)
     * @param nanoClock a monotonic clock in nanoseconds, {@link System#nanoTime} outside tests
     * @param quiet     how long the build runs before the first line
     * @param interval  the least time between two lines
     */
    public Progress(Consumer<String> log, LongSupplier nanoClock, Duration quiet, Duration interval) {
        this.log = Objects.requireNonNull(log, "log");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.start = nanoClock.getAsLong();
        this.interval = interval.toNanos();
        this.nextReport = new AtomicLong(start + quiet.toNanos());
    }

    /** A progress that never logs, for callers that do not want to hear. */
    public static Progress silent() {
        return SILENT;
    }

    /**
     * Starts a phase of the build.
     *
     * @param label what is being done, in the form {@code Rendering pages}
     * @param total how many items the phase will handle
     */
    public Phase begin(String label, int total) {
        return new Phase(label, total);
    }

    /** Time since this progress was made (the build's start). */
    public Duration elapsed() {
        return Duration.ofNanos(nanoClock.getAsLong() - start);
    }

    private void tick(Phase phase) {
        long now = nanoClock.getAsLong();
        long next = nextReport.get();
        if (now - next >= 0 && nextReport.compareAndSet(next, now + interval)) {
            log.accept(phase.line(Duration.ofNanos(now - start)));
        }
    }

    /** One stage's counter; thread-safe. */
    public final class Phase {
        private final String label;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();

        private Phase(String label, int total) {
            this.label = Objects.requireNonNull(label, "label");
            this.total = Math.max(total, 0);
        }

        /** One more item handled; logs the phase's state when a line is due. */
        public void advance() {
            done.incrementAndGet();
            tick(this);
        }

        /** Advances and hands {@code value} on, for use inside a stream's {@code map}. */
        public <T> T advance(T value) {
            advance();
            return value;
        }

        public int done() {
            return done.get();
        }

        public int total() {
            return total;
        }

        /** {@code Rendering pages: 4,210 of 10,003 (42%), 12.3 s}. */
        String line(Duration elapsed) {
            int n = done.get();
            String seconds = String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
            if (total == 0) {
                return String.format(Locale.ROOT, "%s: %,d, %s", label, n, seconds);
            }
            return String.format(Locale.ROOT, "%s: %,d of %,d (%d%%), %s", label, n, total,
                    (int) (100L * Math.min(n, total) / total), seconds);
        }
    }
}
