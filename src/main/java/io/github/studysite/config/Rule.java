package io.github.studysite.config;

import java.util.Optional;

/**
 * A feedback rule. Each id is what {@code coach.rules} in {@code _config.yml} switches off and what
 * {@code study.json} names; the README says why each rule exists.
 */
public enum Rule {
    /** The result names no figure. */
    UNQUANTIFIED_RESULT("unquantified-result"),
    /** The action speaks for the team more than for the teller. */
    TEAM_VOICE("team-voice"),
    /** Longer to say than the time limit. */
    TOO_LONG("too-long"),
    /** Shorter to say than the minimum. */
    TOO_SHORT("too-short"),
    /** The situation takes longer to say than the action and the result together. */
    LONG_SITUATION("long-situation"),
    /** A part is the same text as a part of another story. */
    REPEATED_PART("repeated-part"),
    /** Filed under more principles than one story can carry. */
    TOO_MANY_PRINCIPLES("too-many-principles"),
    /** The only story of several principles. */
    ONLY_STORY("only-story");

    private final String id;

    Rule(String id) {
        this.id = id;
    }

    /** The rule's id, as written in {@code _config.yml} and {@code study.json}. */
    public String id() {
        return id;
    }

    public static Optional<Rule> byId(String id) {
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
