package io.github.studysite.render;

import java.util.List;

/**
 * What {@code star-index.css.mustache} needs: the STAR index's column names in every interface language of the site,
 * which its phone layout writes before each cell, so that the rows need not carry them.
 *
 * @param languages each interface language's names
 */
public record StarIndexStyle(List<Columns> languages) {

    /** The site's output path of the style sheet. */
    public static final String PATH = "assets/star-index.css";

    /**
     * One interface language's column names, each a CSS string with the space that parts it from the cell's text.
     *
     * @param lang the language code, for {@code :lang()}
     */
    public record Columns(String lang, String principles, String note, String length, String speaking,
                          String feedback) {
    }

    public static StarIndexStyle of(List<Messages> languages) {
        return new StarIndexStyle(languages.stream().map(m -> new Columns(m.lang(), label(m, "col_principles"),
                label(m, "col_note"), label(m, "col_length"), label(m, "col_speaking"), label(m, "col_feedback")))
                .toList());
    }

    private static String label(Messages m, String key) {
        return cssString(m.get(key) + " ");
    }

    /** {@code text} as a quoted CSS string: quotes and backslashes escaped, control characters as hex escapes. */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
