package io.github.studysite.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import io.github.studysite.util.LineIndex;

/**
 * Source line numbers of Markdown nodes. flexmark's own {@code Node.getStartLineNumber()} counts line breaks from the
 * start of the document on every call, so asking it for each heading, link and code block of a large note takes time
 * growing with the square of the note's size. Here each document gets one
 * {@link LineIndex}, built when it is parsed, and every lookup is a binary search. When Liquid changed a note's line
 * count, the document also carries the source line of each of its lines, so that line numbers are still the file's.
 */
final class SourceLines {

    private static final LineIndex NONE = new LineIndex("");
    private static final DataKey<LineIndex> INDEX = new DataKey<>("STUDYSITE_LINE_INDEX", NONE);
    private static final int[] SAME = new int[0];
    private static final DataKey<int[]> FILE_LINES = new DataKey<>("STUDYSITE_FILE_LINES", SAME);

    private SourceLines() {
    }

    /** Indexes a freshly parsed document's lines; done by {@link MarkdownEngine} for every document it makes. */
    static Document index(Document document) {
        return index(document, document.getChars());
    }

    /** Indexes a document parsed from {@code text} (a String reads faster than the document's own sequence). */
    static Document index(Document document, CharSequence text) {
        document.set(INDEX, new LineIndex(text));
        return document;
    }

    /**
     * Records the file line of each line of a document's text (Liquid's output), or nothing when they are the same.
     *
     * @param fileLines the 1-based file line of each text line, or null
     */
    static Document fileLines(Document document, int[] fileLines) {
        if (fileLines != null) {
            document.set(FILE_LINES, fileLines);
        }
        return document;
    }

    /** 1-based line of the note's file where {@code node} starts. */
    static int startLine(Node node) {
        return fileLine(node, lines(node).line(node.getStartOffset()));
    }

    /** 1-based line of the note's file where {@code node} ends (its last character's line). */
    static int endLine(Node node) {
        return fileLine(node, lines(node).line(Math.max(node.getStartOffset(), node.getEndOffset() - 1)));
    }

    /** 1-based line of the document's own text where {@code node} starts (the text Liquid made, not the file). */
    static int textStartLine(Node node) {
        return lines(node).line(node.getStartOffset());
    }

    /** 1-based line of the document's own text where {@code node} ends. */
    static int textEndLine(Node node) {
        return lines(node).line(Math.max(node.getStartOffset(), node.getEndOffset() - 1));
    }

    private static int fileLine(Node node, int line) {
        int[] map = FILE_LINES.get(node.getDocument());
        return map.length == 0 ? line : map[Math.max(0, Math.min(line, map.length) - 1)];
    }

    /**
     * The line index of a document's text: what the extractor maps its own offsets with, instead of another. Its
     * lines are the text's (after Liquid), not always the file's.
     */
    static LineIndex of(Document document) {
        LineIndex index = INDEX.get(document);
        if (index == NONE) {
            // a document this engine did not parse: index it now, once
            index(document);
            index = INDEX.get(document);
        }
        return index;
    }

    private static LineIndex lines(Node node) {
        return of(node.getDocument());
    }
}
