package io.github.studysite.util;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A text held compressed (UTF-8, deflated at the fastest level) until it is read. The build keeps every note's
 * rendered HTML from the parse stage until its page is written after the link stage; packed, it takes a fraction of
 * the memory the strings would (BENCHMARKS.md says how much). Equal texts pack to equal bytes, so a packed text
 * compares (and serves as a cache key) by its bytes.
 */
public final class PackedText {

    private final byte[] packed;
    private final int utf8Length;
    /** {@link #hashCode()}, once asked (a preview hashes every page's view, a note page's with its body); 0 until then. */
    private int hash;

    private PackedText(byte[] packed, int utf8Length) {
        this.packed = packed;
        this.utf8Length = utf8Length;
    }

    public static PackedText of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, utf8.length / 4));
            byte[] buffer = new byte[Math.min(64 * 1024, Math.max(256, utf8.length))];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new PackedText(out.toByteArray(), utf8.length);
        } finally {
            deflater.end();
        }
    }

    /** The length of the text in UTF-8 bytes, known without unpacking it. */
    public int length() {
        return utf8Length;
    }

    /** The text, unpacked. */
    public String text() {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed);
            byte[] utf8 = new byte[utf8Length];
            int n = 0;
            while (n < utf8Length) {
                int read = inflater.inflate(utf8, n, utf8Length - n);
                if (read == 0 && (inflater.finished() || inflater.needsInput())) {
                    break;
                }
                n += read;
            }
            if (n != utf8Length) {
                throw new IllegalStateException("packed text is damaged: " + n + " of " + utf8Length + " bytes");
            }
            return new String(utf8, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("packed text is damaged", e);
        } finally {
            inflater.end();
        }
    }

    /** Bytes held. */
    public int packedSize() {
        return packed.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackedText other && utf8Length == other.utf8Length && Arrays.equals(packed, other.packed);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(packed);
            hash = h; // a benign race: every thread works out the same value
        }
        return h;
    }

    @Override
    public String toString() {
        return "PackedText[" + utf8Length + " bytes in " + packed.length + "]";
    }
}
