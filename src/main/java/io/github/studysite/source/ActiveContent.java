package io.github.studysite.source;

import io.github.studysite.safety.UrlSafety;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a static file from the content folder would run script when opened from the site. An SVG, HTML or XML file
 * opened by its address is a document of the site's origin: its script could read every page, the search index
 * included, as the site's own code can. Such a file is left out of the site with a warning rather than cleaned:
 * GitHub Pages and most static hosts let a site set no header (CSP, {@code Content-Disposition}) that would make a
 * file inert, and a cleaned copy that differs silently from the author's file is worse than a missing one with a
 * reason. Files without script (a drawing, a plain HTML handout) are published as they are. What cannot be read
 * back reliably (compressed SVG, web archives, an encoding that hides markup from a byte-wise read) is treated as
 * active: the check fails closed.
 */
final class ActiveContent {

    private static final Set<String> HTML = Set.of("html", "htm", "shtml");
    private static final Set<String> XML = Set.of("svg", "xhtml", "xht", "xml", "xsl", "xslt", "rss", "atom");
    private static final Set<String> OPAQUE = Set.of("svgz", "mht", "mhtml");
    /** Elements that run script, load a document or plug-in, or re-target the page's links. */
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "applet", "base", "handler", "listener", "portal");
    /** Attributes whose value an element loads or follows, SVG animation targets included. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "to",
            "from", "values", "by", "srcdoc", "background", "poster", "lowsrc", "dynsrc", "xlink:href");
    /** Elements that show what they load as a picture, which cannot run script. */
    private static final Set<String> PICTURES = Set.of("img", "image", "source", "feimage");
    private static final Pattern STYLESHEET_PI = Pattern.compile("<\\?xml-stylesheet", Pattern.CASE_INSENSITIVE);
    /** Above this a file is not read to check it; such an SVG or HTML page is left out. */
    static final long MAX_CHECKED_BYTES = 8L * 1024 * 1024;

    private ActiveContent() {
    }

    /** Whether files with this name are checked at all: only documents a browser would run. */
    static boolean checked(String name) {
        String ext = FileNames.extension(name);
        return HTML.contains(ext) || XML.contains(ext) || OPAQUE.contains(ext);
    }

    /** Why the file would run script, or null when it would not. */
    static String reason(Path file, long size) throws IOException {
        String ext = FileNames.extension(file.getFileName().toString());
        if (OPAQUE.contains(ext)) {
            return "a ." + ext + " file cannot be checked for script";
        }
        if (size > MAX_CHECKED_BYTES) {
            return "too large to check for script (over " + MAX_CHECKED_BYTES / (1024 * 1024) + " MB)";
        }
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if (b == 0) {
                return "its encoding (UTF-16 or binary) hides its markup from the check for script";
            }
        }
        // ISO-8859-1 keeps every byte, and markup is ASCII: a tag cannot hide in a UTF-8 sequence
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (XML.contains(ext) && STYLESHEET_PI.matcher(text).find()) {
            return "an <?xml-stylesheet?> can transform it into a page with script";
        }
        Document doc = XML.contains(ext) ? Jsoup.parse(text, "", Parser.xmlParser()) : Jsoup.parse(text);
        for (Element e : doc.getAllElements()) {
            String tag = local(e.tagName());
            if (ACTIVE_ELEMENTS.contains(tag)) {
                return "it holds a <" + e.tagName() + "> element";
            }
            if (tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                return "it holds a <meta http-equiv=\"refresh\">";
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (local(name).startsWith("on")) {
                    return "it holds an event handler (" + a.getKey() + "=…)";
                }
                if ((URL_ATTRIBUTES.contains(name) || URL_ATTRIBUTES.contains(local(name)))
                        && !safeValue(local(name), a.getValue(), PICTURES.contains(tag))) {
                    return "it holds a script address (" + a.getKey() + "=…)";
                }
            }
        }
        return null;
    }

    /**
     * SVG {@code values} lists several addresses; each must be safe. A {@code data:image/…} address is, where a
     * picture is shown ({@code <img>}, SVG {@code <image>}); elsewhere ({@code <use href="data:…">}) it is a document.
     */
    private static boolean safeValue(String attribute, String value, boolean picture) {
        for (String part : attribute.equals("values") ? value.split(";") : new String[] {value}) {
            if (!UrlSafety.isSafe(part, picture)) {
                return false;
            }
        }
        return true;
    }

    /** {@code svg:script} and {@code xlink:href} without their prefix, in lower case. */
    private static String local(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.substring(lower.indexOf(':') + 1);
    }
}
