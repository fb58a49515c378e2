import io.github.studysite.config.SiteConfig;
import io.github.studysite.serve.LiveBuild;
import io.github.studysite.serve.LiveSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times the one-note rebuild of a preview session (issue 6): builds a project once as {@code site:serve} does
 * (drafts shown, the session's cache), then appends a line to one note {@code RUNS} times and rebuilds after each,
 * as the file watcher would, printing for each edit when the note's own page was rewritten (the early pages a
 * preview shows once the study model is linked), when the whole rebuild ended, and the files it changed, then the medians and the worst.
 * It measures the rebuild itself; the watcher's debounce (120 ms) and the browser's reload come on top.
 *
 * <pre>
 * mvn -q compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "target/classes:$(cat /tmp/cp.txt)" bench/IncrementalRebuild.java PROJECT NOTE [RUNS]
 * </pre>
 * PROJECT is a folder with {@code content/} (a corpus from {@code bench/CorpusGenerator.java}, or the seeds); NOTE a
 * file name under {@code content/}. The note is left with the lines appended: run it on a copy.
 */
public final class IncrementalRebuild {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("Usage: java -cp … bench/IncrementalRebuild.java PROJECT NOTE [RUNS]");
            System.exit(2);
        }
        Path project = Path.of(args[0]);
        Path note = project.resolve("content").resolve(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        if (!Files.isRegularFile(note)) {
            throw new IllegalArgumentException("no such note: " + note);
        }
        // when each build of an edit finished reading ("Read …") and linking the study model ("Found …"), since the edit
        List<Long> stages = java.util.Collections.synchronizedList(new ArrayList<>());
        LiveSite site = new LiveSite(SiteConfig.builder(project).drafts(true).build(), line -> {
            if (line.startsWith("Read ") || line.startsWith("Found ")) {
                stages.add(System.nanoTime());
            }
        });
        long start = System.nanoTime();
        LiveBuild first = site.rebuild(List.of());
        System.out.printf(Locale.ROOT, "first build: %.1f s, %s, %d pages%n", seconds(start),
                first.result().success() ? "ok" : "FAILED", first.result().pages());
        start = System.nanoTime();
        LiveBuild same = site.rebuild(List.of());
        System.out.printf(Locale.ROOT, "rebuild without a change: %.0f ms, %d files written%n", millis(start),
                same.changed() == null ? -1 : same.changed().size());
        List<Double> times = new ArrayList<>();
        List<Double> firstTimes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Files.writeString(note, "\n\n미리보기 측정 " + i + " — rebuild " + i + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            stages.clear();
            start = System.nanoTime();
            long begun = start;
            List<String> shown = new ArrayList<>();
            LiveBuild build = site.rebuild(List.of(note), early -> {
                firstTimes.add(millis(begun));
                shown.add(String.format(Locale.ROOT, "%.0f ms (%s)", millis(begun),
                        String.join(" ", early.changed().stream().sorted().toList())));
            });
            double ms = millis(start);
            times.add(ms);
            long from = start;
            System.out.printf(Locale.ROOT, "edit %d: its page after %s; whole site after %.0f ms (notes read, model "
                    + "linked at ms: %s), %s, %d files: %s%n", i + 1, shown.isEmpty() ? "-" : shown.get(0), ms,
                    String.join(" ", stages.stream().map(t -> String.format(Locale.ROOT, "%.0f", (t - from) / 1e6))
                            .toList()),
                    build.result().success() ? "ok" : "FAILED", build.changed() == null ? -1 : build.changed().size(),
                    build.changed() == null ? "everything" : String.join(" ", build.changed().stream().sorted()
                            .limit(8).toList()) + (build.changed().size() > 8 ? " …" : ""));
        }
        Collections.sort(times);
        Collections.sort(firstTimes);
        if (!firstTimes.isEmpty()) {
            System.out.printf(Locale.ROOT, "the edited note's page over %d edits: median %.0f ms, worst %.0f ms%n",
                    firstTimes.size(), firstTimes.get(firstTimes.size() / 2), firstTimes.get(firstTimes.size() - 1));
        }
        System.out.printf(Locale.ROOT, "one-note rebuild (whole site) over %d edits: median %.0f ms, worst %.0f ms%n",
                runs, times.get(times.size() / 2), times.get(times.size() - 1));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
