package io.github.studysite.extract;

import io.github.studysite.markdown.NoteOutline;

/**
 * One line of a note as the study extractor reads it: what it is, what it says, how far it is indented in the file.
 * Notes are written as outlines more than as CommonMark documents — a {@code 1)} item three spaces in under
 * {@code 9.  Bias for Action} is a sub-item to its author even where CommonMark starts a new list — so the extractor
 * works on lines and their indentation, using the Markdown tree only for what it is good at (headings, emphasis,
 * list markers, code that must not be mined).
 *
 * @param index        position in the note's line list
 * @param number       1-based line in the file
 * @param indent       columns of leading whitespace in the file (tabs to the next multiple of 4); for a list item,
 *                     the column of its marker
 * @param kind         heading, list item, bold line, text or rule
 * @param text         what a reader sees on the line (Markdown removed, list marker removed), trimmed
 * @param level        heading level (1–6) for headings, else 0
 * @param marker       the list marker's delimiter for items ({@code .}, {@code )}, {@code -}, {@code *}, {@code +}),
 *                     else 0
 * @param block        the outline block the line belongs to (its number in the note)
 * @param anchor       the block to anchor a deep link on (heading, list item or paragraph)
 * @param quoted       whether the block is inside a block quote
 * @param blankBefore  whether the line before it in the file is blank
 * @param linkOnly     whether the line is nothing but one link or image
 * @param anchorLink   whether that link points to an anchor on the same page ({@code #…}: a table of contents)
 * @param summary      whether it is the {@code <summary>} of a collapsible {@code <details>} block that holds no
 *                     other {@code <details>}: a question with its answer folded under it
 * @param task         for a task list item, {@link #OPEN_TASK} or {@link #DONE_TASK}; else 0
 */
record Line(int index, int number, int indent, LineKind kind, String text, int level, char marker, int block,
            int anchor, boolean quoted, boolean blankBefore, boolean linkOnly, boolean anchorLink, boolean summary,
            int task) {

    static final int OPEN_TASK = NoteOutline.Item.OPEN_TASK;
    static final int DONE_TASK = NoteOutline.Item.DONE_TASK;

    /** A table's or a table row's line: text only, anchored on the table or row itself. */
    static Line tableLine(int number, String text, int block, boolean quoted) {
        return new Line(-1, number, 0, LineKind.TEXT, text, 0, (char) 0, block, block, quoted, false, false, false,
                false, 0);
    }

    /** This line, not the summary of a question (its {@code <details>} holds others). */
    Line notSummary() {
        return new Line(index, number, indent, kind, text, level, marker, block, anchor, quoted, blankBefore,
                linkOnly, anchorLink, false, task);
    }

    boolean isMarker() {
        return kind != LineKind.TEXT;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }
}
