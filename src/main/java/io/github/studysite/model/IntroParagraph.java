package io.github.studysite.model;

/**
 * One paragraph of a self-introduction.
 *
 * @param text    the paragraph's text, lines joined with {@code \n}
 * @param heading the subsection it sits under inside the introduction ({@code English}, {@code 한국어}), or empty
 */
public record IntroParagraph(String text, String heading) {
    public IntroParagraph {
        text = text == null ? "" : text.strip();
        heading = heading == null ? "" : heading;
    }
}
