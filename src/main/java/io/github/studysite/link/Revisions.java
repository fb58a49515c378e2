package io.github.studysite.link;

import io.github.studysite.model.Note;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groups notes that are revisions of one note: the same front-matter title and the same author (when both name one),
 * as when a user keeps {@code interview.md} and a later copy of it. Titles that were only guessed (a first heading
 * such as {@code # 자기소개}, a file name) do not group: two notes that merely start alike are not one note. Within a group, revisions are ordered by {@code date}, then
 * by file name (the order people number copies in); the last is the newest, the one the site shows and counts.
 */
public final class Revisions {

    /** Compiled once: a preview groups every note's title on every rebuild. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Revisions() {
    }

    /** Groups of notes, each oldest first, in the order of their first file; single notes are groups of one. */
    public static List<List<Note>> group(List<Note> notes) {
        Map<String, List<Note>> groups = new LinkedHashMap<>();
        for (Note note : notes) {
            if (!note.frontMatter().containsKey("title")) {
                groups.put("\u0001" + note.contentPath(), new ArrayList<>(List.of(note)));
                continue;
            }
            String key = key(note.title());
            List<Note> group = groups.get(key);
            if (group != null && !sameAuthor(group.get(0), note)) {
                key = key + "\u0000" + note.author();
                group = groups.get(key);
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(note);
        }
        List<List<Note>> out = new ArrayList<>();
        for (List<Note> group : groups.values()) {
            List<Note> sorted = new ArrayList<>(group);
            sorted.sort(Comparator.comparing(Note::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Note::contentPath));
            out.add(List.copyOf(sorted));
        }
        return out;
    }

    /** A title as it groups: trimmed, lower case, each run of white space one space. */
    static String key(String title) {
        String lower = title.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) { // most titles need no rewriting: no regex run for them
            char c = lower.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < lower.length()
                    && Character.isWhitespace(lower.charAt(i + 1)))) {
                return WHITESPACE.matcher(lower).replaceAll(" ");
            }
        }
        return lower;
    }

    private static boolean sameAuthor(Note a, Note b) {
        return a.author().isEmpty() || b.author().isEmpty() || a.author().equalsIgnoreCase(b.author());
    }
}
