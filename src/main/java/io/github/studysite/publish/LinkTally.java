package io.github.studysite.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The links the theme generated that one scanning thread has seen, by target, until the last page is written and
 * they can be checked. A site links about as many distinct targets as it has stories, questions and sections (every
 * story, question and section anchor, from index pages and cross-references), so a target is kept as two 64-bit
 * hashes — of its path and of its fragment, as {@link IdSet} keeps a page's ids — in open-addressing arrays, not as
 * strings in a map: 32 to 64 bytes a target (at most three quarters of the slots filled: linear probing stays short
 * at that load, and a table kept half empty would double its size at the end of the build, when the heap is fullest)
 * instead of several hundred. For each target it keeps how many links point there and, to report it if broken, the
 * first linking page in path order. Not the URL as written there: those strings would be a large part of the build's
 * live heap, for a report that is almost always empty; {@link LinkChecker} reads the page back to quote the link
 * when one is broken.
 *
 * <p>Not thread-safe: each scanning thread has its own, and {@link LinkChecker#finish()} reads them all when the
 * scans are done.
 */
final class LinkTally {

    /** Fragment hash of a link that names no anchor to check (none, {@code #top}, a text fragment). */
    static final long NO_FRAGMENT = 0;

    /** Shortest page path first, then alphabetical: the report names the same page whichever thread scanned what. */
    static final Comparator<String> PAGE_ORDER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    private final List<String> pages = new ArrayList<>();
    private String page;
    private long[] paths = new long[1024];
    private long[] fragments = new long[1024];
    private int[] counts = new int[1024];
    private int[] origins = new int[1024];
    private int size;

    /** The page whose links follow. */
    void page(String path) {
        pages.add(path);
        page = path;
    }

    /** A link on the current page to {@code target}. */
    void add(LinkTarget target) {
        long path = IdSet.hash(target.path());
        long fragment = fragmentHash(target.fragment());
        int mask = paths.length - 1;
        int slot = slot(path, fragment) & mask;
        while (counts[slot] != 0) {
            if (paths[slot] == path && fragments[slot] == fragment) {
                counts[slot]++;
                if (PAGE_ORDER.compare(page, pages.get(origins[slot])) < 0) {
                    origins[slot] = pages.size() - 1;
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
        paths[slot] = path;
        fragments[slot] = fragment;
        counts[slot] = 1;
        origins[slot] = pages.size() - 1;
        if (++size * 4L > paths.length * 3L) {
            grow();
        }
    }

    /** Every target seen, with its link count and the first linking page. */
    void forEach(Visitor visitor) {
        for (int slot = 0; slot < paths.length; slot++) {
            if (counts[slot] != 0) {
                visitor.target(paths[slot], fragments[slot], counts[slot], pages.get(origins[slot]));
            }
        }
    }

    /** How many distinct targets. */
    int size() {
        return size;
    }

    interface Visitor {
        void target(long path, long fragment, int links, String page);
    }

    /** The hash a fragment is checked by, or {@link #NO_FRAGMENT} when any page satisfies it. */
    static long fragmentHash(String fragment) {
        return LinkChecker.anchorExists(fragment, id -> false) ? NO_FRAGMENT : IdSet.hash(fragment);
    }

    private static int slot(long path, long fragment) {
        long h = path * 31 + fragment;
        h ^= h >>> 29;
        h *= 0xbf58476d1ce4e5b9L;
        return (int) (h ^ (h >>> 32));
    }

    private void grow() {
        long[] oldPaths = paths;
        long[] oldFragments = fragments;
        int[] oldCounts = counts;
        int[] oldOrigins = origins;
        int capacity = oldPaths.length * 2;
        paths = new long[capacity];
        fragments = new long[capacity];
        counts = new int[capacity];
        origins = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldPaths.length; i++) {
            if (oldCounts[i] != 0) {
                int slot = slot(oldPaths[i], oldFragments[i]) & mask;
                while (counts[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                paths[slot] = oldPaths[i];
                fragments[slot] = oldFragments[i];
                counts[slot] = oldCounts[i];
                origins[slot] = oldOrigins[i];
            }
        }
    }

    @Override
    public String toString() {
        return "LinkTally[" + size + " targets from " + pages.size() + " pages, " + Arrays.stream(counts).sum()
                + " links]";
    }
}
