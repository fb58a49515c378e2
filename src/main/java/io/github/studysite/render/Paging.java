package io.github.studysite.render;

import io.github.studysite.address.Urls;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long list into pages, as Hugo's paginator does: page 1 at the list's own address ({@code questions/}),
 * page {@code n} at {@code questions/page/n.html} (a file, not a folder of its own as Hugo writes: a folder costs a
 * directory entry and a disk block per page, and its depth one {@code ../} on each of the page's links). Lists grow
 * with the notes — ten thousand notes hold a hundred thousand questions — and one page holding all of them would be
 * too big to write within a bounded memory, and too big for a browser to open.
 */
public final class Paging {

    private Paging() {
    }

    /** The list in pages of at most {@code size} items; always at least one page, possibly empty. */
    public static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            chunks.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        if (chunks.isEmpty()) {
            chunks.add(List.of());
        }
        return chunks;
    }

    /** The output path of page {@code n} (1-based) of the list whose first page is {@code first}. */
    public static String path(String first, int n) {
        if (n <= 1) {
            return first;
        }
        return first.substring(0, first.length() - "index.html".length()) + "page/" + n + ".html";
    }

    /** How many pages {@code count} items need at {@code size} a page. */
    public static int pages(int count, int size) {
        return Math.max(1, (count + size - 1) / size);
    }

    /** The pager shown on page {@code current} of {@code total} pages, links relative to that page. */
    public static Pager pager(String first, int current, int total, Urls urls) {
        String from = path(first, current);
        List<PageLink> links = new ArrayList<>();
        for (int n = 1; n <= total && total > 1; n++) {
            links.add(new PageLink(n, urls.link(from, path(first, n)), n == current));
        }
        String previous = current > 1 ? urls.link(from, path(first, current - 1)) : "";
        String next = current < total ? urls.link(from, path(first, current + 1)) : "";
        return new Pager(links, previous, next, current, total);
    }

    /**
     * The links between the pages of a list.
     *
     * @param pages    every page, with the current one marked
     * @param previous link to the page before, or empty
     * @param next     link to the page after, or empty
     * @param current  this page's number
     * @param total    how many pages
     */
    public record Pager(List<PageLink> pages, String previous, String next, int current, int total) {
        public boolean show() {
            return total > 1;
        }
    }

    /**
     * One page of a list.
     *
     * @param number  1-based
     * @param href    link to it
     * @param current whether it is the page shown
     */
    public record PageLink(int number, String href, boolean current) {
    }
}
