package io.github.studysite.extract;

import io.github.studysite.model.Principle;
import io.github.studysite.model.PrincipleCatalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises principles by any of their names, the way notes write them: {@code 1. Customer Obsession},
 * {@code **Customer Obsession(고객 집착)**}, {@code ## 고객 집착 (Customer Obsession)}, {@code LP 2: Ownership},
 * {@code 1.  Frugality} under broken numbering. Names are compared on letters and digits only, case-insensitively.
 * A title names a principle when it is one of its names, optionally followed or preceded by another of its names
 * (a translation in brackets); a longer sentence that merely contains a name is not a section title — but a
 * question that names a principle or alias ({@code 주인의식을 가지고 일한 적}) is linked to it by {@link #mentions}.
 */
final class PrincipleMatcher {

    private record Name(Principle principle, String normalised) {
    }

    private final List<Name> names = new ArrayList<>();
    /**
     * Every normalised title that names a principle — each name alone, and each name followed by another name of the
     * same principle (a translation) — to that principle. Every heading, list item and paragraph start of every note
     * is asked whether it is a principle's title, so one lookup answers it instead of a comparison with every
     * name.
     */
    private final Map<String, Principle> titles = new HashMap<>();
    private final Set<String> exactNames = new HashSet<>();
    /** The length of the longest of {@link #titles}: a title is normalised no further than one character beyond. */
    private final int longestTitle;

    PrincipleMatcher(PrincipleCatalog catalog) {
        for (Principle p : catalog.principles()) {
            for (String name : p.names()) {
                String n = Phrases.normalise(name);
                if (!n.isEmpty()) {
                    names.add(new Name(p, n));
                }
            }
        }
        names.sort((a, b) -> b.normalised.length() - a.normalised.length());
        // the order of insertion keeps the precedence of a scan: exact names first, then longer names first
        for (Name name : names) {
            titles.putIfAbsent(name.normalised, name.principle);
            exactNames.add(name.normalised);
        }
        for (Name name : names) {
            for (Name other : names) {
                if (other.principle == name.principle) {
                    titles.putIfAbsent(name.normalised + other.normalised, name.principle);
                    titles.putIfAbsent(other.normalised + name.normalised, name.principle);
                }
            }
        }
        longestTitle = titles.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The principle a section title names, if it is nothing but that principle's name(s). */
    Optional<Principle> title(String text) {
        // a text longer than every title, cut one character beyond the longest, still names none
        String t = Phrases.normalise(Phrases.cleanTitle(text), longestTitle + 1);
        return t.isEmpty() ? Optional.empty() : Optional.ofNullable(titles.get(t));
    }

    /**
     * Words people put around a principle's name in a section or note title ({@code # Customer Obsession Stories},
     * {@code 고객 집착 사례}, {@code LP - Ownership}), normalised; longer first.
     */
    private static final List<String> TITLE_WORDS = List.of("leadershipprinciples", "leadershipprinciple",
            "starstories", "stories", "story", "examples", "example", "questions", "question", "answers", "notes",
            "star", "lps", "lp", "사례들", "사례", "스토리", "경험담", "경험", "질문", "예시", "정리", "리더십원칙", "원칙");

    /**
     * The principle a heading or note title names, allowing the words people put around the name ("Stories",
     * "사례", "LP") — {@link #title} first.
     */
    Optional<Principle> titleWithWords(String text) {
        Optional<Principle> exact = title(text);
        if (exact.isPresent()) {
            return exact;
        }
        String t = Phrases.normalise(Phrases.cleanTitle(text));
        for (int pass = 0; pass < 2 && !t.isEmpty(); pass++) {
            String before = t;
            for (String word : TITLE_WORDS) {
                if (t.length() > word.length() && t.endsWith(word)) {
                    t = t.substring(0, t.length() - word.length());
                } else if (t.length() > word.length() && t.startsWith(word)) {
                    t = t.substring(word.length());
                }
                Principle p = titles.get(t);
                if (p != null) {
                    return Optional.of(p);
                }
            }
            if (t.equals(before)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether a title is exactly one name of a principle (no translation, nothing else). */
    boolean isExactName(String text) {
        return exactNames.contains(Phrases.normalise(Phrases.cleanTitle(text)));
    }

    /** Principles whose name or alias occurs in a text, in catalog order of first appearance. */
    List<Principle> mentions(String text) {
        String t = Phrases.normalise(text);
        Set<Principle> found = new LinkedHashSet<>();
        for (Name name : names) {
            if (name.normalised.length() >= 2 && t.contains(name.normalised)) {
                found.add(name.principle);
            }
        }
        return List.copyOf(found);
    }
}
