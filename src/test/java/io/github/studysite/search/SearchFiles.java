package io.github.studysite.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Reads a search file as {@code assets/texts.js} does, for tests that look at what the index holds. */
public final class SearchFiles {

    private static final Pattern CHUNK = Pattern.compile(
            "studysiteSearch\\.chunk\\((\"(?:[^\"\\\\]|\\\\.)*\"),\"([^\"]*)\"\\);\n");

    private SearchFiles() {
    }

    /** The file's chunks, each as {@code studysiteSearch.chunk(name,{…});} and a line, its JSON unpacked. */
    public static String read(Path file) {
        try {
            return unpack(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A chunk of one section with this text, packed at a {@link java.util.zip.Deflater} level as the index does. */
    public static String packedSection(String text, int level) {
        StringBuilder json = new StringBuilder("{\"t\":\"x\",\"h\":\"notes/x/index.html\",\"e\":[[\"h\",\"\",\"\",");
        io.github.studysite.util.Json.string(json, text);
        return Deflated.base64(json.append("]]}").toString(), level);
    }

    /** The type of the first block of packed data (0 stored, 1 fixed codes, 2 dynamic codes). */
    public static int firstBlockType(String packed) {
        return Base64.getDecoder().decode(packed)[0] >> 1 & 3;
    }

    /** A search file's script with each chunk's JSON unpacked. */
    public static String unpack(String script) {
        Matcher m = CHUNK.matcher(script);
        StringBuilder out = new StringBuilder();
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                throw new AssertionError("not a chunk at " + end + ": " + script.substring(end, m.start()));
            }
            out.append("studysiteSearch.chunk(").append(m.group(1)).append(',').append(inflate(m.group(2)))
                    .append(");\n");
            end = m.end();
        }
        if (end != script.length()) {
            throw new AssertionError("not a chunk at " + end);
        }
        return out.toString();
    }

    private static String inflate(String base64) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(Base64.getDecoder().decode(base64));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsInput()) {
                    throw new AssertionError("deflate data ends early");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new AssertionError(e);
        } finally {
            inflater.end();
        }
    }
}
