package io.github.studysite.source;

import io.github.studysite.util.DataMap;
import io.github.studysite.util.Position;
import io.github.studysite.util.SafeYaml;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hugo's JSON front matter (an object at the top of the file), read with jackson-core's streaming parser into the
 * same values the YAML reader gives. The object ends where the parser finds its closing brace; a key written twice
 * keeps the last value (as Hugo does) with a warning at its line.
 */
final class JsonFrontMatter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(SafeYaml.MAX_DEPTH)
                    .maxDocumentLength(SafeYaml.MAX_CODE_POINTS).build())
            .build();

    /**
     * @param data the object's keys and values
     * @param end  the offset in the file text just past the object's closing brace
     */
    record Parsed(DataMap data, int end) {
    }

    private JsonFrontMatter() {
    }

    /**
     * @param start     the offset of the opening brace in {@code text}
     * @param firstLine the 1-based file line of the opening brace
     * @return the object, or empty when it is broken (reported)
     */
    static Optional<Parsed> read(String text, int start, String path, int firstLine, Problems problems) {
        Reader reader = new Reader(path, firstLine, problems);
        try (JsonParser parser = FACTORY.createParser(text.substring(start))) {
            parser.nextToken();
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) reader.value(parser, true);
            long end = parser.currentLocation().getCharOffset();
            return Optional.of(new Parsed(new DataMap(values, reader.top), start + (int) end));
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            problems.error(Stage.SOURCE, path, at == null ? firstLine : firstLine + at.getLineNr() - 1,
                    at == null ? 0 : Math.max(0, at.getColumnNr()), "invalid JSON: " + firstLineOf(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.error(Stage.SOURCE, path, firstLine, 1, "invalid JSON: " + firstLineOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private static String firstLineOf(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Builds maps and lists from the token stream, noting where the top-level keys are. */
    private static final class Reader {
        private final String path;
        private final int firstLine;
        private final Problems problems;
        final Map<String, Position> top = new HashMap<>();

        Reader(String path, int firstLine, Problems problems) {
            this.path = path;
            this.firstLine = firstLine;
            this.problems = problems;
        }

        Object value(JsonParser parser, boolean root) throws IOException {
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    Map<String, Integer> lines = new HashMap<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        JsonLocation at = parser.currentTokenLocation();
                        int line = firstLine + at.getLineNr() - 1;
                        Integer earlier = lines.put(name, line);
                        if (earlier != null) {
                            problems.warn(Stage.SOURCE, path, line, at.getColumnNr(), "key \"" + name + "\" is written "
                                    + "twice (first at line " + earlier + "); the last value is used, as Hugo does: "
                                    + "remove one of them");
                        }
                        if (root) {
                            top.put(name, new Position(line, at.getColumnNr()));
                        }
                        parser.nextToken();
                        map.put(name, value(parser, false));
                    }
                    return map;
                }
                case START_ARRAY -> {
                    List<Object> list = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        list.add(value(parser, false));
                    }
                    return list;
                }
                case VALUE_STRING -> {
                    return parser.getText();
                }
                case VALUE_NUMBER_INT -> {
                    return parser.getNumberValue();
                }
                case VALUE_NUMBER_FLOAT -> {
                    return parser.getDoubleValue();
                }
                case VALUE_TRUE -> {
                    return Boolean.TRUE;
                }
                case VALUE_FALSE -> {
                    return Boolean.FALSE;
                }
                case VALUE_NULL -> {
                    return null;
                }
                default -> throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected " + token);
            }
        }
    }
}
