package io.github.studysite.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.studysite.text.Slugs;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Gives every heading of a document the id GitHub would give it, duplicates numbered {@code -1}, {@code -2}, … in
 * document order, as GitHub does. Ids are assigned once after parsing, so the table of contents, the study extractor's
 * deep links and the rendered HTML all use the same ones.
 */
final class HeadingIds {

    private HeadingIds() {
    }

    static Map<Heading, String> assign(Document document, Set<String> taken) {
        Map<Heading, String> ids = new IdentityHashMap<>();
        Set<String> used = new HashSet<>(taken);
        visit(document, ids, used);
        return ids;
    }

    private static void visit(Node node, Map<Heading, String> ids, Set<String> used) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                ids.put(heading, unique(Slugs.github(NodeText.of(heading).strip()), used));
            } else {
                visit(child, ids, used);
            }
        }
    }

    /** GitHub's de-duplication: the first {@code x} stays, then {@code x-1}, {@code x-2}, … */
    static String unique(String base, Set<String> used) {
        String id = base;
        int n = 1;
        while (!used.add(id)) {
            id = base + "-" + n++;
        }
        return id;
    }
}
