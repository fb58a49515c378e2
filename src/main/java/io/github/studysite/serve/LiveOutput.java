package io.github.studysite.serve;

import io.github.studysite.publish.SiteWriter;
import io.github.studysite.publish.WriteGate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;

/**
 * Updates a site folder in place, for preview rebuilds: copying the whole site into a fresh staging folder for
 * every edit (what {@link SiteWriter} does for a one-off build) would cost as much as the site is large, while an
 * edit changes a few files. Files are still never half-written where the server reads them: changed files are
 * written into a small staging folder beside the site, and {@link #commit} moves them into place and deletes the
 * files the new site no longer has while holding the write lock the preview server takes (as a read lock) for every
 * request. A build that fails never commits, and the site stays as the last good build left it.
 *
 * <p>A file whose new content equals the one in place is not touched, so the list of changed files tells the open
 * pages exactly which of them must reload.
 */
final class LiveOutput implements SessionOutput {

    private final Path output;
    private final Set<String> previous;
    private final Lock lock;
    private final boolean partial;
    private final Set<String> present = ConcurrentHashMap.newKeySet();
    private final Map<String, Path> staged = new ConcurrentHashMap<>();
    /** Closing waits for writes in progress and refuses later ones (a failed build's other parallel parts). */
    private final WriteGate gate = new WriteGate();
    private Path staging;
    private Set<String> changed = Set.of();
    private boolean committed;

    /**
     * @param output   the site folder, as the last committed build left it
     * @param previous every file of that site, relative to it; not copied, so not to be changed afterwards
     * @param lock     held while files are moved into place
     */
    LiveOutput(Path output, Set<String> previous, Lock lock) {
        this(output, previous, lock, false);
    }

    /**
     * @param partial the build writes only some of the site's files (the first look at an edited note): the files it
     *                does not write stay, instead of being deleted as files the new site no longer has
     */
    LiveOutput(Path output, Set<String> previous, Lock lock, boolean partial) {
        this.output = output.toAbsolutePath().normalize();
        this.previous = previous; // the session's record of the folder, which nothing changes after it is made
        this.lock = lock;
        this.partial = partial;
        present.add(SiteWriter.MARKER);
    }

    @Override
    public void write(String path, String content) {
        write(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void write(String path, byte[] content) {
        Path target = resolve(output, path);
        present.add(path);
        gate.write(path, "cannot write " + path, () -> {
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content)) {
                staged.remove(path);
                return;
            }
            Path file = resolve(staging(), path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            staged.put(path, file);
        });
    }

    @Override
    public void copy(Path source, String path) {
        Path target = resolve(output, path);
        present.add(path);
        gate.write(path, "cannot copy " + source + " to " + path, () -> {
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == Files.size(source)
                    && Files.mismatch(source, target) == -1) {
                staged.remove(path);
                return;
            }
            Path file = resolve(staging(), path);
            Files.createDirectories(file.getParent());
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
            staged.put(path, file);
        });
    }

    /** The file as the commit will leave it: the staged copy when this build wrote it, else the one in place. */
    @Override
    public java.util.Optional<String> read(String path) {
        try {
            Path staged = this.staged.get(path);
            return java.util.Optional.of(Files.readString(staged != null ? staged : resolve(output, path)));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** Counts a file of the previous build, left as it is, as part of the new site. */
    @Override
    public void keep(String path) {
        present.add(path);
    }

    /**
     * Moves the changed files into place and deletes the ones the site no longer has (none, for a partial build).
     */
    @Override
    public void commit() throws IOException {
        Set<String> gone = new TreeSet<>();
        if (!partial) {
            previous.stream().filter(path -> !present.contains(path)).forEach(gone::add);
        }
        lock.lock();
        try {
            Files.createDirectories(output);
            for (String path : new TreeSet<>(staged.keySet())) {
                Path target = resolve(output, path);
                Files.createDirectories(target.getParent());
                move(staged.get(path), target);
            }
            for (String path : gone) {
                Path target = resolve(output, path);
                if (Files.deleteIfExists(target)) {
                    pruneEmptyFolders(target.getParent());
                }
            }
        } finally {
            lock.unlock();
        }
        Set<String> all = new TreeSet<>(staged.keySet());
        all.addAll(gone);
        changed = Collections.unmodifiableSet(all);
        committed = true;
        close();
    }

    /** The files the commit wrote or deleted, relative to the site. */
    Set<String> changed() {
        return changed;
    }

    /** Every file of the site after the commit. */
    @Override
    public Set<String> files() {
        if (!partial) {
            return Collections.unmodifiableSet(present);
        }
        if (previous.containsAll(present)) { // a partial build rewrites pages that were there: nothing to copy
            return previous;
        }
        Set<String> all = new java.util.HashSet<>(previous);
        all.addAll(present);
        return Collections.unmodifiableSet(all);
    }

    @Override
    public boolean committed() {
        return committed;
    }

    /** Removes the staging folder; waits for writes in progress and refuses later ones. */
    @Override
    public void close() {
        Path folder = staging;
        try {
            gate.close(() -> {
                if (staging != null) {
                    try (var files = Files.walk(staging)) {
                        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(p);
                        }
                    }
                    staging = null;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove staging folder " + folder, e);
        }
    }

    private synchronized Path staging() throws IOException {
        if (staging == null) {
            staging = Files.createDirectory(output.resolveSibling("." + output.getFileName() + ".live-"
                    + UUID.randomUUID()));
        }
        return staging;
    }

    private void pruneEmptyFolders(Path dir) throws IOException {
        Path at = dir;
        while (at != null && at.startsWith(output) && !at.equals(output)) {
            try {
                Files.delete(at);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
            at = at.getParent();
        }
    }

    private static Path resolve(Path root, String path) {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the site folder: " + path);
        }
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
