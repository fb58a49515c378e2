package io.github.studysite.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A text as the index files carry it: UTF-8, raw DEFLATE (RFC 1951, no zlib header) and base 64, which
 * {@code assets/texts.js} reads back with {@code atob} and the browser's {@code DecompressionStream("deflate-raw")}.
 * A script can hold only text, and a browser reads a script from {@code file://} where it refuses {@code fetch}; the
 * note text deflates to a fraction of its size, which more than pays for base 64's third.
 */
final class Deflated {

    private Deflated() {
    }

    static String base64(String text) {
        return base64(text, Deflater.DEFAULT_COMPRESSION);
    }

    /** At a given level: {@link Deflater#NO_COMPRESSION} writes stored blocks, which a reader must read too. */
    static String base64(String text, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, text.length() / 2));
        Deflater deflater = new Deflater(level, true);
        try (DeflaterOutputStream deflating = new DeflaterOutputStream(out, deflater, 64 * 1024)) {
            deflating.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
