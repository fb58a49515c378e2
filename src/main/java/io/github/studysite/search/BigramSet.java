package io.github.studysite.search;

import java.util.Arrays;

/**
 * The distinct bigrams of one or more normalised texts, collected in an open-addressing hash table of primitive
 * longs. A chunk of the index holds a few hundred kilobytes of text but far fewer distinct bigrams: hashing each
 * bigram once and sorting only the distinct ones costs a fraction of sorting them all, and boxes nothing.
 */
final class BigramSet {

    /** Bigram 0 (two NUL code points) is the table's "empty" marker, so it is tracked on its own. */
    private boolean hasZero;
    private long[] table = new long[256];
    private int size;

    /** Adds every pair of neighbouring code points of a {@link SearchText#normalise normalised} text. */
    void addText(String normalised) {
        int previous = -1;
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            if (previous >= 0) {
                add(SearchText.pack(previous, cp));
            }
            previous = cp;
        }
    }

    void add(long bigram) {
        if (bigram == 0) {
            hasZero = true;
            return;
        }
        int mask = table.length - 1;
        int slot = hash(bigram) & mask;
        while (table[slot] != 0) {
            if (table[slot] == bigram) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = bigram;
        if (++size * 2 > table.length) {
            grow();
        }
    }

    /** The bigrams, sorted, each once. */
    long[] sorted() {
        long[] out = new long[size + (hasZero ? 1 : 0)];
        int n = 0;
        if (hasZero) {
            out[n++] = 0;
        }
        for (long v : table) {
            if (v != 0) {
                out[n++] = v;
            }
        }
        Arrays.sort(out);
        return out;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != 0) {
                add(v);
            }
        }
    }

    private static int hash(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
