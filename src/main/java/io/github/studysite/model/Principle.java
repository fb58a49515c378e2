package io.github.studysite.model;

import java.util.List;
import java.util.Objects;

/**
 * One value of the catalog the notes are organised by — an Amazon Leadership Principle by default, or any company's
 * list of competencies supplied as {@code content/_data/principles.yml}.
 *
 * @param id         URL-safe key ({@code customer-obsession}); its page is {@code principles/<id>/}
 * @param number     position in the catalog, 1-based
 * @param en         English name
 * @param ko         Korean name (may be empty for a catalog without one)
 * @param aliases    other names people write in notes, for matching
 * @param definition the official text
 */
public record Principle(String id, int number, String en, String ko, List<String> aliases, String definition) {

    public Principle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(en, "en");
        ko = ko == null ? "" : ko;
        aliases = List.copyOf(aliases);
        definition = definition == null ? "" : definition;
    }

    /** Every name this principle goes by: English, Korean, aliases. */
    public List<String> names() {
        List<String> names = new java.util.ArrayList<>();
        names.add(en);
        if (!ko.isEmpty()) {
            names.add(ko);
        }
        names.addAll(aliases);
        return names;
    }

    /** The name in a UI language: Korean when asked for and known, else English. */
    public String name(String lang) {
        return "ko".equals(lang) && !ko.isEmpty() ? ko : en;
    }
}
