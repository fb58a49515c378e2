package io.github.studysite.safety;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes the raw HTML written in a note safe to publish: elements and attributes on a jsoup {@link Safelist} are kept
 * (line breaks, {@code <details>}, {@code <kbd>}, tables, images, ids and classes, {@code align} …), everything else
 * is dropped — {@code <script>} and {@code <style>} with their content, event handlers such as {@code onerror=},
 * inline styles beyond {@link CssAllowList}'s, and addresses {@link UrlSafety} refuses ({@code javascript:} …). Comments are dropped too.
 *
 * <p>Why not {@code Jsoup.clean}: the Markdown parser hands over raw HTML piece by piece — an opening
 * {@code <details>} in one block, the Markdown answer, the closing {@code </details>} in another — and a tree cleaner
 * would close every piece on the spot. This sanitiser works tag by tag instead and never needs the whole page (so
 * only the raw-HTML parts of a note cost anything). It is safe by construction: every tag it outputs is rebuilt from
 * the allow-list with escaped attribute values, and every other {@code <} in its output is written as {@code &lt;},
 * so whatever a browser's parser makes of odd input, it can find no tag the sanitiser did not write.
 *
 * <p>It also bounds how deeply a note's HTML nests ({@link Nesting}): elements opened past {@link Nesting#MAX_DEPTH}
 * levels are left out (their content is kept), as browsers themselves flatten the tree past a depth — so a pasted
 * page of ten thousand nested {@code <div>}s cannot overflow a stack later in the build.
 */
public final class HtmlSanitizer {

    /** What a note's raw HTML may contain. Tags from GitHub's own sanitiser that notes actually use. */
    static final Safelist SAFELIST = new Safelist()
            .addTags("a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "center", "cite", "code", "col",
                    "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1",
                    "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q",
                    "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "summary", "sup",
                    "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr")
            .addAttributes(":all", "id", "class", "title", "lang", "dir")
            .addAttributes("a", "href", "name")
            .addAttributes("img", "src", "alt", "width", "height", "align", "loading")
            .addAttributes("td", "colspan", "rowspan", "align", "valign", "width", "abbr")
            .addAttributes("th", "colspan", "rowspan", "align", "valign", "width", "abbr", "scope")
            .addAttributes("table", "summary", "width", "align")
            .addAttributes("col", "span", "width")
            .addAttributes("colgroup", "span", "width")
            .addAttributes("ol", "start", "type", "reversed")
            .addAttributes("ul", "type")
            .addAttributes("li", "value")
            .addAttributes("blockquote", "cite")
            .addAttributes("q", "cite")
            .addAttributes("del", "cite", "datetime")
            .addAttributes("ins", "cite", "datetime")
            .addAttributes("time", "datetime")
            .addAttributes("details", "open")
            .addAttributes("p", "align")
            .addAttributes("div", "align")
            .addAttributes("h1", "align").addAttributes("h2", "align").addAttributes("h3", "align")
            .addAttributes("h4", "align").addAttributes("h5", "align").addAttributes("h6", "align");

    /** Attributes that hold an address, checked with {@link UrlSafety} (the safelist itself has no protocols). */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");

    /**
     * Elements dropped together with everything up to their end tag: script and style, and the elements whose content
     * is not markup (raw text) or is another document.
     */
    private static final Set<String> DROP_WITH_CONTENT = Set.of("script", "style", "template", "iframe", "object",
            "embed", "noscript", "noembed", "noframes", "xmp", "plaintext", "textarea", "title", "select", "svg", "math");

    /**
     * Raw HTML made safe.
     *
     * @param html    the sanitised HTML
     * @param removed what was taken out, for the warning ({@code <script>}, {@code onerror=},
     *                {@code href=javascript:}); comments and end tags are not listed
     */
    public record Result(String html, List<String> removed) {
        public Result {
            removed = List.copyOf(removed);
        }
    }

    private HtmlSanitizer() {
    }

    public static Result clean(CharSequence raw) {
        return clean(raw, new Nesting());
    }

    /**
     * @param nesting the depth of the elements opened so far in the same note, carried from piece to piece
     */
    public static Result clean(CharSequence raw, Nesting nesting) {
        return new Cleaner(raw.toString(), nesting).run();
    }

    /** How deeply the raw HTML of one note nests, across its pieces. */
    public static final class Nesting {
        /** Levels of elements a note's HTML may open; real notes use a handful, browsers flatten past 512. */
        public static final int MAX_DEPTH = 100;

        private int open;
        private int excess;
        private int deepest;

        /** The deepest the note tried to nest, or 0 while it stays within {@link #MAX_DEPTH}. */
        public int tooDeep() {
            return deepest > MAX_DEPTH ? deepest : 0;
        }

        /** Whether an element opened now is kept. */
        boolean enter() {
            deepest = Math.max(deepest, open + excess + 1);
            if (open >= MAX_DEPTH) {
                excess++;
                return false;
            }
            open++;
            return true;
        }

        /** Whether an end tag met now closes a kept element. */
        boolean leave() {
            if (excess > 0) {
                excess--;
                return false;
            }
            open = Math.max(0, open - 1);
            return true;
        }
    }

    /** Elements that have no end tag and so do not nest. */
    private static final Set<String> VOID = Set.of("br", "col", "hr", "img", "wbr");

