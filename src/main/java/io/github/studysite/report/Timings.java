package io.github.studysite.report;

import io.github.studysite.problem.Problem;
import io.github.studysite.problem.Severity;
import io.github.studysite.problem.Stage;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Where a build spends its time, stage by stage, as Hugo's {@code --templateMetrics} shows per template: one line
 * per stage with its time and the problems it found. A stage either runs as a stretch of the build ({@link #begin}
 * ends the stage before it) or, for the per-note stages that run side by side on every core, adds up its time over
 * the threads ({@link #add}).
 */
public final class Timings {

    /** The system property that turns the report on: {@code -Dstudysite.timings} (or {@code =true}). */
    public static final String PROPERTY = "studysite.timings";

    private final LongSupplier nanoClock;
    private final AtomicLongArray nanos = new AtomicLongArray(Stage.values().length);
    private final boolean[] summed = new boolean[Stage.values().length];
    private Stage current;
    private long since;

    public Timings(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    public Timings() {
        this(System::nanoTime);
    }

    /** Whether {@link #PROPERTY} asks for the report. */
    public static boolean requested() {
        String value = System.getProperty(PROPERTY);
        return value != null && !value.equalsIgnoreCase("false");
    }

    /** Ends the stage that was running and starts {@code stage}. */
    public void begin(Stage stage) {
        long now = nanoClock.getAsLong();
        if (current != null) {
            nanos.addAndGet(current.ordinal(), now - since);
        }
        current = stage;
        since = now;
    }

    /** Ends the stage that was running. */
    public void end() {
        begin(null);
    }

    /** Adds time one thread spent in {@code stage}, which runs on several threads at once. */
    public void add(Stage stage, long elapsedNanos) {
        summed[stage.ordinal()] = true;
        nanos.addAndGet(stage.ordinal(), elapsedNanos);
    }

    /** One line per stage, in pipeline order, each with its time and the errors and warnings it reported. */
    public void report(List<Problem> problems, Consumer<String> log) {
        Map<Stage, int[]> counts = new EnumMap<>(Stage.class);
        for (Problem problem : problems) {
            counts.computeIfAbsent(problem.stage(), s -> new int[2])[problem.severity() == Severity.ERROR ? 0 : 1]++;
        }
        log.accept("Time per stage:");
        for (Stage stage : Stage.values()) {
            int[] found = counts.getOrDefault(stage, new int[2]);
            log.accept(String.format(Locale.ROOT, "  %-8s %8.1f ms%s, %d errors, %d warnings", stage.label(),
                    nanos.get(stage.ordinal()) / 1e6, summed[stage.ordinal()] ? " (summed over threads)" : "",
                    found[0], found[1]));
        }
    }
}
