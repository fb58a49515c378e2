package io.github.studysite.search;

import java.util.List;
import java.util.Objects;

/**
 * One thing a search can find and link to: a note, a section of a note, a story, a question, a self-introduction, a
 * study topic or a principle.
 *
 * @param kind    what it is
 * @param title   what a result shows as its title
 * @param href    where it is, relative to the site root, with its anchor ({@code stories/x.html},
 *                {@code notes/y/index.html#2-왜-aws인가요})
 * @param text    its text, searched and quoted around the match: a note's or section's up to {@link #MAX_TEXT}
 *                characters, anything else's up to {@link #MAX_EXCERPT} (its full text is in its section too)
 * @param anchors places inside {@code text} that can be linked to, so that a match deep inside a long section links
 *                to the nearest story or question above it rather than to the section's heading
 * @param within  where its text is inside an earlier entry of its chunk (a story inside its note's section), or
 *                {@code null} when {@code text} holds it: the index stores a note's text once
 * @param practice a question's or story's text as practice mode shows it, or {@code null} for other kinds: the index
 *                 writes the entry's title (and a question's own text, its answer) from it, not again
 */
public record SearchEntry(SearchKind kind, String title, String href, String text, List<Anchor> anchors,
                          Span within, PracticeText practice) {

    /** Longer sections are cut: a search covers the first {@value} characters of each. */
    public static final int MAX_TEXT = 20_000;
    /**
     * A story's, question's, introduction's or topic's text is cut at {@value}: the whole of it is already searched
     * as part of its section, so repeating it in full would only double the index.
     */
    public static final int MAX_EXCERPT = 400;

    public SearchEntry {
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        Objects.requireNonNull(href, "href");
        int max = kind == SearchKind.NOTE || kind == SearchKind.SECTION ? MAX_TEXT : MAX_EXCERPT;
        text = text == null ? "" : text.length() > max ? text.substring(0, max) : text;
        anchors = List.copyOf(anchors);
    }

    public SearchEntry(SearchKind kind, String title, String href, String text, List<Anchor> anchors) {
        this(kind, title, href, text, anchors, null, null);
    }

    public SearchEntry(SearchKind kind, String title, String href, String text) {
        this(kind, title, href, text, List.of());
    }

    /** This entry with its text found in {@code span} of an earlier entry instead of written out. */
    public SearchEntry within(Span span) {
        return new SearchEntry(kind, title, href, "", List.of(), span, practice);
    }

    /** This entry with its practice text. */
    public SearchEntry withPractice(PracticeText text) {
        return new SearchEntry(kind, title, href, this.text, anchors, within, text);
    }

    /**
     * A range of another entry's text.
     *
     * @param entry the entry's index in its chunk
     * @param start first UTF-16 index
     * @param end   UTF-16 index after the last
     */
    public record Span(int entry, int start, int end) {
    }

    /**
     * An element id inside an entry's text.
     *
     * @param offset where in the text the element starts (UTF-16 index)
     * @param id     its id
     */
    public record Anchor(int offset, String id) {
    }
}
