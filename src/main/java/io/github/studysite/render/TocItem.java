package io.github.studysite.render;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a page's table of contents, with the entries of the headings under it: the list nests as the headings
 * do, so its depth needs no attribute on each entry.
 *
 * @param text     heading text
 * @param href     {@code #id}
 * @param children the entries of the deeper headings that follow it, up to the next heading as shallow
 */
public record TocItem(String text, String href, List<TocItem> children) {

    public boolean hasChildren() {
        return !children.isEmpty();
    }

    /** A heading as its text, link and level ({@code 1} for {@code h1}). */
    record Heading(String text, String href, int level) {
    }

    /**
     * The headings, in page order, as a tree: each heading holds the deeper ones after it. A heading deeper by more
     * than one level is one level deeper in the list, and one shallower than the first is still at the top.
     */
    static List<TocItem> tree(List<Heading> headings) {
        return children(headings, new int[]{0}, Integer.MIN_VALUE);
    }

    /** The entries from {@code next[0]} on that are deeper than {@code above}, moving {@code next[0]} past them. */
    private static List<TocItem> children(List<Heading> headings, int[] next, int above) {
        List<TocItem> out = new ArrayList<>();
        while (next[0] < headings.size() && headings.get(next[0]).level() > above) {
            Heading h = headings.get(next[0]++);
            out.add(new TocItem(h.text(), h.href(), children(headings, next, h.level())));
        }
        return List.copyOf(out);
    }
}
