package io.github.studysite.serve;

import io.github.studysite.BuildResult;
import io.github.studysite.config.OutputGuard;
import io.github.studysite.config.SettingsLoader;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.problem.Problem;
import io.github.studysite.publish.SiteWriter;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Live preview, the core of {@code mvn site:serve} and {@code Main --serve}: builds the site with drafts and
 * private notes shown (each with its banner), serves it on {@code 127.0.0.1}, watches {@code content/} and
 * {@code templates/}, rebuilds what a change affects ({@link LiveSite}) and tells the open pages to reload
 * ({@link LiveReload}). A build that fails is shown in the browser and on the console, and the server keeps running
 * until the next save fixes it. {@link #close} (a shutdown hook on Ctrl+C) stops everything and lets a running build
 * finish first, so the site folder is never left half-updated. The preview writes a private folder beside the output
 * ({@link SiteWriter#previewFolder}), never the output itself, and deletes it when it stops: what it shows includes
 * drafts and private notes, and the published site must not, even when a later public build fails.
 */
public final class Serve implements AutoCloseable {

    /** Where the preview reports: the Maven log, or standard output and error. */
    public interface Log {
        void info(String message);

        void warn(String message);

        void error(String message);

        /** A log from three line printers. */
        static Log of(Consumer<String> info, Consumer<String> warn, Consumer<String> error) {
            return new Log() {
                @Override
                public void info(String message) {
                    info.accept(message);
                }

                @Override
                public void warn(String message) {
                    warn.accept(message);
                }

                @Override
                public void error(String message) {
                    error.accept(message);
                }
            };
        }
    }

    /** How long the watched folders must be quiet before a rebuild starts. */
    static final Duration QUIET = Duration.ofMillis(120);

    private final LiveSite site;
    private final LiveReload reload = new LiveReload();
    private final Log log;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "studysite-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final Set<Path> pending = new LinkedHashSet<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    private boolean scheduled;
    private volatile boolean started;
    private Set<String> warningsShown = Set.of();
    private SiteServer server;
    private ContentWatcher watcher;
    private final Path previewFolder;
    private final Path published;

    private Serve(SiteConfig config, Path previewFolder, Path published, Log log) {
        this.previewFolder = previewFolder;
        this.published = published;
        // the first build of a large site says how far it got; rebuilds report one line each instead
        this.site = new LiveSite(config, message -> {
            if (!started) {
                log.info(message);
            }
        });
        this.log = log;
    }

    /**
     * Builds, starts the server and the watcher, and returns; {@link #await} blocks until {@link #close}.
     *
     * @param config what to build; drafts and private notes are shown whatever it says
     * @param port   the port on 127.0.0.1, or 0 for any free one
     * @throws IOException when the port is taken or the folders cannot be watched
     */
    public static Serve start(SiteConfig config, int port, Log log) throws IOException {
        return start(config, port, log, ServerLimits.DEFAULT);
    }

    /** {@link #start(SiteConfig, int, Log)} with other limits per client, so tests need not wait for the defaults. */
    static Serve start(SiteConfig config, int port, Log log, ServerLimits limits) throws IOException {
        java.util.Optional<String> refused = OutputGuard.refusal(config);
        if (refused.isPresent()) {
            throw new IOException(SettingsLoader.displayPath(config, config.outputDir()) + ": " + refused.get());
        }
        Path folder = SiteWriter.previewFolder(config.outputDir());
        Serve serve = new Serve(config.withDrafts(true).withOutputDir(folder.resolve("site")), folder,
                config.outputDir(), log);
        try {
            serve.begin(port, limits);
        } catch (IOException | RuntimeException e) {
            serve.close();
            throw e;
        }
        return serve;
    }

    private void begin(int port, ServerLimits limits) throws IOException {
        LiveBuild first = site.rebuild(List.of());
        started = true;
        report(first, "");
        reload.publish(first);
        try {
            server = SiteServer.start(site, reload, port, limits);
        } catch (BindException e) {
            throw new BindException("port " + port + " on 127.0.0.1 is in use (" + e.getMessage()
                    + "); choose another with -Dstudysite.port=… or --port …");
        }
        SiteConfig config = site.config();
        watcher = new ContentWatcher(List.of(config.contentDir(), config.templatesDir()), config.outputDir(), QUIET,
                this::schedule);
        log.info("Serving " + url() + " — drafts and private notes included; watching "
                + SettingsLoader.displayPath(config, config.contentDir()) + "/ and "
                + SettingsLoader.displayPath(config, config.templatesDir()) + "/ (the preview has a folder of its own; "
                + SettingsLoader.displayPath(config, published) + "/ is left as it was). Press Ctrl+C to stop.");
    }

    /** The site's address, e.g. {@code http://127.0.0.1:4000/}. */
    public URI url() {
        return server.url();
    }

    /** Connections the server holds open now. */
    int connections() {
        return server.connections();
    }

    /** The last build. */
    public LiveBuild last() {
        return site.last();
    }

    private void schedule(Set<Path> changes) {
        synchronized (pending) {
            pending.addAll(changes);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        builder.execute(this::rebuildPending);
    }

    private void rebuildPending() {
        while (true) {
            Set<Path> batch;
            synchronized (pending) {
                if (pending.isEmpty()) {
                    scheduled = false;
                    return;
                }
                batch = new LinkedHashSet<>(pending);
                pending.clear();
            }
            try {
                LiveBuild build = site.rebuild(batch, early -> {
                    log.info(String.format("Updated %s in %d ms; rebuilding the rest of the site",
                            String.join(", ", new TreeSet<>(early.changed())), early.result().elapsed().toMillis()));
                    reload.publish(early);
                });
                report(build, describe(batch));
                reload.publish(build);
            } catch (RuntimeException | StackOverflowError e) {
                // the rebuild thread must outlive any one bad build, or the preview silently stops updating
                log.error("Rebuild failed unexpectedly, the server keeps the last site: " + e);
            }
        }
    }

    private String describe(Set<Path> changes) {
        Path base = site.config().baseDir();
        List<String> names = changes.stream().limit(3)
                .map(p -> p.startsWith(base) ? base.relativize(p).toString().replace('\\', '/') : p.toString())
                .toList();
        return String.join(", ", names) + (changes.size() > 3 ? " and " + (changes.size() - 3) + " more" : "");
    }

    /** Every error; warnings only the first time they appear, so a rebuild does not repeat the same list. */
    private void report(LiveBuild build, String cause) {
        BuildResult result = build.result();
        Set<String> warnings = new HashSet<>();
        for (Problem problem : result.problems()) {
            if (problem.isError()) {
                log.error(problem.toString());
            } else {
                warnings.add(problem.toString());
                if (!warningsShown.contains(problem.toString())) {
                    log.warn(problem.toString());
                }
            }
        }
        warningsShown = warnings;
        long ms = result.elapsed().toMillis();
        if (!result.success()) {
            log.error(String.format("Build %d failed with %d error(s) in %d ms%s; the browser shows them until they are"
                    + " fixed", build.number(), result.errorCount(), ms, cause.isEmpty() ? "" : " (" + cause + ")"));
        } else if (build.number() == 1) {
            log.info(result.summary().line());
        } else {
            String files = build.wroteEverything() ? "the whole site"
                    : build.changed().size() + " file(s)" + (build.changed().isEmpty() ? ""
                    : ": " + build.changed().stream().sorted().limit(4).collect(Collectors.joining(", "))
                    + (build.changed().size() > 4 ? ", …" : ""));
            log.info(String.format("Rebuilt in %d ms (%s): %s", ms, cause, files));
        }
    }

    /** Blocks until the preview is stopped. */
    public void await() throws InterruptedException {
        stopped.await();
    }

    /** Stops watching and serving, after letting a running build finish. Safe to call more than once. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            stopped.countDown();
            return;
        }
        if (watcher != null) {
            watcher.close();
        }
        builder.shutdown();
        try {
            if (!builder.awaitTermination(30, TimeUnit.SECONDS)) {
                builder.shutdownNow();
            }
        } catch (InterruptedException e) {
            builder.shutdownNow();
            Thread.currentThread().interrupt();
        }
        if (server != null) {
            server.close();
            log.info("Stopped serving " + server.url());
        }
        try {
            SiteWriter.removePreview(previewFolder);
        } catch (IOException e) {
            log.warn("cannot remove the preview's folder " + previewFolder + ": " + e.getMessage());
        }
        stopped.countDown();
    }
}
