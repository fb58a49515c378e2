package io.github.studysite.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import io.github.studysite.text.LineIndex;

/**
 * Source line numbers of Markdown nodes. flexmark's own {@code Node.getStartLineNumber()} counts line breaks from the
 * start of the document on every call, so asking it for each heading, link and code block of a large note takes time
 * growing with the square of the note's size (minutes for a 50 MB note). Here each document gets one
 * {@link LineIndex}, built when it is parsed, and every lookup is a binary search.
 */
public final class SourceLines {

    private static final LineIndex NONE = new LineIndex("");
    private static final DataKey<LineIndex> INDEX = new DataKey<>("STUDYSITE_LINE_INDEX", NONE);

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

    /** 1-based line where {@code node} starts. */
    public static int startLine(Node node) {
        return lines(node).line(node.getStartOffset());
    }

    /** 1-based line where {@code node} ends (its last character's line). */
    public static int endLine(Node node) {
        return lines(node).line(Math.max(node.getStartOffset(), node.getEndOffset() - 1));
    }

    /** The line index of a document's text: what the extractor maps its own offsets with, instead of another. */
    public static LineIndex of(Document document) {
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
