package io.github.studysite.model;

import java.util.Objects;

/**
 * Where something extracted from a note sits in it, so that every story, question and topic can deep-link back to
 * the exact place in the note's page and problems can name the line.
 *
 * @param note   the note's content path ({@code 001.txt}), which identifies it in the site
 * @param anchor the element id in the note's page (without {@code #})
 * @param line   1-based line in the note file
 */
public record SourceRef(String note, String anchor, int line) {
    public SourceRef {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(anchor, "anchor");
    }
}
