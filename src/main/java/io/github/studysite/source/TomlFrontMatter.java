package io.github.studysite.source;

import io.github.studysite.util.DataMap;
import io.github.studysite.util.Position;
import io.github.studysite.util.SafeYaml;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hugo's TOML front matter ({@code +++} lines), read with tomlj (TOML 1.0) into the same values the YAML reader
 * gives: tables become maps, arrays lists, integers {@code Integer} where they fit, dates {@code java.time} values.
 * Every syntax error is reported at its line and column.
 */
final class TomlFrontMatter {

    private TomlFrontMatter() {
    }

    /**
     * @param firstLine the 1-based file line where the TOML text starts
     * @return the top-level table, or empty when the TOML is broken (reported)
     */
    static Optional<DataMap> read(String toml, String path, int firstLine, Problems problems) {
        if (toml.length() > SafeYaml.MAX_CODE_POINTS) {
            problems.error(Stage.SOURCE, path, firstLine, 1, "invalid TOML: document too large (more than "
                    + SafeYaml.MAX_CODE_POINTS + " characters); front matter is meant to be small");
            return Optional.empty();
        }
        TomlParseResult result;
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Position> positions = new HashMap<>();
        try {
            result = Toml.parse(toml);
            if (result.hasErrors()) {
                for (TomlParseError error : result.errors()) {
                    TomlPosition at = error.position();
                    problems.error(Stage.SOURCE, path, at == null ? firstLine : firstLine + at.line() - 1,
                            at == null ? 0 : at.column(), "invalid TOML: " + error.getMessage());
                }
                return Optional.empty();
            }
            for (String key : result.keySet()) {
                List<String> keyPath = List.of(key);
                values.put(key, value(result.get(keyPath), 1));
                TomlPosition at = result.inputPositionOf(keyPath);
                if (at != null) {
                    positions.put(key, new Position(firstLine + at.line() - 1, at.column()));
                }
            }
        } catch (StackOverflowError | TooDeep e) {
            problems.error(Stage.SOURCE, path, firstLine, 1, "invalid TOML: nested more than " + SafeYaml.MAX_DEPTH
                    + " levels deep");
            return Optional.empty();
        }
        return Optional.of(new DataMap(values, positions));
    }

    private static Object value(Object value, int depth) {
        if (depth > SafeYaml.MAX_DEPTH) {
            throw new TooDeep();
        }
        if (value instanceof TomlTable table) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String key : table.keySet()) {
                map.put(key, value(table.get(List.of(key)), depth + 1));
            }
            return map;
        }
        if (value instanceof TomlArray array) {
            List<Object> list = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                list.add(value(array.get(i), depth + 1));
            }
            return list;
        }
        if (value instanceof Long n && n == n.intValue()) {
            return n.intValue();
        }
        return value;
    }

    /** A table or array nested past the limit the YAML reader keeps too. */
    private static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }
}
