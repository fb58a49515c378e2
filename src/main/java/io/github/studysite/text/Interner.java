package io.github.studysite.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out one instance per distinct string, for the text a build holds from the parse stage until the last page is
 * written. Notes repeat themselves: the same question asked in several notes, a story copied into a revision, the
 * same section anchors and headings in every note of one format. At 10,000 notes G1's string deduplication, tried as
 * a probe, counted 139 MB of the build's strings as such repeats, and 45 % of the study model's string bytes repeat
 * another note's (1,000-note corpus); one instance each keeps the build's process under 1 GiB.
 * <p>
 * Scoped to one build rather than {@link String#intern()}: the JVM's string table keeps a native entry per distinct
 * string (tens of megabytes of memory outside the heap at this size) for as long as the string lives, while this map
 * is garbage as soon as the build's parse stage ends. Safe to use from several threads.
 */
public final class Interner {

    private final ConcurrentHashMap<String, String> strings = new ConcurrentHashMap<>();

    /** The first instance equal to {@code text} that this interner saw (that is {@code text} itself the first time). */
    public String share(String text) {
        if (text == null) {
            return null;
        }
        if (text.isEmpty()) {
            return "";
        }
        String known = strings.putIfAbsent(text, text);
        return known == null ? text : known;
    }

    /** How many distinct strings it holds. */
    public int size() {
        return strings.size();
    }
}
