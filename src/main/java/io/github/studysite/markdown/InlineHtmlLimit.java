package io.github.studysite.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A bound on the raw HTML inside one paragraph. flexmark's inline parser copies the rest of a paragraph for every
 * HTML tag and character reference it meets in it, so its time grows with their number × the paragraph's length, and
 * a web page pasted as one paragraph takes minutes (BENCHMARKS.md has the figures). HTML blocks (a paragraph that
 * starts with {@code <div>}, {@code <table>}, a comment …) are not parsed that way and cost nothing extra; tables are
 * parsed cell by cell. For any other paragraph, at most {@value #MAX_TAGS} tags, and none in a paragraph longer than
 * {@value #MAX_CHARS} characters: such a paragraph is left out of the page with an error at its
 * first line, and the rest of the note renders as usual. Checked on the source before parsing, line by line.
 */
final class InlineHtmlLimit {

    /** Inline tags a paragraph may hold: real notes use a few ({@code <br>}, {@code <kbd>}); a paste has thousands. */
    static final int MAX_TAGS = 500;
    /** Characters a paragraph holding inline HTML may have; with {@link #MAX_TAGS}, parsing stays under a second. */
    static final int MAX_CHARS = 50_000;

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    /** Where a Markdown container's markers end: block quotes and list items. */
    private static final Pattern CONTAINERS = Pattern.compile("^(?:[ \\t]*(?:>|[-*+][ \\t]|\\d{1,9}[.)][ \\t]))*[ \\t]*");
    /** The start of an HTML block, CommonMark's kinds 1 to 6; kind 7 (a lone tag on its line) is tested apart. */
    private static final Pattern HTML_BLOCK = Pattern.compile("^(?:<(?:script|pre|style|textarea)(?:\\s|>|$)"
            + "|<!--|<\\?|<![A-Za-z]|<!\\[CDATA\\[|</?(?:address|article|aside|base|basefont|blockquote|body|caption"
            + "|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame"
            + "|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup"
            + "|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:\\s|/?>|$))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LONE_TAG = Pattern.compile("^(?:<[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][\\w.:-]*"
            + "(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$");
    private static final Pattern TABLE_DELIMITER = Pattern.compile("^[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$");

    /**
     * The body with its refused paragraphs escaped, and what was refused.
     *
     * @param body     line for line the note's source
     * @param refusals in line order
     */
    record Checked(String body, List<ParsedNote.Refusal> refusals) {
    }

    private InlineHtmlLimit() {
    }

    static Checked check(String body) {
        if (body.indexOf('<') < 0 && body.indexOf('&') < 0) {
            return new Checked(body, List.of());
        }
        List<ParsedNote.Refusal> refusals = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int[] p : paragraphs(body)) {
            String refusal = refusal(body, p[0], p[1]);
            if (refusal != null) {
                refusals.add(new ParsedNote.Refusal(p[2], refusal));
                out.append(body, copied, p[0]).append(blank(body.substring(p[0], p[1])));
                copied = p[1];
            }
        }
        if (refusals.isEmpty()) {
            return new Checked(body, List.of());
        }
        out.append(body, copied, body.length());
        return new Checked(out.toString(), List.copyOf(refusals));
    }

    /** Runs of non-blank lines outside fenced code: start, end (exclusive) and first line of each. */
    private static List<int[]> paragraphs(String body) {
        List<int[]> paragraphs = new ArrayList<>();
        String fence = null;
        int paragraphStart = -1;
        int paragraphLine = 0;
        int line = 1;
        for (int start = 0; start <= body.length(); line++) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            var f = FENCE.matcher(body).region(start, end);
            boolean fenceLine = f.lookingAt();
            if (fenceLine) {
                String marker = f.group(1);
                if (fence == null) {
                    fence = marker.substring(0, 3);
                } else if (marker.startsWith(fence)) {
                    fence = null;
                }
            }
            boolean text = !fenceLine && fence == null && !body.substring(start, end).isBlank();
            if (!text && paragraphStart >= 0) {
                paragraphs.add(new int[] {paragraphStart, start - 1, paragraphLine});
                paragraphStart = -1;
            } else if (text && paragraphStart < 0) {
                paragraphStart = start;
                paragraphLine = line;
            }
            start = end + 1;
        }
        if (paragraphStart >= 0) {
            paragraphs.add(new int[] {paragraphStart, body.length(), paragraphLine});
        }
        return paragraphs;
    }

    /**
     * What stands in for a refused paragraph: its line breaks alone, so the lines after it keep their numbers. Not
     * the paragraph as text: escaping its {@code <}s would not help, flexmark's autolink pass copies the rest of a
     * text for every escape and character reference in it, too.
     */
    static String blank(String paragraph) {
        return "\n".repeat((int) paragraph.chars().filter(c -> c == '\n').count());
    }

    /** Why the paragraph from {@code start} to {@code end} is refused, or null when it is fine. */
    private static String refusal(String body, int start, int end) {
        int tags = 0;
        for (int i = start; i < end - 1; i++) {
            char c = body.charAt(i);
            char next = body.charAt(i + 1);
            if (c == '<' && (isAsciiLetter(next) || next == '/' || next == '!' || next == '?')
                    || c == '&' && (isAsciiLetter(next) || next == '#')) {
                tags++;
            }
        }
        if (tags == 0 || tags <= MAX_TAGS && end - start <= MAX_CHARS) {
            return null;
        }
        int firstEnd = body.indexOf('\n', start);
        String first = body.substring(start, firstEnd < 0 || firstEnd > end ? end : firstEnd);
        String lead = first.substring(CONTAINERS.matcher(first).results().findFirst().map(m -> m.end()).orElse(0));
        if (HTML_BLOCK.matcher(lead).lookingAt() || LONE_TAG.matcher(lead).matches()) {
            return null;
        }
        int secondStart = firstEnd + 1;
        if (firstEnd >= 0 && secondStart < end) {
            int secondEnd = body.indexOf('\n', secondStart);
            String second = body.substring(secondStart, secondEnd < 0 || secondEnd > end ? end : secondEnd);
            if (first.indexOf('|') >= 0 && TABLE_DELIMITER.matcher(second).matches()) {
                return null;
            }
        }
        return String.format("this paragraph holds %,d HTML tags and character references in %,d characters (the "
                        + "limit is %,d, and none in a paragraph of more than %,d characters: parsing such a paste "
                        + "takes minutes); it is left out of the page — put the HTML in a block of its own (start the "
                        + "paragraph with <div>) or remove it", tags, end - start, MAX_TAGS, MAX_CHARS);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
