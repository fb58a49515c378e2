package io.github.studysite.publish;

import io.github.studysite.safety.TagScanner;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a link on a generated page points inside the site: a file path relative to the output root and the fragment,
 * both percent-decoded. Pages link relatively ({@code ../../notes/x/index.html#part}), the 404 page from the base URL
 * ({@code /repo/assets/style.css}, served at any depth), and canonical and {@code hreflang} links absolutely
 * ({@code https://user.github.io/repo/en/}); all three resolve to the same kind of path, so one check covers them.
 *
 * @param path     output-relative file path ({@code notes/x/index.html}); a path that climbs above the root keeps its
 *                 leading {@code ../} and so never names a written file
 * @param fragment the decoded fragment, or empty
 */
public record LinkTarget(String path, String fragment) {

    /**
     * Resolves {@code href} as found on {@code page}.
     *
     * @param page         output path of the page the link is on ({@code en/stories/x.html})
     * @param href         the attribute's value as written
     * @param basePath     the URL path the site is served under ({@code /repo}), or empty
     * @param absoluteRoot the site's absolute root URL ({@code https://user.github.io/repo/}), or empty when unknown
     * @return the target, or empty for links that leave the site (other hosts, {@code mailto:}, other paths of the
     *         same host) and for links that name no file ({@code javascript:}, an empty href)
     */
    public static Optional<LinkTarget> resolve(String page, String href, String basePath, String absoluteRoot) {
        String url = href.strip();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String relative;
        String dir;
        boolean fromPage = false;
        if (!absoluteRoot.isEmpty() && url.startsWith(absoluteRoot)) {
            relative = url.substring(absoluteRoot.length());
            dir = "";
        } else if (url.startsWith("//") || hasScheme(url)) {
            return Optional.empty();
        } else if (url.startsWith("/")) {
            if (basePath.isEmpty()) {
                relative = url.substring(1);
            } else if (url.startsWith(basePath + "/")) {
                relative = url.substring(basePath.length() + 1);
            } else if (url.equals(basePath) || url.startsWith(basePath + "#") || url.startsWith(basePath + "?")) {
                relative = url.substring(basePath.length());
            } else {
                return Optional.empty();
            }
            dir = "";
        } else {
            relative = url;
            dir = page.substring(0, page.lastIndexOf('/') + 1);
            fromPage = true;
        }
        int hash = relative.indexOf('#');
        String fragment = hash < 0 ? "" : decode(relative.substring(hash + 1));
        String pathPart = hash < 0 ? relative : relative.substring(0, hash);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        if (fromPage && pathPart.isEmpty()) {
            return Optional.of(new LinkTarget(page, fragment));
        }
        String path = normalise(dir + decode(pathPart));
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index.html";
        }
        return Optional.of(new LinkTarget(path, fragment));
    }

    /**
     * Joins {@code ./} and {@code ../} away; what climbs above the root stays as leading {@code ../}. Every link of
     * every page passes through here (millions in a large site), so it works on the string in one pass, with the
     * start of each kept segment on a stack, instead of splitting and joining.
     */
    static String normalise(String path) {
        StringBuilder out = new StringBuilder(path.length());
        int[] starts = new int[8];
        int count = 0;
        int above = 0;
        int n = path.length();
        for (int start = 0; start <= n; ) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = n;
            }
            boolean last = end == n;
            int length = end - start;
            if ((length == 1 && path.charAt(start) == '.') || (length == 0 && !last)) {
                // "./" and "//" name the folder they are in
            } else if (length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') {
                if (count == 0) {
                    above++;
                } else {
                    count--;
                    out.setLength(count == 0 ? 0 : starts[count] - 1);
                }
                if (last) {
                    starts = push(out, starts, count++);
                }
            } else {
                starts = push(out, starts, count++);
                out.append(path, start, end);
            }
            start = end + 1;
        }
        return above == 0 ? out.toString() : "../".repeat(above) + out;
    }

    /** Starts segment {@code index} at the end of {@code out}; returns the stack, grown when full. */
    private static int[] push(StringBuilder out, int[] starts, int index) {
        if (index > 0) {
            out.append('/');
        }
        int[] stack = index < starts.length ? starts : java.util.Arrays.copyOf(starts, starts.length * 2);
        stack[index] = out.length();
        return stack;
    }

    /** Whether a URL starts with a scheme ({@code https:}, {@code mailto:}): a letter, then letters, digits, +.- */
    static boolean hasScheme(String url) {
        if (url.isEmpty() || !TagScanner.isAsciiLetter(url.charAt(0))) {
            return false;
        }
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!TagScanner.isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return false;
    }

    /** Percent-decodes UTF-8 ({@code %EB%B6%84} → 분); unlike form decoding, {@code +} stays {@code +}. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
        }
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
