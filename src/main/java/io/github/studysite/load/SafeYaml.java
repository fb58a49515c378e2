package io.github.studysite.load;

import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.Map;
import java.util.Optional;

/**
 * The one place YAML is read: front matter, {@code _config.yml} and {@code _data/*.yml}. Loading is safe (plain maps,
 * lists and scalars only: a {@code !!java.lang.Runtime} tag is refused) and bounded, so an alias bomb or a giant
 * document in someone's notes cannot take the build down. Errors are reported at the file position snakeyaml marks,
 * shifted by where the YAML starts inside the file.
 */
public final class SafeYaml {

    /** Aliases a document may expand: enough for real front matter, far too few for a "billion laughs" bomb. */
    static final int MAX_ALIASES = 50;
    /** Nesting depth a document may reach. */
    static final int MAX_DEPTH = 50;
    /** Code points a single YAML document may have (front matter is small; data files are bounded too). */
    static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

    private SafeYaml() {
    }

    /** How a problem about YAML that is not a mapping starts; {@code "a list"} or another kind follows. */
    static final String NOT_A_MAPPING = "YAML must be a mapping of keys to values (key: value), found ";

    /**
     * Parses {@code yaml} into a map.
     *
     * @param yaml      the YAML text
     * @param path      the file it comes from, for problem reports
     * @param firstLine the 1-based file line where the YAML text starts
     * @param problems  where a syntax error goes
     * @return the top-level mapping; empty when the document is empty; absent when it is broken or not a mapping
     */
    public static Optional<Map<String, Object>> loadMap(String yaml, String path, int firstLine, Problems problems) {
        Object value;
        try {
            value = newYaml().load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            int column = mark == null ? 0 : mark.getColumn() + 1;
            problems.error(Stage.LOAD, path, line, column, "invalid YAML: " + explain(describe(e)));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.error(Stage.LOAD, path, firstLine, 0, "invalid YAML: " + explain(firstLine(e.getMessage())));
            return Optional.empty();
        }
        if (value == null) {
            return Optional.of(Map.of());
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.error(Stage.LOAD, path, firstLine, 1,
                    NOT_A_MAPPING + kind(value));
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) stringKeys(map);
        return Optional.of(typed);
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    private static Map<?, ?> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** snakeyaml's wording for the refusals that protect the build, followed by what they mean for a note. */
    private static String explain(String message) {
        if (message.startsWith("Global tag is not allowed: tag:yaml.org,2002:")) {
            return "tag !!" + message.substring("Global tag is not allowed: tag:yaml.org,2002:".length()) + " refused: "
                    + "front matter holds plain values, lists and maps only";
        }
        if (message.startsWith("Global tag is not allowed: ") || message.startsWith("could not determine a constructor "
                + "for the tag ")) {
            String tag = message.substring(message.lastIndexOf(' ') + 1);
            return "tag " + tag + " refused: front matter holds plain values, lists and maps only";
        }
        if (message.startsWith("Number of aliases for non-scalar nodes exceeds")) {
            return "more than " + MAX_ALIASES + " aliases (*name) refused: a document built from aliases can grow "
                    + "without bound";
        }
        if (message.startsWith("The incoming YAML document exceeds the limit")) {
            return "document too large (more than " + MAX_CODE_POINTS + " characters); front matter and data files "
                    + "are meant to be small";
        }
        if (message.startsWith("Nesting Depth exceeded")) {
            return "nested more than " + MAX_DEPTH + " levels deep";
        }
        return message;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (problem == null) {
            return firstLine(e.getMessage());
        }
        return context == null ? problem : problem + " (" + context + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable document";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String kind(Object value) {
        if (value instanceof java.util.List<?>) {
            return "a list";
        }
        return "a single value";
    }
}
