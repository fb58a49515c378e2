package io.github.studysite.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain text of a rendered note, cut into sections at its headings, with the ids of the elements inside each
 * section. Read from the note's HTML rather than from its Markdown because the HTML is what the reader sees (links
 * resolved, emphasis applied, Markdown syntax gone) and carries every anchor the page can be linked at.
 */
public final class NoteText {

    private NoteText() {
    }

    /**
     * A part of a note.
     *
     * @param anchor  the heading's id, or empty for the text before the first heading
     * @param heading the heading's text, or empty
     * @param text    the text, block elements separated by a space
     * @param anchors element ids inside the text
     */
    public record Section(String anchor, String heading, String text, List<SearchEntry.Anchor> anchors) {
    }

    /**
     * How much of a note's HTML is read for search: its first {@value} characters (about 1–2 MB of text). A note
     * larger than that — a 50 MB paste — is searched in its beginning only, so that indexing it does not hold a
     * parse tree of the whole page in memory.
     */
    static final int MAX_HTML = 4_000_000;

    /** The sections of a note body, the text before its first heading first (possibly empty). */
    public static List<Section> sections(String bodyHtml) {
        String html = bodyHtml;
        if (html.length() > MAX_HTML) {
            int cut = html.lastIndexOf('>', MAX_HTML);
            html = html.substring(0, cut < 0 ? MAX_HTML : cut + 1);
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        Walker walker = new Walker();
        for (Node child : body.childNodes()) {
            NodeTraversor.filter(walker, child);
        }
        walker.close();
        return walker.sections;
    }

    /** Reads the tree in one iterative pass: a note's HTML may nest thousands of elements deep. */
    private static final class Walker implements NodeFilter {
        private final List<Section> sections = new ArrayList<>();
        private String anchor = "";
        private String heading = "";
        private StringBuilder text = new StringBuilder();
        private List<SearchEntry.Anchor> anchors = new ArrayList<>();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.text();
                if (!s.isBlank()) {
                    text.append(text.isEmpty() || text.charAt(text.length() - 1) == ' ' ? s.stripLeading() : s);
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (isHeading(e) && !e.id().isEmpty()) {
                close();
                anchor = e.id();
                heading = e.text();
                return FilterResult.SKIP_ENTIRELY;
            }
            if (!e.id().isEmpty()) {
                anchors.add(new SearchEntry.Anchor(text.length(), e.id()));
            }
            if (isBlock(e)) {
                separate();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && isBlock(e)) {
                separate();
            }
            return FilterResult.CONTINUE;
        }

        private static boolean isBlock(Element e) {
            return e.isBlock() || e.normalName().equals("br");
        }

        private void separate() {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        }

        void close() {
            String s = text.toString().strip();
            if (!s.isEmpty() || !heading.isEmpty() || sections.isEmpty()) {
                sections.add(new Section(anchor, heading, s, anchors.stream()
                        .filter(a -> a.offset() <= s.length()).toList()));
            }
            text = new StringBuilder();
            anchors = new ArrayList<>();
        }

        private static boolean isHeading(Element e) {
            String n = e.normalName();
            return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
        }
    }
}
