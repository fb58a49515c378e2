package io.github.studysite.util;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A decoded front matter or data file: its top-level keys and values as YAML gives them (strings, booleans, numbers,
 * {@code java.time} dates, lists and maps), with where each key is written in the file, so that what is read from a
 * value can be reported at its line whichever format (YAML, TOML, JSON) it came from.
 *
 * @param values    the top-level mapping
 * @param positions each top-level key's position in the file
 */
public record DataMap(Map<String, Object> values, Map<String, Position> positions) {

    public static final DataMap EMPTY = new DataMap(Map.of(), Map.of());

    public DataMap {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        positions = Map.copyOf(positions);
    }

    /** Where {@code key} is written, or {@code fallback} when it is not known. */
    public Position at(String key, Position fallback) {
        return positions.getOrDefault(key, fallback);
    }
}
