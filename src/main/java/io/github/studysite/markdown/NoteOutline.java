package io.github.studysite.markdown;

import java.util.List;
import java.util.Map;

/**
 * What a note's Markdown says, for the stages after parsing: the study extractor reads it and names the blocks it
 * wants ids on by their {@link Block#id() number}. No Markdown library type is in it, so the parser can change
 * without the extractor knowing. The blocks themselves — headings, list items, paragraphs, rules and raw HTML, in
 * document order — are handed over one at a time by {@link ParsedNote#readBlocks}, so that no list of them is held
 * beside the tree and the lines the extractor makes of them; what is read whole is here.
 *
 * @param tables     every table of the note, in document order
 * @param headingIds the id of every heading, by block number
 */
public record NoteOutline(List<Table> tables, Map<Integer, String> headingIds) {

    public NoteOutline {
        tables = List.copyOf(tables);
        headingIds = Map.copyOf(headingIds);
    }

    /**
     * A block of the note (code, HTML comments and tables are not handed over as blocks). {@code id} is its number
     * in the note; {@code quoted}: inside a block quote.
     */
    public sealed interface Block permits Heading, Item, Paragraph, Rule, Html {
        int id();

        boolean quoted();
    }

    /**
     * Line numbers here are 1-based lines of the parsed text ({@link ParsedNote#source()}).
     *
     * @param line  its line
     * @param level 1–6
     * @param plain its text as a reader sees it, line breaks as newlines
     */
    public record Heading(int id, boolean quoted, int line, int level, String plain, List<Inline> content)
            implements Block {
        public Heading {
            content = List.copyOf(content);
        }
    }

    /**
     * A list item; the blocks after its first paragraph are handed over after it.
     *
     * @param line      line of its marker
     * @param column    1-based column of its marker in the parsed text
     * @param delimiter {@code .} or {@code )} for ordered items, the bullet for others
     * @param task      0, {@link #OPEN_TASK} or {@link #DONE_TASK}
     * @param first     its first paragraph, or null when it opens with another block
     */
    public record Item(int id, boolean quoted, int line, int column, char delimiter, int task, Paragraph first)
            implements Block {
        public static final int OPEN_TASK = 1;
        public static final int DONE_TASK = 2;
    }

    /** @param anchor the block whose element an id for this paragraph goes on (a tight item renders no {@code <p>}) */
    public record Paragraph(int id, boolean quoted, int anchor, List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /** A thematic break. */
    public record Rule(int id, boolean quoted, int line) implements Block {
    }

    /** A raw HTML block, as written; {@code line}: its first line. */
    public record Html(int id, boolean quoted, int line, String text) implements Block {
    }

    /** @param header the header row's cells, empty if it has none */
    public record Table(int id, boolean quoted, int line, List<String> header, List<Row> rows) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** A body row of a table: its cells' text, trimmed. */
    public record Row(int id, int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A piece of inline content.
     *
     * @param kind      what it is
     * @param line      line it starts on
     * @param text      for text, code, entities (decoded) and unresolved brackets: the characters; for strong
     *                  emphasis: its text as a reader sees it; else empty
     * @param url       a link's address as written, else empty
     * @param children  the content of links, images, emphasis and other containers
     * @param after     for strong emphasis: the source of what follows it in its parent, else empty
     * @param textAfter for strong emphasis: whether what follows it is plain text
     */
    public record Inline(Kind kind, int line, String text, String url, List<Inline> children, String after,
                         boolean textAfter) {
        public Inline {
            children = List.copyOf(children);
        }
    }

    /** Kinds of inline content. */
    public enum Kind {
        /** a soft or hard line break */
        BREAK,
        /** characters */
        TEXT,
        /** inline code */
        CODE,
        /** an HTML entity */
        ENTITY,
        /** raw inline HTML or an HTML comment */
        HTML,
        /** {@code [x]} that is no link: brackets a reader sees */
        BRACKETS,
        LINK,
        IMAGE,
        STRONG,
        EMPHASIS,
        /** any other container (autolinks, reference links, strikethrough, …) */
        OTHER
    }
}
