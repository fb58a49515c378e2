package io.github.studysite.config;

import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import io.github.studysite.text.SpeakingTime;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code coach:} from {@code _config.yml}'s text, node by node so that a bad value is reported where it is
 * written ({@code content/_config.yml:4:14: coach.time_limit: …}). Every bad value is reported and its default kept.
 */
final class CoachSettingsReader {

    private final String path;
    private final Problems problems;

    private CoachSettingsReader(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    /**
     * @param yaml the settings file's text, already accepted by {@link io.github.studysite.text.SafeYaml} (so it is
     *             one document, without alias bombs)
     */
    static CoachSettings read(String yaml, String path, Problems problems) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (RuntimeException e) {
            return CoachSettings.DEFAULT; // reported by the settings loader already
        }
        if (!(root instanceof MappingNode map)) {
            return CoachSettings.DEFAULT;
        }
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key && key.getValue().equals("coach")) {
                return new CoachSettingsReader(path, problems).coach(t.getValueNode());
            }
        }
        return CoachSettings.DEFAULT;
    }

    private CoachSettings coach(Node node) {
        CoachSettings d = CoachSettings.DEFAULT;
        if (node instanceof ScalarNode s) {
            if (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equals("null")) {
                return d;
            }
            Boolean on = bool(s);
            if (on == null) {
                error(s, "coach: expected true, false or a mapping of coach settings, not '" + s.getValue() + "'");
                return d;
            }
            return new CoachSettings(on, Set.of(), d.maxSeconds(), d.minSeconds(), d.maxPrinciples(), d.overlap(),
                    d.loopSlots(), d.loopPrinciples());
        }
        if (!(node instanceof MappingNode map)) {
            error(node, "coach: expected true, false or a mapping of coach settings");
            return d;
        }
        boolean enabled = d.enabled();
        Set<String> off = new HashSet<>();
        int max = d.maxSeconds();
        int min = d.minSeconds();
        int principles = d.maxPrinciples();
        double overlap = d.overlap();
        int slots = d.loopSlots();
        int perSlot = d.loopPrinciples();
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            Node value = t.getValueNode();
            switch (key) {
                case "enabled" -> enabled = booleanOr(value, "coach.enabled", enabled);
                case "rules" -> rules(value, off);
                case "time_limit" -> max = time(value, "coach.time_limit", max);
                case "min_time" -> min = time(value, "coach.min_time", min);
                case "max_principles" -> principles = integer(value, "coach.max_principles", 1, 50, principles);
                case "overlap" -> overlap = fraction(value, "coach.overlap", overlap);
                case "loop" -> {
                    if (value instanceof MappingNode loop) {
                        for (NodeTuple l : loop.getValue()) {
                            String lk = l.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                            switch (lk) {
                                case "slots" -> slots = integer(l.getValueNode(), "coach.loop.slots", 1, 20, slots);
                                case "principles" -> perSlot = integer(l.getValueNode(), "coach.loop.principles", 2,
                                        3, perSlot);
                                default -> error(l.getKeyNode(), "coach.loop: unknown setting '" + lk
                                        + "' (known: slots, principles)");
                            }
                        }
                    } else {
                        error(value, "coach.loop: expected a mapping (slots, principles)");
                    }
                }
                default -> error(t.getKeyNode(), "coach: unknown setting '" + key + "' (known: enabled, rules, "
                        + "time_limit, min_time, max_principles, overlap, loop)");
            }
        }
        if (min >= max) {
            error(node, "coach: min_time " + min + " s must be shorter than time_limit " + max + " s; using the "
                    + "defaults");
            min = d.minSeconds();
            max = d.maxSeconds();
        }
        return new CoachSettings(enabled, off, max, min, principles, overlap, slots, perSlot);
    }

    private void rules(Node node, Set<String> off) {
        if (!(node instanceof MappingNode map)) {
            error(node, "coach.rules: expected a mapping of rule ids to true or false");
            return;
        }
        for (NodeTuple t : map.getValue()) {
            String id = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            if (Rule.byId(id).isEmpty()) {
                error(t.getKeyNode(), "coach.rules: unknown rule '" + id + "' (known: " + String.join(", ",
                        java.util.Arrays.stream(Rule.values()).map(Rule::id).toList()) + ")");
            } else if (!booleanOr(t.getValueNode(), "coach.rules." + id, true)) {
                off.add(id);
            }
        }
    }

    private boolean booleanOr(Node node, String name, boolean fallback) {
        Boolean b = node instanceof ScalarNode s ? bool(s) : null;
        if (b == null) {
            error(node, name + ": expected true or false");
            return fallback;
        }
        return b;
    }

    private static Boolean bool(ScalarNode s) {
        return switch (s.getValue().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> null;
        };
    }

    /** {@code m:ss}, or whole seconds ({@code 90}, {@code 90s}); YAML's own reading of 2:00 as 120 is not relied on. */
    private int time(Node node, String name, int fallback) {
        java.util.OptionalInt parsed = node instanceof ScalarNode s ? SpeakingTime.parse(s.getValue())
                : java.util.OptionalInt.empty();
        if (parsed.isEmpty()) {
            error(node, name + ": expected a time as m:ss or seconds (2:00, 120)");
            return fallback;
        }
        int seconds = parsed.getAsInt();
        if (seconds <= 0) {
            error(node, name + ": must be longer than 0:00");
            return fallback;
        }
        return seconds;
    }

    private int integer(Node node, String name, int low, int high, int fallback) {
        try {
            int n = Integer.parseInt(((ScalarNode) node).getValue().strip());
            if (n >= low && n <= high) {
                return n;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        error(node, name + ": expected a whole number from " + low + " to " + high);
        return fallback;
    }

    private double fraction(Node node, String name, double fallback) {
        try {
            double x = Double.parseDouble(((ScalarNode) node).getValue().strip());
            if (x > 0 && x <= 1) {
                return x;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        error(node, name + ": expected a share above 0 and at most 1 (0.8)");
        return fallback;
    }

    private void error(Node node, String message) {
        problems.error(Stage.CONFIG, path, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1,
                message);
    }
}
