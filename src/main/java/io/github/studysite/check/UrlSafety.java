package io.github.studysite.check;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which link and image addresses a published page may carry. Notes are written by their author, but pages are read by
 * others — and by the author while logged in elsewhere — so an address that runs script when clicked or loaded is
 * left out of the page: {@code javascript:}, {@code vbscript:} and {@code livescript:} always, {@code data:} except
 * a {@code data:image/…} picture shown by an image (an image cannot run script; a {@code data:text/html} link can).
 * Everything else — relative paths, {@code #anchors}, {@code http(s):}, {@code mailto:}, {@code tel:}, app links such
 * as {@code zoommtg:} — is kept. The check reads an address the way browsers do: ASCII tabs and newlines inside it are
 * ignored and leading spaces and control characters are dropped, so {@code " java\tscript:"} is caught; callers pass
 * attribute values with their character references already decoded.
 */
public final class UrlSafety {

    /** Schemes that run script in the page's origin when the address is followed. */
    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript", "livescript");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern IMAGE_DATA = Pattern.compile("^data:image/[a-z0-9.+-]+[;,]");

    private UrlSafety() {
    }

    /**
     * @param url   the address as the browser would see it (character references decoded)
     * @param image whether it is an image source ({@code <img src>}, {@code ![](…)})
     */
    public static boolean isSafe(String url, boolean image) {
        String scheme = scheme(url);
        if (SCRIPT_SCHEMES.contains(scheme)) {
            return false;
        }
        if (scheme.equals("data")) {
            return image && IMAGE_DATA.matcher(normalise(url).toLowerCase(Locale.ROOT)).find();
        }
        return true;
    }

    /** The address's scheme in lower case ({@code "https"}), or {@code ""} for a relative address. */
    public static String scheme(String url) {
        var m = SCHEME.matcher(normalise(url));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** What the URL parser works on: leading C0 controls and spaces dropped, tabs and newlines removed. */
    private static String normalise(String url) {
        if (url == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(url.length(), 64));
        boolean leading = true;
        for (int i = 0; i < url.length() && sb.length() < 64; i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (leading && c <= ' ') {
                continue;
            }
            leading = false;
            sb.append(c);
        }
        return sb.toString();
    }
}
