package io.github.studysite.safety;

import org.jsoup.parser.Parser;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which link and image addresses a published page may carry. Notes are written by their author, but pages are read by
 * others — and by the author while logged in elsewhere — so an address that runs script when clicked or loaded is
 * left out of the page: {@code javascript:}, {@code vbscript:} and {@code livescript:} always, {@code data:} except
 * a {@code data:image/…} picture shown by an image (an image cannot run script; a {@code data:text/html} link can).
 * Everything else — relative paths, {@code #anchors}, {@code http(s):}, {@code mailto:}, {@code tel:}, app links such
 * as {@code zoommtg:} — is kept.
 *
 * <p>The check reads an address the way the browser will: character references are decoded — repeatedly, until
 * nothing changes, because a Markdown destination {@code javascript&amp;colon;x} reaches the page as
 * {@code javascript&colon;x}, which the browser decodes once more — then, as the URL parser does, leading spaces and
 * C0 controls are dropped and tabs and newlines removed, and the scheme is compared without case. So
 * {@code java&Tab;script:}, {@code &#1;javascript:} and {@code JaVaScRiPt&#x3a;} are all caught. Decoding too often
 * can only find a script address where a browser would see none, never the other way round.
 */
public final class UrlSafety {

    /** Schemes that run script in the page's origin when the address is followed. */
    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript", "livescript");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern IMAGE_DATA = Pattern.compile("^data:image/[a-z0-9.+-]+[;,]");
    /** How much of an address is read: a scheme sits at its start, and decoding a long one repeatedly would cost. */
    private static final int HEAD = 1024;

    private UrlSafety() {
    }

    /**
     * @param url   the address as written in the page's source (character references decoded or not: both are read)
     * @param image whether it is an image source ({@code <img src>}, {@code ![](…)})
     */
    public static boolean isSafe(String url, boolean image) {
        String seen = normalise(url);
        String scheme = schemeOf(seen);
        if (SCRIPT_SCHEMES.contains(scheme)) {
            return false;
        }
        if (scheme.equals("data")) {
            return image && IMAGE_DATA.matcher(seen.toLowerCase(Locale.ROOT)).find();
        }
        return true;
    }

    /** The scheme the browser will see, in lower case ({@code "https"}), or {@code ""} for a relative address. */
    public static String scheme(String url) {
        return schemeOf(normalise(url));
    }

    private static String schemeOf(String normalised) {
        var m = SCHEME.matcher(normalised);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * What the URL parser works on: the address's start with character references decoded until stable, then
     * leading C0 controls and spaces dropped and tabs and newlines removed.
     */
    static String normalise(String url) {
        if (url == null) {
            return "";
        }
        String s = url.length() > HEAD ? url.substring(0, HEAD) : url;
        // every decoding step shortens the text, so this ends; real addresses need one step or none
        while (s.indexOf('&') >= 0) {
            String decoded = Parser.unescapeEntities(s, false);
            if (decoded.equals(s)) {
                break;
            }
            s = decoded;
        }
        StringBuilder sb = new StringBuilder(Math.min(s.length(), 64));
        boolean leading = true;
        for (int i = 0; i < s.length() && sb.length() < 64; i++) {
            char c = s.charAt(i);
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
