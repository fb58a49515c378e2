package io.github.studysite.publish;

import java.util.Arrays;
import java.util.Collection;

/**
 * The ids of one page, kept as sorted 64-bit hashes rather than strings: the link check holds the ids of every page
 * of the site until the last page is written, and a large site has millions of them.
 * Eight bytes an id keeps that small; two different ids sharing a 64-bit hash is too unlikely to matter (and would
 * only hide one broken anchor, never report a good one).
 */
final class IdSet {

    static final IdSet EMPTY = new IdSet(new long[0]);

    private final long[] hashes;

    private IdSet(long[] hashes) {
        this.hashes = hashes;
    }

    static IdSet of(Collection<String> ids) {
        long[] hashes = new long[ids.size()];
        int i = 0;
        for (String id : ids) {
            hashes[i++] = hash(id);
        }
        Arrays.sort(hashes);
        return new IdSet(hashes);
    }

    boolean contains(String id) {
        return containsHash(hash(id));
    }

    /** Whether an id with this {@link #hash} is on the page. */
    boolean containsHash(long hash) {
        return Arrays.binarySearch(hashes, hash) >= 0;
    }

    int size() {
        return hashes.length;
    }

    /** Equal when they hold the same ids, so that pages with the same ids can share one set. */
    @Override
    public boolean equals(Object o) {
        return o instanceof IdSet other && Arrays.equals(hashes, other.hashes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hashes);
    }

    /** 64-bit FNV-1a over the UTF-16 units. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
