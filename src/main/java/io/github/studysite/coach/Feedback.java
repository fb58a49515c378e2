package io.github.studysite.coach;

import io.github.studysite.config.Rule;
import io.github.studysite.link.SiteStory;
import io.github.studysite.model.StarPart;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One hint about a story or an answer: which rule it comes from and the facts the hint names, so that the page can
 * say it in either interface language.
 *
 * @param rule        the rule
 * @param part        the part it is about (the copied part, the longest part of a long story), if any
 * @param seconds     the speaking-time estimate of the whole story or answer (length rules), else 0
 * @param limit       the limit it is over or under, in seconds (length rules), else 0
 * @param partSeconds the estimate per part (a story's length rules), else empty
 * @param other       the story a part repeats ({@link Rule#REPEATED_PART}), if any
 * @param principles  the principles concerned ({@link Rule#TOO_MANY_PRINCIPLES}, {@link Rule#ONLY_STORY})
 */
public record Feedback(Rule rule, Optional<StarPart> part, int seconds, int limit, Map<StarPart, Integer> partSeconds,
                       Optional<SiteStory> other, List<String> principles) {

    public Feedback {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(other, "other");
        partSeconds = partSeconds.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(partSeconds));
        principles = List.copyOf(principles);
    }

    static Feedback of(Rule rule) {
        return new Feedback(rule, Optional.empty(), 0, 0, Map.of(), Optional.empty(), List.of());
    }

    static Feedback length(Rule rule, int seconds, int limit, Map<StarPart, Integer> partSeconds,
                           Optional<StarPart> longest) {
        return new Feedback(rule, longest, seconds, limit, partSeconds, Optional.empty(), List.of());
    }

    static Feedback repeats(StarPart part, SiteStory other) {
        return new Feedback(Rule.REPEATED_PART, Optional.of(part), 0, 0, Map.of(), Optional.of(other), List.of());
    }

    static Feedback principles(Rule rule, List<String> principles) {
        return new Feedback(rule, Optional.empty(), 0, 0, Map.of(), Optional.empty(), principles);
    }
}
