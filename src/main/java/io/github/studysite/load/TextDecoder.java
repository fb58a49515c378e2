package io.github.studysite.load;

import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a note's bytes into text with {@code \n} line endings. UTF-8 (with or without BOM) and UTF-16 with BOM are
 * read as they are; legacy Korean files saved by Windows tools (CP949, a superset of EUC-KR) are read when the bytes
 * are valid CP949 and not valid UTF-8, with a warning that says so; anything else is an error that names the fix.
 * Files with NUL bytes are binary and skipped with a warning: a stray image named {@code .md} must not fail a build.
 */
public final class TextDecoder {

    static final Charset CP949 = Charset.forName("x-windows-949");

    private TextDecoder() {
    }

    /** The decoded text, or empty when the file was skipped or unreadable (a problem has been reported). */
    public static Optional<String> decode(byte[] bytes, String path, Problems problems) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8).map(TextDecoder::normaliseNewlines)
                    .or(() -> {
                        problems.error(Stage.LOAD, path, 0, 0, "file starts with a UTF-8 byte order mark but is "
                                + "not valid UTF-8; save it again as UTF-8");
                        return Optional.empty();
                    });
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            Optional<String> text = strict(bytes, 2, utf16);
            if (text.isPresent()) {
                problems.warn(Stage.LOAD, path, 0, 0, "read as " + utf16.name() + " (byte order mark); UTF-8 is "
                        + "recommended");
                return text.map(TextDecoder::normaliseNewlines);
            }
        }
        for (byte b : bytes) {
            if (b == 0) {
                problems.warn(Stage.LOAD, path, 0, 0, "skipped: binary file (contains NUL bytes), not a text note");
                return Optional.empty();
            }
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.map(TextDecoder::normaliseNewlines);
        }
        Optional<String> legacy = strict(bytes, 0, CP949);
        if (legacy.isPresent() && containsHangul(legacy.get())) {
            problems.warn(Stage.LOAD, path, 0, 0, "not UTF-8; read as Korean CP949/EUC-KR. Save the file as UTF-8 "
                    + "to silence this warning");
            return legacy.map(TextDecoder::normaliseNewlines);
        }
        problems.error(Stage.LOAD, path, 0, 0, "cannot decode the file: it is neither UTF-8 nor Korean CP949/EUC-KR; "
                + "save it as UTF-8");
        return Optional.empty();
    }

    /** CRLF and lone CR become LF, so line numbers match what editors show and no later stage sees {@code \r}. */
    public static String normaliseNewlines(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsHangul(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }
}
