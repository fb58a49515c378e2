package io.github.studysite.extract;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import io.github.studysite.text.Slugs;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Element ids in a note's page for everything the study model links to, so that a story, a question or a
 * principle's section can be opened right where it is written. Headings keep their GitHub ids; list items and
 * paragraphs get readable ids ({@code story-lg화학-cdn서비스}) that never clash with a heading's.
 */
final class Anchors {

    private final Map<Heading, String> headingIds;
    private final Map<Node, String> assigned = new IdentityHashMap<>();
    private final Set<String> used = new HashSet<>();

    Anchors(Map<Heading, String> headingIds) {
        this.headingIds = headingIds;
        used.addAll(headingIds.values());
    }

    /** The id of the block holding {@code line}, giving it one ({@code prefix-name}) if it has none yet. */
    String of(Line line, String prefix, String name) {
        Node node = line.node();
        if (node instanceof Paragraph && node.getParent() instanceof ListItem && node.getPrevious() == null) {
            node = node.getParent(); // a tight list renders no <p>: anchor its <li>
        }
        if (node instanceof Heading heading && headingIds.containsKey(heading)) {
            return headingIds.get(heading);
        }
        String existing = assigned.get(node);
        if (existing != null) {
            return existing;
        }
        String base = prefix + "-" + Slugs.segment(Phrases.firstWords(name, 40).replace("…", ""), "" + line.number());
        String id = base;
        int n = 2;
        while (!used.add(id)) {
            id = base + "-" + n++;
        }
        assigned.put(node, id);
        return id;
    }

    /** The ids given to non-heading blocks, for the renderer. */
    Map<Node, String> assigned() {
        return assigned;
    }
}
