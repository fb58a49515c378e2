package io.github.studysite.markdown;

import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects what the renderer leaves out of one note for safety and tells the note's {@link LinkRewriter} once, at
 * the first place, with how many places and their lines: a note with 97 {@code onclick=} gets one warning, so the
 * warnings that matter are not buried.
 */
final class UnsafeTally {

    private final LinkRewriter links;
    private final Set<String> kinds = new LinkedHashSet<>();
    private final Set<Integer> lines = new TreeSet<>();
    private Node first;
    private int places;

    UnsafeTally(LinkRewriter links) {
        this.links = links;
    }

    /** Where a link or image points: the note's rewriter decides. */
    String rewrite(String url, boolean image, Node node) {
        return links.rewrite(url, image, place(node));
    }

    void removedUnsafe(List<String> removed, Node node) {
        if (first == null || node.getStartOffset() < first.getStartOffset()) {
            first = node;
        }
        kinds.addAll(removed);
        lines.add(SourceLines.startLine(node));
        places++;
    }

    void refused(String message, Node node) {
        links.refused(message, place(node));
    }

    /** Tells the note's rewriter, once, when anything was left out. */
    void report() {
        if (first == null) {
            return;
        }
        List<String> removed = new ArrayList<>(kinds);
        if (places > 1) {
            StringBuilder where = new StringBuilder("in " + places + " places, line");
            where.append(lines.size() > 1 ? "s " : " ");
            lines.stream().limit(10).forEach(l -> where.append(l).append(", "));
            where.setLength(where.length() - 2);
            if (lines.size() > 10) {
                where.append(", …");
            }
            removed.add(where.toString());
        }
        links.removedUnsafe(removed, place(first));
    }

    /** The file line and column where a node starts. */
    static LinkRewriter.Place place(Node node) {
        CharSequence text = node.getDocument().getChars();
        int offset = node.getStartOffset();
        int col = 1;
        for (int i = offset - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            col++;
        }
        return new LinkRewriter.Place(SourceLines.startLine(node), col);
    }
}
