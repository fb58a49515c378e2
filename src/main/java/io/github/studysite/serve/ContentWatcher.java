package io.github.studysite.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders and everything below them ({@code content/}, {@code templates/}) and reports changed paths in
 * batches: an editor's save is often several events (write to a temporary file, rename, delete a backup), and a
 * {@code git checkout} is hundreds, so events are collected until the folders have been quiet for a moment, then
 * handed over at once. Folders created later are watched as they appear; a folder that does not exist yet is
 * watched for from its parent. Hidden folders ({@code .git}) and the site folder are not watched. When the system
 * drops events (overflow), the roots themselves are reported, which callers take as "anything may have changed".
 */
final class ContentWatcher implements AutoCloseable {

    private final WatchService service;
    private final List<Path> roots;
    private final Path ignored;
    private final Duration quiet;
    private final Consumer<Set<Path>> onChange;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    /**
     * @param roots    folders to watch recursively (they need not exist yet)
     * @param ignored  a folder never to report (the site output), or null
     * @param quiet    how long the folders must be quiet before a batch is reported
     * @param onChange receives each batch, on the watcher's thread
     */
    ContentWatcher(List<Path> roots, Path ignored, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.ignored = ignored == null ? null : ignored.toAbsolutePath().normalize();
        this.quiet = quiet;
        this.onChange = onChange;
        for (Path root : this.roots) {
            watchRoot(root);
        }
        this.thread = new Thread(this::run, "studysite-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watchRoot(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            registerTree(root);
        } else if (root.getParent() != null && Files.isDirectory(root.getParent())) {
            register(root.getParent());
        }
    }

    private void registerTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (!d.equals(dir) && skipped(d)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                register(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        keys.put(key, dir);
    }

    private boolean skipped(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".")
                || ignored != null && path.startsWith(ignored);
    }

    private boolean watched(Path path) {
        return roots.stream().anyMatch(path::startsWith) && !skipped(path);
    }

    private void run() {
        try {
            while (!closed) {
                Set<Path> batch = new LinkedHashSet<>();
                drain(service.take(), batch);
                long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                WatchKey more;
                while (System.nanoTime() < deadline
                        && (more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more, batch);
                }
                if (!batch.isEmpty()) {
                    onChange.accept(Set.copyOf(batch));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void drain(WatchKey key, Set<Path> batch) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                batch.addAll(roots);
                continue;
            }
            if (dir == null) {
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (roots.contains(path) && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    batch.add(path);
                }
                batch.add(path);
                continue;
            }
            if (!watched(path)) {
                continue;
            }
            batch.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(path);
                    try (var files = Files.walk(path)) {
                        files.forEach(batch::add);
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    batch.addAll(roots);
                }
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
    }
}
