package io.github.studysite.extract;

import io.github.studysite.util.SafeYaml;
import io.github.studysite.model.Principle;
import io.github.studysite.model.PrincipleCatalog;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import io.github.studysite.util.Slugs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The principles catalog: the built-in Amazon Leadership Principles, or the project's own
 * {@code content/_data/principles.yml} — which replaces it, so the same tool serves another company's values or a list
 * of competencies without code changes. Entries need an English name ({@code en} or {@code name}); {@code id}
 * defaults to its slug, {@code number} to its position; {@code ko}, {@code aliases} and {@code definition} are
 * optional. A top-level {@code title} names the catalog in the UI.
 */
public final class CatalogReader {

    /** Name of the data file (without {@code .yml}) that replaces the built-in catalog. */
    public static final String DATA_NAME = "principles";
    static final String BUILT_IN = "studysite/data/principles.yml";

    private CatalogReader() {
    }

    /**
     * @param data     the project's {@code _data} files by name
     * @param problems where invalid entries are reported
     */
    public static PrincipleCatalog read(Map<String, Map<String, Object>> data, String dataPath, Problems problems) {
        Map<String, Object> own = data.get(DATA_NAME);
        if (own != null) {
            return fromMap(own, dataPath, problems);
        }
        return builtIn();
    }

    /** The built-in Amazon Leadership Principles. */
    public static PrincipleCatalog builtIn() {
        try (InputStream in = CatalogReader.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("built-in catalog missing: " + BUILT_IN);
            }
            Problems problems = new Problems();
            Optional<Map<String, Object>> map = SafeYaml.loadMap(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    BUILT_IN, 1, problems);
            PrincipleCatalog catalog = fromMap(map.orElseThrow(() -> new IllegalStateException(
                    "built-in catalog unreadable: " + problems.sorted())), BUILT_IN, problems);
            if (problems.hasErrors()) {
                throw new IllegalStateException("built-in catalog invalid: " + problems.sorted());
            }
            return catalog;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PrincipleCatalog fromMap(Map<String, Object> map, String path, Problems problems) {
        Object list = map.get("principles");
        if (!(list instanceof List<?> entries)) {
            problems.error(Stage.SOURCE, path, 0, 0, "expected a list under 'principles:' (each with at least 'en')");
            return new PrincipleCatalog("", List.of());
        }
        List<Principle> principles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (Object entry : entries) {
            position++;
            if (!(entry instanceof Map<?, ?> e)) {
                problems.error(Stage.SOURCE, path, 0, 0, "principle #" + position + " is not a mapping");
                continue;
            }
            String en = string(e.get("en"), string(e.get("name"), ""));
            if (en.isEmpty()) {
                problems.error(Stage.SOURCE, path, 0, 0, "principle #" + position + " has no 'en' (English name)");
                continue;
            }
            String id = Slugs.segment(string(e.get("id"), en), "principle-" + position);
            if (!ids.add(id)) {
                problems.error(Stage.SOURCE, path, 0, 0, "principle id '" + id + "' is used twice");
                continue;
            }
            int number = e.get("number") instanceof Number n ? n.intValue() : position;
            List<String> aliases = e.get("aliases") instanceof List<?> a
                    ? a.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList() : List.of();
            principles.add(new Principle(id, number, en, string(e.get("ko"), ""), aliases,
                    string(e.get("definition"), "")));
        }
        return new PrincipleCatalog(string(map.get("title"), ""), principles);
    }

    private static String string(Object value, String fallback) {
        if (value == null) {
            return fallback;
        }
        String s = String.valueOf(value).strip();
        return s.isEmpty() ? fallback : s;
    }
}
