package io.github.studysite.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The principles notes are organised by, in catalog order.
 *
 * @param title      what the catalog is called in the UI when the project names it ({@code title:} in the file),
 *                   else empty and the theme's own label is used
 * @param principles the principles
 */
public record PrincipleCatalog(String title, List<Principle> principles) {

    public PrincipleCatalog {
        title = title == null ? "" : title;
        principles = List.copyOf(principles);
    }

    public Optional<Principle> byId(String id) {
        return principles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Principles by id, in catalog order. */
    public Map<String, Principle> asMap() {
        Map<String, Principle> map = new LinkedHashMap<>();
        principles.forEach(p -> map.put(p.id(), p));
        return map;
    }
}
