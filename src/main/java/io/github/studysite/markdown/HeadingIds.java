package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.studysite.util.Slugs;

import java.util.HashMap;
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
        visit(document, ids, used, new HashMap<>());
        return ids;
    }

    private static void visit(Node node, Map<Heading, String> ids, Set<String> used, Map<String, Integer> next) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                ids.put(heading, unique(Slugs.github(NodeText.of(heading).strip()), used, next));
            } else {
                visit(child, ids, used, next);
            }
        }
    }

    /** GitHub's de-duplication: the first {@code x} stays, then {@code x-1}, {@code x-2}, … */
    static String unique(String base, Set<String> used) {
        return unique(base, used, new HashMap<>());
    }

    /**
     * {@link #unique(String, Set)}, remembering per base where the numbering got to: a note that repeats a heading
     * thousands of times (a pasted template) would otherwise retry every number from 1 each time.
     */
    private static String unique(String base, Set<String> used, Map<String, Integer> next) {
        if (used.add(base)) {
            return base;
        }
        int n = next.getOrDefault(base, 1);
        String id = base + "-" + n++;
        while (!used.add(id)) {
            id = base + "-" + n++;
        }
        next.put(base, n);
        return id;
    }
}
