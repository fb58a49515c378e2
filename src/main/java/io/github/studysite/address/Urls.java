package io.github.studysite.address;

/**
 * Relative URLs between pages, so that one build works at a domain root, under a GitHub Pages project path
 * ({@code /repo/}) and straight from the file system. Page paths are output-relative file paths with forward slashes
 * ({@code notes/x/index.html}); links to a folder's page end in {@code index.html} unless pretty URLs are on, because
 * a browser opening {@code file://…/notes/x/} shows a folder listing, not the page.
 */
public final class Urls {

    private final boolean pretty;

    public Urls(boolean pretty) {
        this.pretty = pretty;
    }

    /** The prefix that leads from {@code pagePath} back to the site root: {@code ""}, {@code "../"}, … */
    public static String root(String pagePath) {
        int depth = 0;
        for (int i = 0; i < pagePath.length(); i++) {
            if (pagePath.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /**
     * A link from {@code fromPage} to the page at {@code toPage} (both output-relative file paths), through the
     * folders they share: {@code b.html} from {@code stories/a.html} to {@code stories/b.html}.
     */
    public String link(String fromPage, String toPage) {
        String to = display(toPage);
        int shared = 0;
        int limit = Math.min(fromPage.lastIndexOf('/') + 1, to.length());
        for (int i = 0; i < limit && fromPage.charAt(i) == to.charAt(i); i++) {
            if (to.charAt(i) == '/') {
                shared = i + 1;
            }
        }
        String link = root(fromPage.substring(shared)) + to.substring(shared);
        return link.isEmpty() ? "./" : link;
    }

    /** How a page path is written in a link: {@code notes/x/index.html}, or {@code notes/x/} with pretty URLs. */
    public String display(String pagePath) {
        if (pretty && (pagePath.equals("index.html") || pagePath.endsWith("/index.html"))) {
            String dir = pagePath.substring(0, pagePath.length() - "index.html".length());
            return dir;
        }
        return pagePath;
    }

    /** The page path of a folder-style page: {@code "notes/x/"} → {@code "notes/x/index.html"}. */
    public static String indexOf(String dir) {
        if (dir.isEmpty()) {
            return "index.html";
        }
        return dir.endsWith("/") ? dir + "index.html" : dir + "/index.html";
    }

    /** The canonical URL path of a page (what a sitemap lists): {@code notes/x/} for {@code notes/x/index.html}. */
    public static String canonicalPath(String pagePath) {
        if (pagePath.equals("index.html")) {
            return "";
        }
        if (pagePath.endsWith("/index.html")) {
            return pagePath.substring(0, pagePath.length() - "index.html".length());
        }
        return pagePath;
    }

    public boolean pretty() {
        return pretty;
    }
}
