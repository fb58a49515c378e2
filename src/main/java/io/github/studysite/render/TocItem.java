package io.github.studysite.render;

/**
 * One line of a page's table of contents.
 *
 * @param text  heading text
 * @param href  {@code #id}
 * @param depth nesting depth from 0, relative to the page's shallowest heading
 */
public record TocItem(String text, String href, int depth) {

    /** Whether it is indented: the page names only the deeper lines' depth, most lines being at the top. */
    public boolean indented() {
        return depth > 0;
    }
}
