package io.github.studysite.extract;

import io.github.studysite.util.Slugs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Element ids in a note's page for everything the study model links to, so that a story, a question or a
 * principle's section can be opened right where it is written. Headings keep their GitHub ids; list items and
 * paragraphs get readable ids ({@code story-lg화학-cdn서비스}) that never clash with a heading's.
 */
final class Anchors {

    private final Map<Integer, String> headingIds;
    private final Map<Integer, String> assigned = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    /** @param headingIds the id of every heading, by outline block */
    Anchors(Map<Integer, String> headingIds) {
        this.headingIds = headingIds;
        used.addAll(headingIds.values());
    }

    /** The id of the block holding {@code line}, giving it one ({@code prefix-name}) if it has none yet. */
    String of(Line line, String prefix, String name) {
        int block = line.anchor();
        String heading = headingIds.get(block);
        if (heading != null) {
            return heading;
        }
        String existing = assigned.get(block);
        if (existing != null) {
            return existing;
        }
        String base = prefix + "-" + Slugs.segment(Phrases.firstWords(name, 40).replace("…", ""), "" + line.number());
        String id = base;
        int n = 2;
        while (!used.add(id)) {
            id = base + "-" + n++;
        }
        assigned.put(block, id);
        return id;
    }

    /** The ids given to non-heading blocks, by outline block, for the renderer. */
    Map<Integer, String> assigned() {
        return Map.copyOf(assigned);
    }
}
