package io.github.studysite.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Maps a request path to a file of the site folder, refusing anything that could reach outside it: {@code ..}
 * segments (also percent-encoded, {@code %2e%2e}), encoded slashes and backslashes ({@code %2f}, {@code %5c}), NUL,
 * malformed encodings, hidden files ({@code .studysite}), and symbolic links anywhere on the way. The preview server
 * binds to loopback only, but a page open in the browser can still be made to request any URL of it, so the checks
 * are the same as for a public server.
 */
final class SiteFiles {

    /** How a request path resolves. */
    sealed interface Resolution {
    }

    /** A regular file of the site; {@code sitePath} is relative to the site root ({@code notes/a/index.html}). */
    record Found(Path file, String sitePath) implements Resolution {
    }

    /** A folder requested without its trailing slash: the browser should come back at {@code location}. */
    record Redirect(String location) implements Resolution {
    }

    /** Refused (403): the path tries to leave the site or to go through a link. */
    record Refused(String reason) implements Resolution {
    }

    /** Nothing there (404). */
    record Missing() implements Resolution {
    }

    private final Path root;
    private final String base;

    /**
     * @param root the site folder
     * @param base the URL path the site is served under ({@code ""} or {@code /repo}), as in {@code baseurl}
     */
    SiteFiles(Path root, String base) {
        this.root = root.toAbsolutePath().normalize();
        this.base = base == null ? "" : base;
    }

    Resolution resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return new Refused("not an absolute path");
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rawPath.indexOf('\\') >= 0) {
            return new Refused("encoded separator or NUL");
        }
        String decoded;
        try {
            decoded = decode(rawPath);
        } catch (IllegalArgumentException e) {
            return new Refused("malformed percent-encoding");
        }
        if (decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0) {
            return new Refused("NUL or backslash");
        }
        String[] segments = decoded.split("/", -1);
        for (String segment : segments) {
            if (segment.equals("..") || segment.equals(".")) {
                return new Refused("dot segment");
            }
        }
        String path = decoded;
        if (!base.isEmpty()) {
            if (path.equals("/")) {
                return new Redirect(base + "/");
            }
            if (path.equals(base)) {
                return new Redirect(rawPath + "/");
            }
            if (!path.startsWith(base + "/")) {
                return new Missing();
            }
            path = path.substring(base.length());
        }
        String relative = path.substring(1);
        for (String segment : relative.split("/")) {
            if (segment.startsWith(".")) {
                return new Missing();
            }
        }
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root)) {
            return new Refused("outside the site");
        }
        if (throughLink(target)) {
            return new Refused("symbolic link");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!relative.isEmpty() && !relative.endsWith("/")) {
                return new Redirect(rawPath + "/");
            }
            target = target.resolve("index.html");
            relative = relative + "index.html";
            if (throughLink(target)) {
                return new Refused("symbolic link");
            }
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return new Missing();
        }
        return new Found(target, relative);
    }

    /** Whether the path from the root to {@code target} passes through a symbolic link (or is one). */
    private boolean throughLink(Path target) {
        Path at = target;
        while (at != null && at.startsWith(root) && !at.equals(root)) {
            if (Files.isSymbolicLink(at)) {
                return true;
            }
            at = at.getParent();
        }
        return false;
    }

    /** Strict percent-decoding to UTF-8: {@code +} stays a plus (it is a path), bad escapes and bytes are refused. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("bad escape");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    utf8 = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
    }
}
