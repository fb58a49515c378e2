package io.github.studysite.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import io.github.studysite.model.Note;

import java.util.List;
import java.util.Map;

/**
 * A note and its Markdown tree. Lives only while the note is being extracted and its body rendered: the tree is large
 * and the site holds thousands of notes, so nothing keeps it afterwards.
 *
 * @param note       the note
 * @param document   the flexmark tree; source line numbers are the file's
 * @param headingIds the GitHub-compatible id of every heading
 * @param toc        every heading in order, with {@code omit from toc} marked
 * @param source     the Markdown as parsed (tab-structured prose de-indented, Liquid rendered)
 * @param unsafe     attributes of kramdown attribute lists left out as able to run script
 * @param refused    paragraphs left out as too costly to parse (errors to report)
 */
public record ParsedNote(Note note, Document document, Map<Heading, String> headingIds, List<TocEntry> toc,
                         String source, List<Unsafe> unsafe, List<Refusal> refused) {
    public ParsedNote {
        toc = List.copyOf(toc);
        unsafe = List.copyOf(unsafe);
        refused = List.copyOf(refused);
    }

    public ParsedNote(Note note, Document document, Map<Heading, String> headingIds, List<TocEntry> toc,
                      String source) {
        this(note, document, headingIds, toc, source, List.of(), List.of());
    }

    /** Something left out of the note as able to run script ({@code onclick=}), and the element it was on. */
    public record Unsafe(String what, com.vladsch.flexmark.util.ast.Node node) {
    }

    /**
     * A part of the note not parsed as written.
     *
     * @param line    its first line in the file, 1-based
     * @param message what the author is told
     */
    public record Refusal(int line, String message) {
    }
}
