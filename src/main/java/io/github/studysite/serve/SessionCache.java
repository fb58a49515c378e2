package io.github.studysite.serve;

import io.github.studysite.cache.BuildCache;
import io.github.studysite.cache.BuildOutput;
import io.github.studysite.cache.Fingerprint;
import io.github.studysite.problem.Problem;
import io.github.studysite.problem.Problems;
import io.github.studysite.write.SiteWriter;

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
 * What a preview session keeps between its builds: the memoised per-note work with the problems it reported, a
 * fingerprint of the stamp every output file was made from, the search index's postings, and which files the site
 * folder holds.
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
    /** The fingerprint of the stamp each file of this build was made from ({@link Fingerprint}), not the stamp. */
    private volatile Map<String, Long> pending = new ConcurrentHashMap<>();
    private final Map<String, Object> states = new ConcurrentHashMap<>();
    /** The fingerprints of the files the site folder holds; replaced by a whole build's, updated by a partial one's. */
    private Map<String, Long> written = new ConcurrentHashMap<>();
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
        Long fingerprint = Fingerprint.of(stamp);
        pending.put(path, fingerprint);
        return current instanceof LiveOutput && fingerprint.equals(written.get(path));
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
     * Opens the output of a build that writes only some pages over the site the last build committed: the files it
     * does not write stay as they are, and their stamps stay trusted.
     */
    @Override
    public BuildOutput openPart(Path outputDir) {
        if (files == null || !Files.isRegularFile(outputDir.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalStateException("no committed site to update in part");
        }
        current = new LiveOutput(outputDir, files, writeLock, true);
        return current;
    }

    /** The ids memoised for {@code step}, sorted; empty before the first build. */
    List<String> ids(String step) {
        String prefix = key(step, "");
        return slots.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .sorted().toList();
    }

    private static String key(String step, String id) {
        return step + '\u0000' + id;
    }

    /** Whether a committed site is there to be updated in part ({@link #openPart}). */
    boolean holdsSite() {
        return files != null;
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
     * Ends a whole build: commits its stamps if it committed, drops stale slots, and tells what the build changed.
     *
     * @return the site files the build wrote or deleted; null when it rewrote the whole site; empty when it wrote
     *         nothing (no change, or the build failed)
     */
    Set<String> finish() {
        return finish(false);
    }

    /**
     * Ends a build, whole or partial ({@link #openPart}). A partial build asks for less than the site needs, so what
     * it did not ask for (the slots of the notes after the edited one, the search index's) stays, and its failing
     * drops no stage state: it writes none. This is decided by the caller, not by whether the build got as far as
     * opening its output: a partial build that stops at an error never opens it.
     */
    Set<String> finish(boolean partial) {
        Set<String> changed = Set.of();
        if (current != null && current.committed()) {
            if (partial) { // the files it did not write are still the ones the earlier stamps describe
                written.putAll(pending);
            } else { // handed over, not copied: at 10,000 notes a copy of 240,000 entries took longer than a page
                written = pending;
            }
            files = current.files();
            changed = current instanceof LiveOutput live ? live.changed() : null;
        } else if (current != null && !partial) {
            states.clear();
        }
        if (!partial) {
            slots.keySet().retainAll(used);
        }
        used = ConcurrentHashMap.newKeySet();
        pending = new ConcurrentHashMap<>();
        current = null;
        return changed;
    }
}
