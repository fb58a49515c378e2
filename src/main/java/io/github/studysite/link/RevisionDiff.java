package io.github.studysite.link;

import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.Question;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.Story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What changed between two revisions of a note: stories and questions added, removed and changed. Items are matched
 * by their key (their title or text, normalised), so a story keeps its identity while its parts are rewritten.
 */
public final class RevisionDiff {

    private RevisionDiff() {
    }

    public static List<Change> between(NoteStudy older, NoteStudy newer) {
        List<Change> changes = new ArrayList<>();
        diff("story", older.stories(), newer.stories(), Story::key, Story::title, RevisionDiff::changedParts, changes);
        diff("question", older.questions(), newer.questions(), Question::key, Question::text,
                (a, b) -> a.answer().equals(b.answer()) ? "" : "answer", changes);
        return changes;
    }

    /**
     * Adds the changes of one kind of item: the newer revision's items in order (added or changed), then the items
     * only the older one had (removed).
     *
     * @param changed what differs between the two versions of an item, empty when nothing does
     */
    private static <T> void diff(String kind, List<T> older, List<T> newer, Function<T, String> key,
                                 Function<T, String> title, BiFunction<T, T, String> changed, List<Change> out) {
        Map<String, T> before = byKey(older, key);
        Map<String, T> after = byKey(newer, key);
        after.forEach((k, item) -> {
            T old = before.get(k);
            if (old == null) {
                out.add(new Change(kind, "added", title.apply(item), ""));
            } else {
                String detail = changed.apply(old, item);
                if (!detail.isEmpty()) {
                    out.add(new Change(kind, "changed", title.apply(item), detail));
                }
            }
        });
        before.forEach((k, item) -> {
            if (!after.containsKey(k)) {
                out.add(new Change(kind, "removed", title.apply(item), ""));
            }
        });
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }

    private static String changedParts(Story a, Story b) {
        StringJoiner parts = new StringJoiner(", ");
        for (StarPart part : StarPart.values()) {
            if (!a.part(part).equals(b.part(part))) {
                parts.add(part.letter());
            }
        }
        return parts.toString();
    }
}
