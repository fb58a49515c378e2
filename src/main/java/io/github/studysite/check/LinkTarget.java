package io.github.studysite.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

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

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /**
     * Resolves {@code href} as found on {@code page}.
     *
     * @param page         output path of the page the link is on ({@code en/stories/x/index.html})
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
        } else if (url.startsWith("//") || SCHEME.matcher(url).find()) {
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

    /** Joins {@code ./} and {@code ../} away; what climbs above the root stays as leading {@code ../}. */
    static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        int above = 0;
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || (segment.isEmpty() && !last)) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    above++;
                } else {
                    parts.removeLast();
                }
                if (last) {
                    parts.addLast("");
                }
                continue;
            }
            parts.addLast(segment);
        }
        String joined = String.join("/", parts);
        return "../".repeat(above) + joined;
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
