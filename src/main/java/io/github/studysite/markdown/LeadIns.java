package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.studysite.util.Slugs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The outline of a long note written without headings, read from the structure it has instead: paragraphs that open
 * with a bold label ({@code **Situation**: …}, {@code **Q.** …}), top-level list items that do, and question lines
 * ({@code Q3. …}, {@code 질문 2) …}). Each gets an id on its label, so the page can list them as its contents. A short
 * note, or one with headings enough for a table of contents, gets none: it needs no second outline.
 */
final class LeadIns {

    /** About three screens of text: shorter notes are read through, not navigated. */
    static final int LONG_LINES = 60;
    static final int LONG_CHARS = 4_000;
    /** Fewer entries than this are no outline worth the space. */
    static final int MIN_ENTRIES = 3;
    private static final int MAX_LABEL = 60;
    private static final Pattern QUESTION_LINE = Pattern.compile("^(?:Q\\s*\\d*|질문\\s*\\d+|\\d+\\s*번)\\s*[.:)]\\s*\\S");

    /**
     * One entry of the outline.
     *
     * @param entry its text, id and line
     * @param node  the element that carries the id: the bold label, or the question line's paragraph
     */
    record LeadIn(TocEntry entry, Node node) {
    }

    private LeadIns() {
    }

    /**
     * @param listedHeadings how many headings the note's table of contents lists
     * @param taken          ids already in the note (its headings'), which the outline's must not repeat
     */
    static List<LeadIn> find(Document document, String source, long listedHeadings, Set<String> taken) {
        if (listedHeadings >= 2 || !isLong(source)) {
            return List.of();
        }
        List<Node> labels = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Paragraph paragraph) {
                label(paragraph).ifPresent(labels::add);
            } else if (block instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem && item.getFirstChild() instanceof Paragraph paragraph) {
                        label(paragraph).filter(StrongEmphasis.class::isInstance).ifPresent(labels::add);
                    }
                }
            }
        }
        if (labels.size() < MIN_ENTRIES) {
            return List.of();
        }
        Set<String> used = new HashSet<>(taken);
        List<LeadIn> found = new ArrayList<>();
        for (Node label : labels) {
            String text = text(label);
            int line = SourceLines.startLine(label);
            String id = HeadingIds.unique("at-" + Slugs.segment(text, "" + line), used);
            // a Text node renders no attributes: a question line's id goes on its paragraph
            found.add(new LeadIn(new TocEntry(2, text, id, line, false),
                    label instanceof Text ? label.getParent() : label));
        }
        return found;
    }

    private static boolean isLong(String source) {
        if (source.length() >= LONG_CHARS) {
            return true;
        }
        int lines = 1;
        for (int i = 0; i < source.length() && lines < LONG_LINES; i++) {
            if (source.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines >= LONG_LINES;
    }

    /** The paragraph's bold opening, or its first text when it is a question line. */
    private static java.util.Optional<Node> label(Paragraph paragraph) {
        Node first = paragraph.getFirstChild();
        if (first instanceof StrongEmphasis strong && !NodeText.of(strong).isBlank()) {
            return java.util.Optional.of(strong);
        }
        if (first instanceof Text text && QUESTION_LINE.matcher(text.getChars()).find()) {
            return java.util.Optional.of(text);
        }
        return java.util.Optional.empty();
    }

    private static String text(Node label) {
        String text = label instanceof Text ? label.getChars().toString() : NodeText.of(label);
        text = text.strip().replaceAll("\\s+", " ").replaceFirst("[:：.]$", "").strip();
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1).strip() + "…";
    }
}
