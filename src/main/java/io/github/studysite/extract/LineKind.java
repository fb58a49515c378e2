package io.github.studysite.extract;

/** What a line of a note is, structurally. */
enum LineKind {
    /** An ATX or setext heading. */
    HEADING,
    /** The first line of a list item (numbered or bulleted). */
    ITEM,
    /** A line that is bold (or emphasised) from end to end, as people write sub-titles. */
    BOLD,
    /** Any other line of text. */
    TEXT,
    /** A thematic break ({@code ---}). */
    RULE,
    /**
     * The end of a collapsible {@code <details>} block: closes what its {@code <summary>} opened. Its level is the
     * summary's.
     */
    END
}