    /** One pass over one piece of raw HTML. */
    private static final class Cleaner {
        private final String s;
        private final StringBuilder out;
        private final Set<String> removed = new LinkedHashSet<>();
        private final Nesting nesting;
        private int i;

        Cleaner(String s, Nesting nesting) {
            this.s = s;
            this.nesting = nesting;
            this.out = new StringBuilder(s.length());
        }

        Result run() {
            int n = s.length();
            while (i < n) {
                int lt = s.indexOf('<', i);
                if (lt < 0) {
                    out.append(s, i, n);
                    break;
                }
                out.append(s, i, lt);
                i = lt;
                if (s.startsWith("<!--", i)) {
                    i = skipPast("-->", i + 4);
                } else if (s.startsWith("<!", i) || s.startsWith("<?", i)) {
                    // declarations, CDATA, processing instructions: browsers treat them as comments up to '>'
                    i = skipPast(">", i + 2);
                } else if (s.startsWith("</", i) && i + 2 < n && TagScanner.isAsciiLetter(s.charAt(i + 2))) {
                    endTag();
                } else if (i + 1 < n && TagScanner.isAsciiLetter(s.charAt(i + 1))) {
                    startTag();
                } else {
                    out.append("&lt;");
                    i++;
                }
            }
            return new Result(out.toString(), new ArrayList<>(removed));
        }

        private void endTag() {
            int nameEnd = nameEnd(i + 2);
            String name = s.substring(i + 2, nameEnd).toLowerCase(Locale.ROOT);
            int gt = s.indexOf('>', nameEnd);
            if (gt < 0) {
                unterminated("/" + name);
                return;
            }
            if (SAFELIST.isSafeTag(name) && (VOID.contains(name) || nesting.leave())) {
                out.append("</").append(name).append('>');
            }
            i = gt + 1;
        }

        private void startTag() {
            int p = nameEnd(i + 1);
            String name = s.substring(i + 1, p).toLowerCase(Locale.ROOT);
            TagScanner.Attributes attributes = new TagScanner.Attributes();
            p = TagScanner.readAttributes(s, p, attributes);
            if (p < 0) {
                unterminated(name);
                return;
            }
            i = p;
            if (DROP_WITH_CONTENT.contains(name)) {
                removed.add("<" + name + ">");
                skipElementContent(name);
                return;
            }
            if (!SAFELIST.isSafeTag(name)) {
                removed.add("<" + name + ">");
                return;
            }
            // a "/>" does not close a non-void element in HTML: <div/> opens a div as <div> does
            if (!VOID.contains(name) && !nesting.enter()) {
                return;
            }
            out.append('<').append(name);
            Element element = new Element(name);
            for (int k = 0; k < attributes.size(); k++) {
                appendAttribute(name, element, attributes.name(k), attributes.value(k));
            }
            out.append('>');
        }

        /**
         * A tag that runs to the end of the piece: a browser would swallow everything up to the end of the input into
         * it, so it and the rest of the piece are dropped (which also keeps the pass linear on hostile input).
         */
        private void unterminated(String name) {
            removed.add("<" + name + " (never closed)");
            i = s.length();
        }

        private void appendAttribute(String tag, Element element, String key, String value) {
            if (key.equals("style")) {
                CssAllowList.Result css = CssAllowList.filter(value);
                css.scripted().forEach(what -> removed.add("style=" + what));
                if (!css.style().isEmpty()) {
                    out.append(" style=\"");
                    escapeAttribute(css.style());
                    out.append('"');
                }
                return;
            }
            if (!SAFELIST.isSafeAttribute(tag, element, new Attribute(key, value))) {
                removed.add(key + "=");
                return;
            }
            if (URL_ATTRIBUTES.contains(key)
                    && !UrlSafety.isSafe(value, tag.equals("img") && key.equals("src"))) {
                removed.add(key + "=" + UrlSafety.scheme(value) + ":");
                return;
            }
            out.append(' ').append(key).append("=\"");
            escapeAttribute(value);
            out.append('"');
        }

        private void escapeAttribute(String value) {
            for (int k = 0; k < value.length(); k++) {
                char c = value.charAt(k);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    default -> out.append(c);
                }
            }
        }

        /** Moves past {@code </name …>}, or to the end when the element is never closed in this piece. */
        private void skipElementContent(String name) {
            String closing = "</" + name;
            for (int at = s.indexOf("</", i); at >= 0; at = s.indexOf("</", at + 2)) {
                int after = at + closing.length();
                if (s.regionMatches(true, at, closing, 0, closing.length())
                        && (after >= s.length() || TagScanner.isSpace(s.charAt(after)) || s.charAt(after) == '>'
                        || s.charAt(after) == '/')) {
                    i = skipPast(">", after);
                    return;
                }
            }
            i = s.length();
        }

        private int skipPast(String terminator, int from) {
            int at = s.indexOf(terminator, from);
            return at < 0 ? s.length() : at + terminator.length();
        }

        private int nameEnd(int from) {
            int p = from;
            while (p < s.length() && !TagScanner.isSpace(s.charAt(p)) && s.charAt(p) != '/' && s.charAt(p) != '>') {
                p++;
            }
            return p;
        }
    }
}
