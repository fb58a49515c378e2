package io.github.studysite.config;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads {@code coach:} of {@code _config.yml}, node by node so that a bad value is reported where it is written
 * ({@code content/_config.yml:4:14: coach.time_limit: …}). Every bad value is reported and its default kept.
 */
final class CoachSettingsReader {

    private final ConfigValues values;

    CoachSettingsReader(ConfigValues values) {
        this.values = values;
    }

    CoachSettings coach(Node node) {
        CoachSettings d = CoachSettings.DEFAULT;
        if (node instanceof ScalarNode s) {
            if (s.getValue().isEmpty() || ConfigValues.isNull(s)) {
                return d;
            }
            Boolean on = ConfigValues.bool(s.getValue());
            if (on == null) {
                values.error(s, "coach: expected true, false or a mapping of coach settings, not '" + s.getValue()
                        + "'");
                return d;
            }
            return new CoachSettings(on, Set.of(), d.maxSeconds(), d.minSeconds(), d.maxPrinciples(), d.overlap(),
                    d.loopSlots(), d.loopPrinciples());
        }
        if (!(node instanceof MappingNode map)) {
            values.error(node, "coach: expected true, false or a mapping of coach settings");
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
                case "enabled" -> enabled = values.bool(value, "coach.enabled").orElse(enabled);
                case "rules" -> rules(value, off);
                case "time_limit" -> max = values.time(value, "coach.time_limit").orElse(max);
                case "min_time" -> min = values.time(value, "coach.min_time").orElse(min);
                case "max_principles" -> principles = values.integer(value, "coach.max_principles", 1, 50)
                        .orElse(principles);
                case "overlap" -> overlap = values.fraction(value, "coach.overlap").orElse(overlap);
                case "loop" -> {
                    if (value instanceof MappingNode loop) {
                        for (NodeTuple l : loop.getValue()) {
                            String lk = l.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                            switch (lk) {
                                case "slots" -> slots = values.integer(l.getValueNode(), "coach.loop.slots", 1, 20)
                                        .orElse(slots);
                                case "principles" -> perSlot = values.integer(l.getValueNode(),
                                        "coach.loop.principles", 2, 3).orElse(perSlot);
                                default -> values.error(l.getKeyNode(), "coach.loop: unknown setting '" + lk
                                        + "' (known: slots, principles)");
                            }
                        }
                    } else {
                        values.error(value, "coach.loop: expected a mapping (slots, principles)");
                    }
                }
                default -> values.error(t.getKeyNode(), "coach: unknown setting '" + key + "' (known: enabled, "
                        + "rules, time_limit, min_time, max_principles, overlap, loop)");
            }
        }
        if (min >= max) {
            values.error(node, "coach: min_time " + min + " s must be shorter than time_limit " + max + " s; using "
                    + "the defaults");
            min = d.minSeconds();
            max = d.maxSeconds();
        }
        return new CoachSettings(enabled, off, max, min, principles, overlap, slots, perSlot);
    }

    private void rules(Node node, Set<String> off) {
        if (!(node instanceof MappingNode map)) {
            values.error(node, "coach.rules: expected a mapping of rule ids to true or false");
            return;
        }
        for (NodeTuple t : map.getValue()) {
            String id = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            if (Rule.byId(id).isEmpty()) {
                values.error(t.getKeyNode(), "coach.rules: unknown rule '" + id + "' (known: " + String.join(", ",
                        Arrays.stream(Rule.values()).map(Rule::id).toList()) + ")");
            } else if (!values.bool(t.getValueNode(), "coach.rules." + id).orElse(true)) {
                off.add(id);
            }
        }
    }
}
