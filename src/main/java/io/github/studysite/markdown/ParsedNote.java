package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.studysite.model.Note;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A parsed note: the Markdown tree that {@link MarkdownEngine#render} turns into HTML, and its {@link NoteOutline}
 * for the extractor. The tree stays inside this package. Lives only while the note is being extracted and its body
 * rendered: the tree is large and the site holds thousands of notes, so nothing keeps it afterwards.
 */
public final class ParsedNote {

    private final Note note;
    private final Document document;
    private final Map<Heading, String> headingIds;
    private final List<TocEntry> toc;
    private final String source;
    private final List<Unsafe> unsafe;
    private final List<Refusal> refused;
    private final List<LeadIns.LeadIn> leadIns;
    private final OutlineReader.Numbers numbers = new OutlineReader.Numbers();

    /**
     * @param document   the flexmark tree; source line numbers are the file's
     * @param headingIds the GitHub-compatible id of every heading
     * @param unsafe     attributes of kramdown attribute lists left out as able to run script
     */
    ParsedNote(Note note, Document document, Map<Heading, String> headingIds, List<TocEntry> toc, String source,
               List<Unsafe> unsafe, List<Refusal> refused, List<LeadIns.LeadIn> leadIns) {
        this.note = note;
        this.document = document;
        this.headingIds = headingIds;
        this.toc = List.copyOf(toc);
        this.source = source;
        this.unsafe = List.copyOf(unsafe);
        this.refused = List.copyOf(refused);
        this.leadIns = List.copyOf(leadIns);
    }

    /** The note. */
    public Note note() {
        return note;
    }

    /**
     * Hands each block of the note to {@code reader}, in document order, read from the tree as it goes: no list of
     * the blocks is held, so a large note holds its tree and what the reader makes of the blocks, not a copy too.
     */
    public void readBlocks(Consumer<NoteOutline.Block> reader) {
        OutlineReader.readBlocks(document, numbers, reader);
    }

    /** The note's tables and heading ids, read from the tree on each call (the note holds no copy). */
    public NoteOutline outline() {
        return OutlineReader.of(document, headingIds, source, numbers);
    }

    /** Every heading in order, with {@code omit from toc} marked. */
    public List<TocEntry> toc() {
        return toc;
    }

    /**
     * What the page lists as its contents: the headings; or, for a long note without headings enough to list, the
     * outline of its bold lead-ins and question lines ({@link LeadIns}).
     *
     * @param anchors the study extractor's ids by outline block, which a lead-in's block keeps when it has one
     */
    public List<TocEntry> pageToc(Map<Integer, String> anchors) {
        if (leadIns.isEmpty()) {
            return toc;
        }
        Map<Node, String> blockIds = new java.util.IdentityHashMap<>();
        anchors.forEach((block, id) -> blockIds.put(node(block), id));
        return leadIns.stream().map(l -> {
            String id = blockIds.get(l.node());
            TocEntry e = l.entry();
            return id == null ? e : new TocEntry(e.level(), e.text(), id, e.line(), e.omitted());
        }).toList();
    }

    /** The Markdown as parsed (tab-structured prose de-indented, Liquid rendered). */
    public String source() {
        return source;
    }

    /** Paragraphs left out as too costly to parse (errors to report). */
    public List<Refusal> refused() {
        return refused;
    }

    Document document() {
        return document;
    }

    Map<Heading, String> headingIds() {
        return headingIds;
    }

    List<LeadIns.LeadIn> leadIns() {
        return leadIns;
    }

    List<Unsafe> unsafe() {
        return unsafe;
    }

    /** The node of an outline block number. */
    Node node(int block) {
        return numbers.node(block);
    }

    /** Something left out of the note as able to run script ({@code onclick=}), and the element it was on. */
    record Unsafe(String what, Node node) {
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
