package io.github.studysite.config;

import java.util.Objects;
import java.util.Set;

/**
 * The study coach's settings, {@code coach:} in {@code _config.yml}: which feedback rules are on and their limits,
 * and the shape of the loop plan.
 *
 * @param enabled          {@code coach: false} switches every hint off (the loop plan and exports stay)
 * @param off              ids of the rules switched off ({@code rules: {team-voice: false}})
 * @param maxSeconds       speaking time over which a story or answer is too long ({@code time_limit}, 2:00); a
 *                         note's own {@code time_limit} front matter wins for its stories
 * @param minSeconds       speaking time under which a complete story or answer is too short ({@code min_time}, 0:45)
 * @param maxPrinciples    principles one story can be filed under before it is spread too thin (2)
 * @param overlap          share of character pairs from which a part counts as a copy (0.8; 1 means identical only)
 * @param loopSlots        interviewers in the loop plan ({@code loop.slots}, 5)
 * @param loopPrinciples   principles per interviewer at most ({@code loop.principles}, 3; at least 2 are given when
 *                         there are enough)
 */
public record CoachSettings(boolean enabled, Set<String> off, int maxSeconds, int minSeconds, int maxPrinciples,
                            double overlap, int loopSlots, int loopPrinciples) {

    public static final CoachSettings DEFAULT = new CoachSettings(true, Set.of(), 120, 45, 2, 0.8, 5, 3);

    public CoachSettings {
        off = Set.copyOf(Objects.requireNonNull(off, "off"));
    }

    /** These limits with every rule on: how the loop plan judges stories, whatever hints the pages show. */
    public CoachSettings allOn() {
        return new CoachSettings(true, Set.of(), maxSeconds, minSeconds, maxPrinciples, overlap, loopSlots,
                loopPrinciples);
    }

    /** Whether the rule with this id gives hints. */
    public boolean on(String rule) {
        return enabled && !off.contains(rule);
    }
}
