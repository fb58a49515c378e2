package io.github.studysite.config;

import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import io.github.studysite.util.SpeakingTime;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads typed values out of {@code _config.yml}'s YAML nodes. A bad value is an error at its own line and column
 * ({@code content/_config.yml:4:14: lang: …}) and the caller keeps its default, so one run reports every bad value.
 */
final class ConfigValues {

    /** BCP 47 as sites write it: {@code ko}, {@code en}, {@code en-US}, {@code zh-Hant}. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final String path;
    private final Problems problems;

    ConfigValues(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    /** The keys of a mapping with their value nodes, the last of two equal keys winning (as Jekyll's YAML does). */
    static Map<String, NodeTuple> entries(MappingNode map) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            entries.remove(key);
            entries.put(key, t);
        }
        return entries;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }

    /** A scalar as text; a list or mapping is an error. */
    Optional<String> string(Node node, String name) {
        if (node instanceof ScalarNode s) {
            return Optional.of(s.getValue().strip());
        }
        error(node, name + ": expected a single value, not a " + kind(node));
        return Optional.empty();
    }

    /** One text or a list of texts ({@code exclude: vendor} or {@code exclude: [vendor, old/]}). */
    List<String> strings(Node node, String name) {
        if (node instanceof ScalarNode s) {
            return s.getValue().isBlank() || isNull(s) ? List.of() : List.of(s.getValue().strip());
        }
        if (!(node instanceof SequenceNode seq)) {
            error(node, name + ": expected a list of names ([a, b]), not a " + kind(node));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s) {
                if (!isNull(s)) {
                    values.add(s.getValue().strip());
                }
            } else {
                error(item, name + ": each entry must be a single name, not a " + kind(item));
            }
        }
        return values;
    }

    Optional<Boolean> bool(Node node, String name) {
        Boolean b = node instanceof ScalarNode s ? bool(s.getValue()) : null;
        if (b == null) {
            error(node, name + ": expected true or false");
        }
        return Optional.ofNullable(b);
    }

    /** YAML 1.1's words for true and false, as Jekyll reads them. */
    static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> null;
        };
    }

    OptionalInt integer(Node node, String name, int low, int high) {
        try {
            int n = Integer.parseInt(((ScalarNode) node).getValue().strip());
            if (n >= low && n <= high) {
                return OptionalInt.of(n);
            }
        } catch (RuntimeException e) {
            // reported below
        }
        error(node, name + ": expected a whole number from " + low + " to " + high);
        return OptionalInt.empty();
    }

    Optional<Double> fraction(Node node, String name) {
        try {
            double x = Double.parseDouble(((ScalarNode) node).getValue().strip());
            if (x > 0 && x <= 1) {
                return Optional.of(x);
            }
        } catch (RuntimeException e) {
            // reported below
        }
        error(node, name + ": expected a share above 0 and at most 1 (0.8)");
        return Optional.empty();
    }

    /** {@code m:ss}, or whole seconds ({@code 90}, {@code 90s}); YAML's own reading of 2:00 as 120 is not relied on. */
    OptionalInt time(Node node, String name) {
        OptionalInt parsed = node instanceof ScalarNode s ? SpeakingTime.parse(s.getValue()) : OptionalInt.empty();
        if (parsed.isEmpty()) {
            error(node, name + ": expected a time as m:ss or seconds (2:00, 120)");
            return OptionalInt.empty();
        }
        if (parsed.getAsInt() <= 0) {
            error(node, name + ": must be longer than 0:00");
            return OptionalInt.empty();
        }
        return parsed;
    }

    /** A language code ({@code ko}, {@code en-US}). */
    Optional<String> language(Node node, String name) {
        Optional<String> code = string(node, name);
        if (code.isPresent() && !LANGUAGE.matcher(code.get()).matches()) {
            error(node, name + ": expected a language code such as ko or en, not '" + code.get() + "'");
            return Optional.empty();
        }
        return code;
    }

    /** A positive number ({@code 280}, {@code 150.5}). */
    Optional<Double> positive(Node node, String name) {
        try {
            double x = Double.parseDouble(((ScalarNode) node).getValue().strip());
            if (x > 0 && Double.isFinite(x)) {
                return Optional.of(x);
            }
        } catch (RuntimeException e) {
            // reported below
        }
        error(node, name + ": expected a number above 0");
        return Optional.empty();
    }

    /** The file as problem reports show it. */
    String path() {
        return path;
    }

    void error(Node node, String message) {
        problems.error(Stage.CONFIG, path, line(node), column(node), message);
    }

    void warn(Node node, String message) {
        problems.warn(Stage.CONFIG, path, line(node), column(node), message);
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    private static String kind(Node node) {
        return node instanceof MappingNode ? "mapping" : node instanceof SequenceNode ? "list" : "value";
    }
}
