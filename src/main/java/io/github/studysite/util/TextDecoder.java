package io.github.studysite.util;

import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a note's bytes into text with {@code \n} line endings. UTF-8 (with or without BOM) and UTF-16 with BOM are
 * read as they are; legacy Korean files saved by Windows tools (CP949, a superset of EUC-KR) are read when the bytes
 * are valid CP949, not valid UTF-8, and unmistakably Korean (nearly all of their two-byte characters in the common
 * EUC-KR range), with a warning that says so; anything else is an error that names the fix. Files with NUL bytes are
 * binary and skipped with a warning — a stray image named {@code .md} must not fail a build — unless they are plainly
 * UTF-16 text saved without a byte order mark (NUL in every other byte), which is read with a warning.
 */
public final class TextDecoder {

    static final Charset CP949 = Charset.forName("x-windows-949");

    private TextDecoder() {
    }

    /**
     * Reads and decodes a text file of the content folder, refusing one too large to hold in memory.
     *
     * @return empty when the file is too large, unreadable, empty, binary or undecodable (reported)
     */
    public static Optional<String> read(Path file, String display, long maxBytes, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.error(Stage.SOURCE, display, 0, 0, "file too large: " + size / (1024 * 1024) + " MB (the limit "
                        + "is " + maxBytes / (1024 * 1024) + " MB); split it, or move it out of the content folder");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            problems.error(Stage.SOURCE, display, 0, 0, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        if (bytes.length == 0) {
            problems.warn(Stage.SOURCE, display, 0, 0, "skipped: empty file");
            return Optional.empty();
        }
        return decode(bytes, display, problems);
    }

    /** The decoded text, or empty when the file was skipped or unreadable (a problem has been reported). */
    public static Optional<String> decode(byte[] bytes, String path, Problems problems) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8).map(TextDecoder::normaliseNewlines)
                    .or(() -> {
                        Position at = firstNonUtf8(bytes, 3);
                        problems.error(Stage.SOURCE, path, at.line(), at.column(), "file starts with a UTF-8 byte order "
                                + "mark but is not valid UTF-8 from here on; save it again as UTF-8");
                        return Optional.empty();
                    });
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            Optional<String> text = strict(bytes, 2, utf16);
            if (text.isPresent()) {
                problems.warn(Stage.SOURCE, path, 0, 0, "read as " + utf16.name() + " (byte order mark); UTF-8 is "
                        + "recommended");
                return text.map(TextDecoder::normaliseNewlines);
            }
        }
        if (indexOfNul(bytes) >= 0) {
            Optional<Charset> utf16 = utf16WithoutBom(bytes);
            Optional<String> text = utf16.flatMap(charset -> strict(bytes, 0, charset))
                    .filter(TextDecoder::plausibleText);
            if (text.isPresent()) {
                problems.warn(Stage.SOURCE, path, 0, 0, "read as " + utf16.get().name() + " (no byte order mark); save "
                        + "the file as UTF-8 to silence this warning");
                return text.map(TextDecoder::normaliseNewlines);
            }
            problems.warn(Stage.SOURCE, path, 0, 0, "skipped: binary file (contains NUL bytes), not a text note");
            return Optional.empty();
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.map(TextDecoder::normaliseNewlines);
        }
        Optional<String> legacy = strict(bytes, 0, CP949);
        if (legacy.isPresent() && containsHangul(legacy.get()) && looksLikeEucKr(bytes)) {
            problems.warn(Stage.SOURCE, path, 0, 0, "not UTF-8; read as Korean CP949/EUC-KR. Save the file as UTF-8 "
                    + "to silence this warning");
            return legacy.map(TextDecoder::normaliseNewlines);
        }
        Position at = firstNonUtf8(bytes, 0);
        if (legacy.isPresent() && containsHangul(legacy.get())) {
            problems.error(Stage.SOURCE, path, at.line(), at.column(), "cannot tell the encoding: the file is not UTF-8, and only partly "
                    + "reads as Korean CP949/EUC-KR; open it in an editor that shows the right text and save it as "
                    + "UTF-8");
            return Optional.empty();
        }
        problems.error(Stage.SOURCE, path, at.line(), at.column(), "cannot decode the file: it is neither UTF-8 nor "
                + "Korean CP949/EUC-KR; save it as UTF-8");
        return Optional.empty();
    }

    /**
     * Whether the non-ASCII bytes read as Korean text would: in Korean written in CP949, nearly every two-byte
     * character is one of the 2,350 common syllables and symbols of EUC-KR (both bytes 0xA1–0xFE); Latin-1 or
     * random bytes that happen to be valid CP949 land mostly in its rare extension range instead.
     */
    static boolean looksLikeEucKr(byte[] bytes) {
        int common = 0;
        int other = 0;
        for (int i = 0; i < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                continue;
            }
            int trail = i + 1 < bytes.length ? bytes[i + 1] & 0xFF : 0;
            if (lead >= 0xA1 && lead <= 0xFE && trail >= 0xA1 && trail <= 0xFE) {
                common++;
            } else {
                other++;
            }
            i++;
        }
        return common > 0 && common >= 9 * other;
    }

    /**
     * UTF-16 without a byte order mark, recognised by its NUL bytes: text that is mostly ASCII (Markdown syntax,
     * spaces, line breaks) has a NUL in every other byte, on one side only. Empty when the pattern is not clear.
     */
    static Optional<Charset> utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return Optional.empty();
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = bytes.length / 2;
        if (oddNul * 10 >= pairs * 3 && evenNul == 0) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenNul * 10 >= pairs * 3 && oddNul == 0) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /**
     * Text, not numbers that happen to decode: it has spaces or line breaks, and hardly any control characters
     * (besides tabs and line breaks), unassigned or private-use code points.
     */
    private static boolean plausibleText(String text) {
        long bad = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            space |= c == ' ' || c == '\n';
            int type = Character.getType(c);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f'
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                bad++;
            }
        }
        return space && bad * 100 <= text.length();
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** CRLF and lone CR become LF, so line numbers match what editors show and no later stage sees {@code \r}. */
    public static String normaliseNewlines(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // String's own decoder is much faster; it turns malformed input into U+FFFD, so only a file with one (or
            // one that writes it) needs the strict decoder to tell which
            String text = new String(bytes, offset, bytes.length - offset, charset);
            if (text.indexOf('\uFFFD') < 0) {
                return Optional.of(text);
            }
        }
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

    /**
     * Where the first byte that is not UTF-8 sits, as an editor shows it: its line, and its column counted in the
     * characters before it on that line, which are valid UTF-8.
     */
    static Position firstNonUtf8(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        out.flip();
        int line = 1;
        int column = 1;
        for (int i = 0; i < out.limit(); i++) {
            char c = out.get(i);
            if (c == '\n' || c == '\r' && (i + 1 == out.limit() || out.get(i + 1) != '\n')) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return new Position(line, column);
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
