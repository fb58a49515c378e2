package io.github.studysite.safety;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Walks the tags of an HTML page in one forward pass, without building a tree: each start tag with its attributes
 * (names lower-cased, values with character references decoded, the first of repeated names kept), each end tag by
 * name. Comments, doctypes and the contents of raw-text elements ({@code script}, {@code style}, {@code title},
 * {@code textarea}, …) are skipped, as an HTML5 tokenizer skips them.
 *
 * <p>Why not jsoup's parser: the link check reads every page the build writes (hundreds of thousands on a large
 * site) and only needs ids and URLs; building a jsoup tree for each cost more than rendering the page. The pages are
 * the build's own output (templates, flexmark, the jsoup sanitizer), so they are well-formed; {@code PageScanTest}
 * checks this scanner against jsoup's tree on the generated site and on malformed input.
 */
public final class TagScanner {

    /** Receives the tags in document order. */
    public interface Visitor {
        void start(String name, Attributes attributes);

        void end(String name);
    }

    /**
     * The attributes of one start tag, in the order written. A value is taken from the page (and its character
     * references decoded) when it is asked for: the link check asks for few of them.
     */
    public static final class Attributes {
        private final List<String> names = new ArrayList<>(8);
        /** Where each value is written in {@link #html}: its start and its end, two entries an attribute. */
        private int[] valueSpans = new int[16];
        private String html;
        private boolean selfClosing;

        /** The value of an attribute, or null when the tag does not have it. */
        public String get(String name) {
            int i = names.indexOf(name);
            return i < 0 ? null : value(i);
        }

        /** Whether the tag ends with {@code />}. */
        public boolean selfClosing() {
            return selfClosing;
        }

        int size() {
            return names.size();
        }

        /** The name of the {@code i}th attribute, lower case. */
        String name(int i) {
            return names.get(i);
        }

        /** The value of the {@code i}th attribute, character references decoded. */
        String value(int i) {
            String raw = html.substring(valueSpans[2 * i], valueSpans[2 * i + 1]);
            return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
        }

        /** Adds the attribute whose value is written from {@code start} to {@code end}, unless the tag has it. */
        private void add(String name, int start, int end) {
            if (!names.contains(name)) {
                if (2 * names.size() == valueSpans.length) {
                    valueSpans = Arrays.copyOf(valueSpans, 2 * valueSpans.length);
                }
                valueSpans[2 * names.size()] = start;
                valueSpans[2 * names.size() + 1] = end;
                names.add(name);
            }
        }

        void clear() {
            names.clear();
            html = null;
            selfClosing = false;
        }
    }

    private static final Set<String> RAW_TEXT = Set.of("script", "style", "title", "textarea", "xmp", "iframe",
            "noembed", "noframes");

    private TagScanner() {
    }

    public static void scan(String html, Visitor visitor) {
        Attributes attributes = new Attributes();
        int n = html.length();
        int i = 0;
        while ((i = html.indexOf('<', i)) >= 0 && i + 1 < n) {
            char next = html.charAt(i + 1);
            if (html.startsWith("<!--", i)) {
                int close = html.indexOf("-->", i + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            if (next == '!' || next == '?') {
                i = after(html, '>', i);
                continue;
            }
            boolean end = next == '/';
            int nameStart = end ? i + 2 : i + 1;
            if (nameStart >= n || !isAsciiLetter(html.charAt(nameStart))) {
                i = end ? after(html, '>', i) : i + 1;
                continue;
            }
            int j = nameStart;
            while (j < n && !isNameEnd(html.charAt(j))) {
                j++;
            }
            String name = lowerCase(html, nameStart, j);
            if (end) {
                i = after(html, '>', j);
                visitor.end(name);
                continue;
            }
            attributes.clear();
            i = readAttributes(html, j, attributes);
            if (i < 0) {
                return; // the page ends inside the tag: HTML drops such a tag
            }
            visitor.start(name, attributes);
            if (RAW_TEXT.contains(name) && !attributes.selfClosing()) {
                i = rawTextEnd(html, i, name);
            }
            if (name.equals("plaintext")) {
                return;
            }
        }
    }

    /**
     * Reads a start tag's attributes, from {@code i} (just after its name) to the end of the tag, as an HTML5
     * tokenizer does: names lower-cased, the first of repeated names kept, values quoted or not, character
     * references decoded, a {@code /} between them skipped. Shared with {@link HtmlSanitizer}, which reads the raw
     * HTML of notes the same way.
     *
     * @return the index after the tag's {@code >}, or -1 when the text ends first (inside the tag or inside a quoted
     *         value)
     */
    static int readAttributes(String html, int i, Attributes into) {
        into.html = html;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '/') {
                into.selfClosing = i + 1 < n && html.charAt(i + 1) == '>';
                i++;
                continue;
            }
            if (isSpace(c)) {
                i++;
                continue;
            }
            int nameStart = i;
            i++; // a name may start with '=' (an error HTML5 recovers from by taking it as part of the name)
            while (i < n && !isSpace(c = html.charAt(i)) && c != '/' && c != '>' && c != '=') {
                i++;
            }
            String name = lowerCase(html, nameStart, i);
            int k = skipSpaces(html, i);
            if (k >= n || html.charAt(k) != '=') {
                into.add(name, k, k);
                i = k;
                continue;
            }
            k = skipSpaces(html, k + 1);
            if (k < n && (html.charAt(k) == '"' || html.charAt(k) == '\'')) {
                int close = html.indexOf(html.charAt(k), k + 1);
                into.add(name, k + 1, close < 0 ? n : close);
                i = close < 0 ? n : close + 1;
            } else {
                int stop = k;
                while (stop < n && !isSpace(html.charAt(stop)) && html.charAt(stop) != '>') {
                    stop++;
                }
                into.add(name, k, stop);
                i = stop;
            }
        }
        return -1;
    }

    /** The index after the end tag that closes a raw-text element, or the end of the page. */
    private static int rawTextEnd(String html, int from, String name) {
        int i = from;
        while ((i = html.indexOf("</", i)) >= 0) {
            int after = i + 2 + name.length();
            if (html.regionMatches(true, i + 2, name, 0, name.length())
                    && (after >= html.length() || isNameEnd(html.charAt(after)))) {
                return i;
            }
            i += 2;
        }
        return html.length();
    }

    /** The name written from {@code from} to {@code to}, lower case; most are written so, and are taken as they are. */
    private static String lowerCase(String html, int from, int to) {
        String name = html.substring(from, to);
        for (int i = from; i < to; i++) {
            char c = html.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 0x80) {
                return name.toLowerCase(Locale.ROOT);
            }
        }
        return name;
    }

    private static int after(String html, char c, int from) {
        int at = html.indexOf(c, from);
        return at < 0 ? html.length() : at + 1;
    }

    private static int skipSpaces(String html, int i) {
        while (i < html.length() && isSpace(html.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameEnd(char c) {
        return isSpace(c) || c == '/' || c == '>';
    }

    /** HTML's whitespace: the only characters that separate a tag's name and attributes. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    public static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
