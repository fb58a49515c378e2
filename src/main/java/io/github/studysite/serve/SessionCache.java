package io.github.studysite.serve;

import io.github.studysite.cache.BuildCache;
import io.github.studysite.cache.BuildOutput;
import io.github.studysite.problem.Problem;
import io.github.studysite.problem.Problems;
import io.github.studysite.publish.SiteWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a preview session keeps between its builds: the memoised per-note work with the problems it reported, the
 * hash of the stamp every output file was made from, the search index's postings, and which files the site folder
 * holds.
 *
 * <p>The first build of a session (and any build while the folder's content is unknown) writes through a
 * {@link SiteWriter} — staging folder, swap, every safety check of a one-off build — and records every file it
 * wrote. Later builds update the folder in place through a {@link LiveOutput}, keeping each file whose stamp is
 * unchanged. Stamps are only trusted once the build that made them committed; after a build that started writing
 * but did not commit, the stage states are dropped too, since they may describe files that were never written.
 */
final class SessionCache implements BuildCache {

    private record Slot(Object stamp, Object value, List<Problem> problems) {
    }

    private final Lock writeLock;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    /** Replaced, not cleared, after each build: clearing walks a table sized for the largest build. */
    private volatile Set<String> used = ConcurrentHashMap.newKeySet();
    /**
     * The hash of the stamp each file of this build was made from, not the stamp: a stamp is a page's whole view, and
     * the session would otherwise hold every page's data. Two different views with one hash leave that page stale
     * until its view changes again.
     */
    private volatile Map<String, Integer> pending = new ConcurrentHashMap<>();
    private final Map<String, Object> states = new ConcurrentHashMap<>();
    /** The hashes of the files the site folder holds; replaced by a whole build's, updated by an early part's. */
    private Map<String, Integer> written = new ConcurrentHashMap<>();
    private Set<String> files;
    private SessionOutput current;

    /** @param writeLock held while a build's files are moved into the site folder */
    SessionCache(Lock writeLock) {
        this.writeLock = writeLock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V memo(String step, String id, Object stamp, Problems problems, Function<Problems, V> compute) {
        String key = key(step, id);
        used.add(key);
        Slot slot = slots.get(key);
        if (slot != null && Objects.equals(slot.stamp(), stamp)) {
            slot.problems().forEach(problems::add);
            return (V) slot.value();
        }
        Problems own = new Problems();
        V value = compute.apply(own);
        List<Problem> reported = own.sorted();
        reported.forEach(problems::add);
        slots.put(key, new Slot(stamp, value, reported));
        return value;
    }

    @Override
    public boolean keep(String path, Object stamp) {
        Integer hash = stamp.hashCode();
        pending.put(path, hash);
        return current instanceof LiveOutput && hash.equals(written.get(path));
    }

    @Override
    public BuildOutput open(Path outputDir, boolean force) throws IOException {
        if (files != null && !Files.isRegularFile(outputDir.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS)) {
            files = null; // the folder was deleted or replaced behind the session's back: write it whole again
            written = new ConcurrentHashMap<>();
        }
        current = files == null ? new RecordingOutput(SiteWriter.open(outputDir, force), writeLock)
                : new LiveOutput(outputDir, files, writeLock);
        return current;
    }

    /**
     * Writes some of the site's files over the site the last build committed, in the middle of a build (a preview's
     * edited note, before the rest of the site is rendered): the files {@code write} does not write stay as they are,
     * and their stamps stay trusted; the stamps of those it writes are committed with them, so the build that goes on
     * keeps them when it makes them the same.
     *
     * @return the files it changed; empty when it changed none or failed
     */
    Set<String> writePart(Path outputDir, java.util.function.Consumer<BuildOutput> write) {
        if (files == null || !Files.isRegularFile(outputDir.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return Set.of();
        }
        Map<String, Integer> building = pending;
        pending = new ConcurrentHashMap<>();
        LiveOutput part = new LiveOutput(outputDir, files, writeLock, true);
        SessionOutput whole = current;
        current = part;
        try {
            write.accept(part);
            part.commit();
            written.putAll(pending);
            files = part.files();
            return part.changed();
        } catch (IOException | RuntimeException e) {
            part.close();
            return Set.of(); // the whole build goes on and reports what is wrong
        } finally {
            pending = building;
            current = whole;
        }
    }

    private static String key(String step, String id) {
        return step + '\u0000' + id;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S> S state(String name, Supplier<S> fresh) {
        return (S) states.computeIfAbsent(name, k -> fresh.get());
    }

    /** Forgets one memoised result, e.g. a note file the watcher saw change. */
    void forget(String step, String id) {
        slots.remove(key(step, id));
    }

    /** Forgets every output stamp (the theme or the site settings changed): every page is rendered again. */
    void forgetOutputs() {
        written = new ConcurrentHashMap<>();
    }

    /**
     * Ends a build: commits its stamps if it committed, drops stale slots, and tells what the build changed.
     *
     * @return the site files the build wrote or deleted; null when it rewrote the whole site; empty when it wrote
     *         nothing (no change, or the build failed)
     */
    Set<String> finish() {
        Set<String> changed = Set.of();
        if (current != null && current.committed()) {
            // handed over, not copied: copying every file's entry would cost more than the pages an edit renders
            written = pending;
            files = current.files();
            changed = current instanceof LiveOutput live ? live.changed() : null;
        } else if (current != null) {
            states.clear();
        }
        slots.keySet().retainAll(used);
        used = ConcurrentHashMap.newKeySet();
        pending = new ConcurrentHashMap<>();
        current = null;
        return changed;
    }
}
