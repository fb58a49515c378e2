package io.github.studysite.extract;

import io.github.studysite.markdown.NoteOutline;
import io.github.studysite.markdown.NoteOutline.Inline;
import io.github.studysite.markdown.NoteOutline.Kind;
import io.github.studysite.markdown.ParsedNote;

import java.util.ArrayList;
import java.util.List;

/**
 * Flattens a parsed note's {@link NoteOutline} into {@link Line}s in document order: headings, list items (first line), bold lines, text
 * lines and rules. Code blocks, raw HTML and tables are left out: nothing in them is a story or a question.
 */
final class Outline {

    /**
     * Bullets typed as characters rather than Markdown ({@code ■ 고객 집착}, {@code ● 상황: …}, {@code ※ 관련 LP: …}):
     * decoration, not content, and in the way of recognising what the line says.
     */
    private static final java.util.regex.Pattern DECORATION =
            java.util.regex.Pattern.compile("^[■□●○◆◇▶▷►•▪※☞➤✔✓]+\\s*");

    private static final java.util.regex.Pattern DETAILS_TAG = java.util.regex.Pattern.compile(
            "<(/?)(details|summary)\\b[^>]*>", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern BLOCK_TAG = java.util.regex.Pattern.compile(
            "</?(?:p|div|br|li|ul|ol|blockquote|h[1-6]|tr|td|th|table|pre)\\b[^>]*>",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A summary that only opens what is folded ("답변 보기", "Show answer"): the answer of the question above it. */
    private static final java.util.regex.Pattern TOGGLE = java.util.regex.Pattern.compile(
            "(?i)^[\\s▶►▸👉]*(?:(?:show|see|view|click (?:here )?(?:to|for))?\\s*(?:the\\s+)?(?:answers?|solution|"
                    + "details?|more|expand)|(?:모범\\s*)?(?:답변|정답|해설|풀이|답|내용)\\s*(?:보기|확인|펼치기)?|펼치기|접기|보기|"
                    + "더\\s*보기|클릭)[\\s.!:)]*$");
    private static final java.util.regex.Pattern ANY_TAG = java.util.regex.Pattern.compile("<[^>]*>");
    /** Summaries sit below every Markdown heading: levels 7, 8, … by how deep their {@code <details>} nests. */
    private static final int SUMMARY_LEVEL = 6;

    private final String[] sourceLines;
    private final List<Line> lines = new ArrayList<>();
    /**
     * For each {@code <details>} open at this point of the note (they may span many HTML blocks, with Markdown
     * between), the index of its summary line, or -1 before its summary.
     */
    private final java.util.Deque<Integer> openDetails = new java.util.ArrayDeque<>();
    /** Summaries whose {@code <details>} holds other {@code <details>}: a category, not a question. */
    private final java.util.Set<Integer> groups = new java.util.HashSet<>();
    /** The text of a {@code <summary>} still open at the end of an HTML line, or null. */
    private StringBuilder summary;
    private int summaryNumber;

    private Outline(String source) {
        this.sourceLines = source.split("\n", -1);
    }

    static List<Line> of(ParsedNote parsed) {
        Outline outline = new Outline(parsed.source());
        parsed.readBlocks(outline::visit);
        for (int i : outline.groups) {
            outline.lines.set(i, outline.lines.get(i).notSummary());
        }
        return List.copyOf(outline.lines);
    }

    private void visit(NoteOutline.Block block) {
        if (block instanceof NoteOutline.Heading heading) {
            add(heading.line(), 0, LineKind.HEADING, headingText(heading), heading.level(), (char) 0, heading.id(),
                    heading.id(), heading.quoted(), false, false, 0);
        } else if (block instanceof NoteOutline.Item item) {
            if (item.first() != null) {
                paragraph(item.first(), item);
            } else {
                add(item.line(), item.column(), LineKind.ITEM, "", 0, item.delimiter(), item.id(), item.id(),
                        item.quoted(), false, false, item.task());
            }
        } else if (block instanceof NoteOutline.Paragraph paragraph) {
            paragraph(paragraph, null);
        } else if (block instanceof NoteOutline.Rule rule) {
            add(rule.line(), 0, LineKind.RULE, "", 0, (char) 0, rule.id(), rule.id(), rule.quoted(), false, false, 0);
        } else if (block instanceof NoteOutline.Html html) {
            html(html);
        }
    }

    /**
     * A raw HTML block, read for the collapsible Q&amp;A people write in Markdown: each {@code <summary>} becomes a
     * heading-like line one level below the Markdown headings (deeper when nested), each {@code </details>} an
     * {@link LineKind#END} line closing it, and the text of the other tags text lines — so the answer folded under a
     * summary, in HTML or in Markdown after a blank line, is read as the answer under a heading is. Other HTML is
     * read as text lines only.
     */
    private void html(NoteOutline.Html node) {
        int first = node.line();
        String[] rows = node.text().split("\n", -1);
        for (int r = 0; r < rows.length; r++) {
            int number = first + r;
            String row = rows[r];
            java.util.regex.Matcher m = DETAILS_TAG.matcher(row);
            StringBuilder outside = new StringBuilder();
            int at = 0;
            while (m.find()) {
                String between = row.substring(at, m.start());
                (summary != null ? summary : outside).append(between);
                at = m.end();
                boolean close = !m.group(1).isEmpty();
                if (m.group(2).equalsIgnoreCase("details")) {
                    htmlText(outside, number, node);
                    if (!close) {
                        if (!openDetails.isEmpty() && openDetails.peek() >= 0) {
                            groups.add(openDetails.peek());
                        }
                        openDetails.push(-1);
                    } else if (!openDetails.isEmpty()) {
                        add(number, LineKind.END, "", SUMMARY_LEVEL + openDetails.size(), node, false);
                        openDetails.pop();
                    }
                } else if (!close) {
                    htmlText(outside, number, node);
                    summary = new StringBuilder();
                    summaryNumber = number;
                } else if (summary != null) {
                    String text = plain(summary);
                    summary = null;
                    if (!text.isEmpty() && !openDetails.isEmpty() && !TOGGLE.matcher(text).matches()) {
                        openDetails.pop();
                        openDetails.push(lines.size());
                        add(summaryNumber, LineKind.HEADING, text, SUMMARY_LEVEL + openDetails.size(), node, true);
                    }
                }
            }
            String rest = row.substring(at);
            if (summary != null) {
                summary.append(rest).append(' ');
            } else {
                outside.append(rest);
                htmlText(outside, number, node);
            }
        }
    }

    /** Text of an HTML line outside any summary, as a text line; cleared after. */
    private void htmlText(StringBuilder html, int number, NoteOutline.Html node) {
        String text = plain(html);
        html.setLength(0);
        if (!text.isEmpty()) {
            add(number, LineKind.TEXT, text, 0, node, false);
        }
    }

    /** What a reader sees of an HTML fragment: tags removed (block tags as spaces), entities decoded. */
    private static String plain(CharSequence html) {
        String text = BLOCK_TAG.matcher(html).replaceAll(" ");
        text = ANY_TAG.matcher(text).replaceAll("");
        text = org.jsoup.parser.Parser.unescapeEntities(text, false);
        return text.replaceAll("\\s+", " ").strip();
    }

    private void add(int number, LineKind kind, String text, int level, NoteOutline.Html node, boolean isSummary) {
        int indent = leading(number);
        boolean blankBefore = number <= 1 || sourceLines[number - 2].isBlank();
        lines.add(new Line(lines.size(), number, indent, kind, text, level, (char) 0, node.id(), node.id(),
                node.quoted(), blankBefore, false, false, isSummary, 0));
    }

    /** A heading's text as a reader sees it: like its plain text, but keeping brackets that are not links. */
    private String headingText(NoteOutline.Heading heading) {
        List<LineBuilder> built = new ArrayList<>();
        LineBuilder first = new LineBuilder();
        built.add(first);
        collect(heading.content(), first, built, false);
        StringBuilder sb = new StringBuilder();
        built.forEach(b -> sb.append(b.text).append(' '));
        String text = sb.toString().replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? heading.plain().replace('\n', ' ').strip() : text;
    }

    /** One paragraph, line by line; its first line is the item's line when it opens a list item. */
    private void paragraph(NoteOutline.Paragraph paragraph, NoteOutline.Item item) {
        List<LineBuilder> built = new ArrayList<>();
        LineBuilder current = new LineBuilder();
        built.add(current);
        collect(paragraph.content(), current, built, false);
        boolean first = true;
        for (LineBuilder b : built) {
            if (b.line < 0 && !(first && item != null)) {
                first = false;
                continue;
            }
            String text = DECORATION.matcher(b.text.toString().strip()).replaceFirst("");
            int number = b.line >= 0 ? b.line : item.line();
            if (first && item != null) {
                add(item.line(), item.column(), LineKind.ITEM, text, 0, item.delimiter(), item.id(), item.id(),
                        item.quoted(), b.linkOnly(), b.anchorLink, item.task());
            } else if (!text.isEmpty()) {
                LineKind kind = b.boldChars > 0 && b.boldChars == b.visibleChars ? LineKind.BOLD : LineKind.TEXT;
                add(number, 0, kind, text, 0, (char) 0, paragraph.id(), paragraph.anchor(), paragraph.quoted(),
                        b.linkOnly(), b.anchorLink, 0);
            }
            first = false;
        }
    }

    /** Walks inline content, splitting lines at line breaks and counting bold and link characters per line. */
    private LineBuilder collect(List<Inline> children, LineBuilder current, List<LineBuilder> built, boolean bold) {
        for (Inline node : children) {
            Kind kind = node.kind();
            if (kind == Kind.BREAK) {
                current = new LineBuilder();
                built.add(current);
            } else if (kind == Kind.TEXT || kind == Kind.CODE || kind == Kind.ENTITY || kind == Kind.BRACKETS) {
                // brackets: "[Frugality]", "[!note]" are what a reader sees, not a link
                current.append(node.line(), node.text(), bold);
            } else if (kind == Kind.HTML) {
                continue;
            } else if (kind == Kind.LINK || kind == Kind.IMAGE) {
                current.links++;
                if (kind == Kind.LINK && node.url().startsWith("#")) {
                    current.anchorLink = true;
                }
                int before = current.visibleChars;
                current = collect(node.children(), current, built, bold);
                current.linkChars += current.visibleChars - before;
            } else if (!bold && kind == Kind.STRONG && starLabel(node)) {
                // "**Situation:** … **Task:** …" in one paragraph: each bold label opens a line of its own, and
                // "**S** …" / "**Situation** …" with no colon reads as "S: …"
                // ("The **result** was fine" is prose: only a capitalised label with its colon or dash splits a line)
                String label = node.text().strip();
                String after = node.after();
                boolean colon = label.endsWith(":") || label.endsWith("：");
                boolean punctuated = colon || after.strip().matches("^[:：\\-–—].*");
                boolean lineStart = current.visibleChars == 0;
                if (!lineStart && !punctuated) {
                    current = collect(node.children(), current, built, true);
                    continue;
                }
                if (!lineStart) {
                    current = new LineBuilder();
                    built.add(current);
                }
                current = collect(node.children(), current, built, true);
                if (!punctuated && node.textAfter() && !after.isBlank() && !after.strip().startsWith("(")
                        && !after.strip().startsWith("（")) {
                    current.append(node.line(), ":", true);
                }
            } else {
                boolean strong = bold || kind == Kind.STRONG || kind == Kind.EMPHASIS;
                current = collect(node.children(), current, built, strong);
            }
        }
        return current;
    }

    /** Whether a bold run is only a STAR word or letter ({@code **Task:**}, {@code **S**}), not other text. */
    private static boolean starLabel(Inline strong) {
        String text = strong.text().strip();
        if (text.isEmpty() || text.length() > 20 || Character.isLowerCase(text.charAt(0))) {
            return false;
        }
        StarLabel label = StarLabel.of(LineKind.BOLD, text.endsWith(":") || text.endsWith("：") ? text : text + ":");
        return label != null && label.alone() && label.star() && label.typo().isEmpty();
    }

    /** A line from a heading, a list item, a paragraph or a rule; {@code column}: a list marker's, else unused. */
    private void add(int number, int column, LineKind kind, String text, int level, char marker, int block,
                     int anchor, boolean quoted, boolean linkOnly, boolean anchorLink, int task) {
        int indent = kind == LineKind.ITEM ? columns(number, column - 1) : leading(number);
        boolean blankBefore = number <= 1 || sourceLines[number - 2].isBlank();
        lines.add(new Line(lines.size(), number, indent, kind, text, level, marker, block, anchor, quoted,
                blankBefore, linkOnly, anchorLink, false, task));
    }

    /** Leading whitespace of a file line, in columns. */
    private int leading(int number) {
        String line = sourceLines[number - 1];
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return columns(number, i);
    }

    /** Columns taken by the first {@code chars} characters of a file line (tabs to the next multiple of 4). */
    private int columns(int number, int chars) {
        String line = sourceLines[number - 1];
        int col = 0;
        for (int i = 0; i < chars && i < line.length(); i++) {
            col = line.charAt(i) == '\t' ? (col / 4 + 1) * 4 : col + 1;
        }
        return col;
    }

    /** Accumulates one line of a paragraph. */
    private static final class LineBuilder {
        final StringBuilder text = new StringBuilder();
        int line = -1;
        int visibleChars;
        int boldChars;
        int linkChars;
        int links;
        boolean anchorLink;

        void append(int nodeLine, CharSequence chars, boolean bold) {
            if (line < 0) {
                line = nodeLine;
            }
            text.append(chars);
            int visible = 0;
            for (int i = 0; i < chars.length(); i++) {
                if (!Character.isWhitespace(chars.charAt(i))) {
                    visible++;
                }
            }
            visibleChars += visible;
            if (bold) {
                boldChars += visible;
            }
        }

        boolean linkOnly() {
            return links == 1 && linkChars == visibleChars && visibleChars > 0;
        }
    }
}
