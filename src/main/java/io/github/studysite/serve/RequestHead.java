package io.github.studysite.serve;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The head of one HTTP/1.x request (RFC 9112): request line and header fields, read strictly. Anything a
 * well-behaved client never sends (whitespace before a colon, folded lines, control characters, a second
 * {@code Host}) is refused rather than guessed at, so that no two readers of the same bytes can disagree about the
 * request.
 *
 * @param method  {@code GET}, as sent
 * @param target  the request target, raw (still percent-encoded)
 * @param version {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param headers field values by lower-case name, in arrival order
 */
record RequestHead(String method, String target, String version, Map<String, List<String>> headers) {

    /** A request answered with {@code status} and then the connection closed. */
    static final class Refused extends IOException {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** The first value of a header field, or null. */
    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? null : values.get(0);
    }

    /**
     * Whether the connection stays open after the response: HTTP/1.1 unless the client says {@code close}; never for
     * HTTP/1.0, whose keep-alive would need a response header of its own.
     */
    boolean keepAlive() {
        String connection = header("connection");
        String tokens = connection == null ? "" : "," + connection.toLowerCase(Locale.ROOT).replace(" ", "") + ",";
        return "HTTP/1.1".equals(version) && !tokens.contains(",close,");
    }

    /** Whether a body follows the head; the server never reads one and closes the connection instead. */
    boolean hasBody() {
        String length = header("content-length");
        return headers.containsKey("transfer-encoding") || (length != null && !length.equals("0"));
    }

    /**
     * Reads one request head.
     *
     * @return the head, or null when the client closed the connection or stayed silent before sending a byte
     * @throws Refused 400 for a malformed head, 408 when the client stopped half-way, 414 for a request line and
     *                 431 for header fields longer than {@code maxBytes}, 505 for another HTTP version
     */
    static RequestHead read(InputStream in, int maxBytes) throws IOException {
        Reader reader = new Reader(in, maxBytes);
        String line;
        try {
            int skipped = 0;
            do {
                line = reader.line(414);
            } while (line != null && line.isEmpty() && skipped++ < 2); // RFC 9112 2.2: a stray CRLF may precede
            if (line == null) {
                return null;
            }
        } catch (SocketTimeoutException e) {
            if (reader.count == 0) {
                return null;
            }
            throw new Refused(408, "request line not finished in time");
        }
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || !isToken(parts[0]) || !isTarget(parts[1])) {
            throw new Refused(400, "malformed request line");
        }
        String version = parts[2];
        if (!version.matches("HTTP/\\d\\.\\d")) {
            throw new Refused(400, "malformed HTTP version");
        }
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            throw new Refused(505, version + " is not supported");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int fields = 0;
        try {
            while (!(line = reader.line(431)).isEmpty()) {
                if (++fields > ServerLimits.MAX_HEADER_FIELDS) {
                    throw new Refused(431, "more than " + ServerLimits.MAX_HEADER_FIELDS + " header fields");
                }
                int colon = line.indexOf(':');
                if (colon <= 0 || !isToken(line.substring(0, colon))) {
                    throw new Refused(400, "malformed header field");
                }
                String value = line.substring(colon + 1).strip();
                if (!isFieldValue(value)) {
                    throw new Refused(400, "control character in a header field");
                }
                headers.computeIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(value);
            }
        } catch (SocketTimeoutException e) {
            throw new Refused(408, "header fields not finished in time");
        }
        List<String> host = headers.get("host");
        if (host == null ? version.equals("HTTP/1.1") : host.size() > 1) {
            throw new Refused(400, "HTTP/1.1 needs exactly one Host header");
        }
        List<String> length = headers.get("content-length");
        if (length != null && (length.size() > 1 || !length.get(0).matches("\\d{1,18}"))) {
            throw new Refused(400, "malformed Content-Length");
        }
        return new RequestHead(parts[0], parts[1], version, headers);
    }

    /** Reads lines of ISO-8859-1 bytes ending in LF (a CR before it dropped), counting every byte of the head. */
    private static final class Reader {
        private final InputStream in;
        private final int max;
        private final StringBuilder line = new StringBuilder(128);
        int count;

        Reader(InputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        /** The next line; null at end of stream before any byte of the head; throws Refused({@code tooLong}). */
        String line(int tooLong) throws IOException {
            line.setLength(0);
            while (true) {
                int b = in.read();
                if (b < 0) {
                    if (count == 0) {
                        return null;
                    }
                    throw new EOFException("the client closed the connection half-way through a request");
                }
                if (++count > max) {
                    throw new Refused(tooLong, tooLong == 414 ? "request line longer than " + max + " bytes"
                            : "request head longer than " + max + " bytes");
                }
                if (b == '\n') {
                    int end = line.length();
                    if (end > 0 && line.charAt(end - 1) == '\r') {
                        line.setLength(end - 1);
                    }
                    if (line.length() > 0 && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && tooLong == 431) {
                        throw new Refused(400, "folded header lines are not accepted");
                    }
                    return line.toString();
                }
                if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
                    throw new Refused(400, "a bare CR in the request head");
                }
                line.append((char) b);
            }
        }
    }

    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$%&'*+-.^_`|~".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Visible ASCII only: a target with spaces, controls or raw non-ASCII bytes is not what any browser sends. */
    private static boolean isTarget(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFieldValue(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' && c != '\t' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
