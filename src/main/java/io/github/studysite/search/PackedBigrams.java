package io.github.studysite.search;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * The distinct bigrams of one chunk of the index, sorted, held as the differences between neighbours in a
 * variable-length byte encoding (seven bits a byte, low bits first) instead of 64-bit longs. The index keeps every
 * chunk's bigrams while it builds the postings (and a preview session keeps them to update the postings note by
 * note), as eight bytes a bigram, at the moment the heap is fullest. Sorted bigrams of
 * one text are close together (most neighbours share their first character, so the difference is that of the second
 * code point), and most differences take one to three bytes.
 */
final class PackedBigrams {

    static final PackedBigrams EMPTY = new PackedBigrams(new byte[0], 0);

    private final byte[] bytes;
    private final int size;

    private PackedBigrams(byte[] bytes, int size) {
        this.bytes = bytes;
        this.size = size;
    }

    /** @param sorted distinct bigrams in ascending order (as {@link BigramSet#sorted()} gives them) */
    static PackedBigrams of(long[] sorted) {
        if (sorted.length == 0) {
            return EMPTY;
        }
        byte[] out = new byte[sorted.length * 3];
        int n = 0;
        long previous = 0;
        for (int i = 0; i < sorted.length; i++) {
            long value = sorted[i];
            long delta = value - previous;
            if (value < 0 || i > 0 && delta <= 0) {
                throw new IllegalArgumentException("bigrams not sorted and distinct at index " + i);
            }
            previous = value;
            if (n + 10 > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, n + 10));
            }
            while ((delta & ~0x7FL) != 0) {
                out[n++] = (byte) (delta & 0x7F | 0x80);
                delta >>>= 7;
            }
            out[n++] = (byte) delta;
        }
        return new PackedBigrams(Arrays.copyOf(out, n), sorted.length);
    }

    /** How many bigrams. */
    int size() {
        return size;
    }

    /** Each bigram, in ascending order. */
    void forEach(LongConsumer action) {
        long value = 0;
        int at = 0;
        for (int i = 0; i < size; i++) {
            long delta = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                delta |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            value += delta;
            action.accept(value);
        }
    }

    /** The bigrams as a sorted array. */
    long[] toArray() {
        long[] out = new long[size];
        int[] n = {0};
        forEach(value -> out[n[0]++] = value);
        return out;
    }

    /** The encoded size in bytes. */
    int packedSize() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackedBigrams other && size == other.size && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "PackedBigrams[" + size + " bigrams in " + bytes.length + " bytes]";
    }
}
