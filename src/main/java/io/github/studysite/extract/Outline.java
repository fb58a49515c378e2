package io.github.studysite.extract;

import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import io.github.studysite.parse.NodeText;
import io.github.studysite.parse.ParsedNote;
import io.github.studysite.parse.SourceLines;
import io.github.studysite.text.LineIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Flattens a parsed note into {@link Line}s in document order: headings, list items (first line), bold lines, text
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
    private final LineIndex index;
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

    private Outline(ParsedNote parsed) {
        this.sourceLines = parsed.source().split("\n", -1);
        this.index = SourceLines.of(parsed.document());
    }

    static List<Line> of(ParsedNote parsed) {
        Outline outline = new Outline(parsed);
        outline.visitChildren(parsed.document());
        for (int i : outline.groups) {
            Line l = outline.lines.get(i);
            outline.lines.set(i, new Line(l.index(), l.number(), l.indent(), l.kind(), l.text(), l.level(),
                    l.marker(), l.node(), l.blankBefore(), l.linkOnly(), l.anchorLink(), false));
        }
        return List.copyOf(outline.lines);
    }

    private void visitChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            visit(child);
        }
    }

    private void visit(Node node) {
        if (node instanceof Heading heading) {
            String text = headingText(heading);
            add(node.getStartOffset(), LineKind.HEADING, text, heading.getLevel(), (char) 0, node, false, false);
        } else if (node instanceof ListItem item) {
            Node first = item.getFirstChild();
            if (first instanceof Paragraph paragraph) {
                paragraph(paragraph, item);
                for (Node child = first.getNext(); child != null; child = child.getNext()) {
                    visit(child);
                }
            } else {
                add(item.getStartOffset(), LineKind.ITEM, "", 0, delimiter(item), item, false, false);
                visitChildren(item);
            }
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph, null);
        } else if (node instanceof ThematicBreak) {
            add(node.getStartOffset(), LineKind.RULE, "", 0, (char) 0, node, false, false);
        } else if (node instanceof HtmlBlock) {
            html(node);
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                || node instanceof HtmlCommentBlock || node instanceof TableBlock) {
            // not mined: code and tables hold no stories or questions (tables are read by TableFinder)
        } else {
            visitChildren(node);
        }
    }

    /**
     * A raw HTML block, read for the collapsible Q&amp;A people write in Markdown: each {@code <summary>} becomes a
     * heading-like line one level below the Markdown headings (deeper when nested), each {@code </details>} an
     * {@link LineKind#END} line closing it, and the text of the other tags text lines — so the answer folded under a
     * summary, in HTML or in Markdown after a blank line, is read as the answer under a heading is. Other HTML is
     * read as text lines only.
     */
    private void html(Node node) {
        int first = index.line(node.getStartOffset());
        String[] rows = node.getChars().toString().split("\n", -1);
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
    private void htmlText(StringBuilder html, int number, Node node) {
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

    private void add(int number, LineKind kind, String text, int level, Node node, boolean isSummary) {
        int indent = leading(number);
        boolean blankBefore = number <= 1 || sourceLines[number - 2].isBlank();
        lines.add(new Line(lines.size(), number, indent, kind, text, level, (char) 0, node, blankBefore, false,
                false, isSummary));
    }

    /** A heading's text as a reader sees it: like {@link NodeText}, but keeping brackets that are not links. */
    private String headingText(Heading heading) {
        List<LineBuilder> built = new ArrayList<>();
        LineBuilder first = new LineBuilder();
        built.add(first);
        collect(heading, first, built, false);
        StringBuilder sb = new StringBuilder();
        built.forEach(b -> sb.append(b.text).append(' '));
        String text = sb.toString().replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? NodeText.of(heading).replace('\n', ' ').strip() : text;
    }

    /** One paragraph, line by line; its first line is the item's line when it opens a list item. */
    private void paragraph(Paragraph paragraph, ListItem item) {
        List<LineBuilder> built = new ArrayList<>();
        LineBuilder current = new LineBuilder();
        built.add(current);
        collect(paragraph, current, built, false);
        boolean first = true;
        for (LineBuilder b : built) {
            if (b.offset < 0 && !(first && item != null)) {
                first = false;
                continue;
            }
            String text = DECORATION.matcher(b.text.toString().strip()).replaceFirst("");
            int offset = b.offset >= 0 ? b.offset : item.getStartOffset();
            if (first && item != null) {
                add(item.getStartOffset(), LineKind.ITEM, text, 0, delimiter(item), item, b.linkOnly(), b.anchorLink);
            } else if (!text.isEmpty()) {
                LineKind kind = b.boldChars > 0 && b.boldChars == b.visibleChars ? LineKind.BOLD : LineKind.TEXT;
                add(offset, kind, text, 0, (char) 0, paragraph, b.linkOnly(), b.anchorLink);
            }
            first = false;
        }
    }

    /** Walks inline nodes, splitting lines at line breaks and counting bold and link characters per line. */
    private LineBuilder collect(Node parent, LineBuilder current, List<LineBuilder> built, boolean bold) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                current = new LineBuilder();
                built.add(current);
            } else if (node instanceof Text || (node instanceof TextBase && !node.hasChildren())) {
                current.append(node, node.getChars(), bold);
            } else if (node instanceof Code code) {
                current.append(node, code.getText(), bold);
            } else if (node instanceof HtmlEntity entity) {
                current.append(node, org.jsoup.parser.Parser.unescapeEntities(entity.getChars().toString(), false), bold);
            } else if (node instanceof HtmlInline || node instanceof HtmlInlineComment) {
                continue;
            } else if (node instanceof com.vladsch.flexmark.ast.LinkRef ref && !ref.isDefined()) {
                // "[Frugality]", "[!note]": brackets a reader sees, not a link
                current.append(node, node.getChars(), bold);
            } else if (node instanceof Link || node instanceof Image) {
                current.links++;
                if (node instanceof Link link && link.getUrl().startsWith("#")) {
                    current.anchorLink = true;
                }
                int before = current.visibleChars;
                current = collect(node, current, built, bold);
                current.linkChars += current.visibleChars - before;
            } else if (!bold && node instanceof StrongEmphasis && starLabel(node)) {
                // "**Situation:** … **Task:** …" in one paragraph: each bold label opens a line of its own, and
                // "**S** …" / "**Situation** …" with no colon reads as "S: …"
                // ("The **result** was fine" is prose: only a capitalised label with its colon or dash splits a line)
                String label = NodeText.of(node).strip();
                Node next = node.getNext();
                String after = next == null ? "" : next.getChars().toString();
                boolean colon = label.endsWith(":") || label.endsWith("：");
                boolean punctuated = colon || after.strip().matches("^[:：\\-–—].*");
                boolean lineStart = current.visibleChars == 0;
                if (!lineStart && !punctuated) {
                    current = collect(node, current, built, true);
                    continue;
                }
                if (!lineStart) {
                    current = new LineBuilder();
                    built.add(current);
                }
                current = collect(node, current, built, true);
                if (!punctuated && next instanceof Text && !after.isBlank() && !after.strip().startsWith("(")
                        && !after.strip().startsWith("（")) {
                    current.append(node, ":", true);
                }
            } else {
                boolean strong = bold || node instanceof StrongEmphasis || node instanceof Emphasis;
                current = collect(node, current, built, strong);
            }
        }
        return current;
    }

    /** Whether a bold run is only a STAR word or letter ({@code **Task:**}, {@code **S**}), not other text. */
    private static boolean starLabel(Node strong) {
        String text = NodeText.of(strong).strip();
        if (text.isEmpty() || text.length() > 20 || Character.isLowerCase(text.charAt(0))) {
            return false;
        }
        StarLabel label = StarLabel.of(LineKind.BOLD, text.endsWith(":") || text.endsWith("：") ? text : text + ":");
        return label != null && label.alone() && label.star() && label.typo().isEmpty();
    }

    private void add(int offset, LineKind kind, String text, int level, char marker, Node node, boolean linkOnly,
                     boolean anchorLink) {
        int number = index.line(offset);
        int indent = kind == LineKind.ITEM ? columns(number, index.column(offset) - 1) : leading(number);
        boolean blankBefore = number <= 1 || sourceLines[number - 2].isBlank();
        int task = node instanceof com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem item
                ? item.isItemDoneMarker() ? Line.DONE_TASK : Line.OPEN_TASK : 0;
        lines.add(new Line(lines.size(), number, indent, kind, text, level, marker, node, blankBefore, linkOnly,
                anchorLink, false, task));
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

    private static char delimiter(ListItem item) {
        if (item instanceof BulletListItem) {
            String marker = item.getOpeningMarker().toString();
            return marker.isEmpty() ? '-' : marker.charAt(0);
        }
        return item.getParent() instanceof OrderedList list ? list.getDelimiter() : '.';
    }

    /** Accumulates one line of a paragraph. */
    private static final class LineBuilder {
        final StringBuilder text = new StringBuilder();
        int offset = -1;
        int visibleChars;
        int boldChars;
        int linkChars;
        int links;
        boolean anchorLink;

        void append(Node node, CharSequence chars, boolean bold) {
            if (offset < 0) {
                offset = node.getStartOffset();
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
