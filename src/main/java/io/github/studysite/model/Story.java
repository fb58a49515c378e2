package io.github.studysite.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A STAR story told in a note: Situation, Task, Action, Result, any of which may still be empty.
 *
 * @param key        identity within its note (stable across revisions of the note when the title is), used to
 *                   compare revisions
 * @param title      the line, bold text or heading just above the story; else its first words; empty when the
 *                   story has no words at all yet
 * @param source     where it is written
 * @param principles ids of the principles it is filed under (the section it sits in, plus any it names)
 * @param parts      the text of each part; a missing or blank part maps to {@code ""}
 * @param group      the bold line or heading that groups several stories ({@code 고객 편의 제공}), or empty
 * @param learnings  what the author wrote they learned ({@code Learnings:}, {@code 배운 점}) after the result, or
 *                   empty; not a STAR part
 */
public record Story(String key, String title, SourceRef source, List<String> principles, Map<StarPart, String> parts,
                    String group, String learnings) {

    public Story(String key, String title, SourceRef source, List<String> principles, Map<StarPart, String> parts,
                 String group) {
        this(key, title, source, principles, parts, group, "");
    }

    public Story {
        Objects.requireNonNull(key, "key");
        title = title == null ? "" : title;
        Objects.requireNonNull(source, "source");
        principles = List.copyOf(principles);
        Map<StarPart, String> all = new java.util.EnumMap<>(StarPart.class);
        for (StarPart part : StarPart.values()) {
            String text = parts.get(part);
            all.put(part, text == null ? "" : text.strip());
        }
        parts = java.util.Collections.unmodifiableMap(all);
        group = group == null ? "" : group;
        learnings = learnings == null ? "" : learnings.strip();
    }

    public String part(StarPart part) {
        return parts.get(part);
    }

    /** The parts still to write, in S, T, A, R order. */
    public List<StarPart> missing() {
        List<StarPart> missing = new ArrayList<>();
        for (StarPart part : StarPart.values()) {
            if (parts.get(part).isEmpty()) {
                missing.add(part);
            }
        }
        return missing;
    }

    public boolean isComplete() {
        return written() == StarPart.values().length;
    }

    /** Whether nothing at all is written yet. */
    public boolean isEmpty() {
        return written() == 0;
    }

    /**
     * Whether it is an empty STAR template (labels, no text): a story still to write, listed as such, never counted
     * as a principle's coverage.
     */
    public boolean isTemplate() {
        return isEmpty();
    }

    /** How many parts are written; counted without building a list, as every index page asks for every story. */
    private int written() {
        int n = 0;
        for (StarPart part : PARTS) {
            n += parts.get(part).isEmpty() ? 0 : 1;
        }
        return n;
    }

    private static final StarPart[] PARTS = StarPart.values();

    /** All parts' text, in order, for search and speaking-time estimates. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (StarPart part : StarPart.values()) {
            if (!parts.get(part).isEmpty()) {
                sb.append(parts.get(part)).append('\n');
            }
        }
        return sb.toString().strip();
    }
}
