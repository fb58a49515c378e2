package io.github.studysite.render;

import io.github.studysite.coach.Feedback;
import io.github.studysite.config.Rule;
import io.github.studysite.model.StarPart;
import io.github.studysite.util.SpeakingTime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The coach's feedback said in an interface language: each {@link Feedback} becomes a {@link Hint} with its message
 * from {@code templates/i18n/<lang>.yml} ({@code coach_<rule>}), so the pages and {@code study.json} say the same.
 */
public final class Hints {

    /**
     * One hint as shown.
     *
     * @param rule      the rule's id
     * @param label     the rule in a few words ({@code coach_short_<rule>}), as the STAR index's rows show it
     * @param message   what to do, in the interface language
     * @param key       identity for remembering a dismissed hint ({@code <story slug>/<rule>})
     * @param otherHref link to the story a part repeats, else empty
     */
    public record Hint(String rule, String label, String message, String key, String otherHref) {
    }

    private final Messages m;
    private final Function<String, String> principleName;

    /**
     * @param principleName a principle's name in the interface language, by id
     */
    public Hints(Messages m, Function<String, String> principleName) {
        this.m = m;
        this.principleName = principleName;
    }

    /**
     * @param owner     identity of what the hints are about (a story's slug, a question's id)
     * @param storyHref the link to a story, by the story (for {@link Rule#REPEATED_PART})
     */
    public List<Hint> of(List<Feedback> feedback, String owner,
                         Function<io.github.studysite.link.SiteStory, String> storyHref) {
        List<Hint> out = new ArrayList<>(feedback.size());
        for (Feedback f : feedback) {
            out.add(new Hint(f.rule().id(), m.get("coach_short_" + f.rule().id()), message(f),
                    owner + "/" + f.rule().id(),
                    f.other().map(storyHref).orElse("")));
        }
        return out;
    }

    public String message(Feedback f) {
        String key = "coach_" + f.rule().id();
        return switch (f.rule()) {
            case TOO_LONG, TOO_SHORT -> f.partSeconds().isEmpty()
                    ? m.format(key + "_answer", time(f.seconds()), time(f.limit()))
                    : m.format(key, time(f.seconds()), time(f.limit()), perPart(f.partSeconds()),
                    f.part().map(this::partName).orElse(""));
            case LONG_SITUATION -> m.format(key, time(f.seconds()), time(f.limit()));
            case REPEATED_PART -> m.format(key, f.part().map(this::partName).orElse(""),
                    f.other().map(o -> o.story().title()).orElse(""));
            case TOO_MANY_PRINCIPLES, ONLY_STORY -> m.format(key, f.principles().size(),
                    String.join(", ", f.principles().stream().map(principleName).toList()));
            default -> m.get(key);
        };
    }

    /** {@code S 0:40 · T 0:10 · A 1:20 · R 0:30}. */
    private static String perPart(Map<StarPart, Integer> seconds) {
        List<String> parts = new ArrayList<>();
        seconds.forEach((part, s) -> parts.add(part.letter() + " " + time(s)));
        return String.join(" · ", parts);
    }

    private String partName(StarPart part) {
        return m.get("part_" + part.letter().toLowerCase(java.util.Locale.ROOT));
    }

    private static String time(int seconds) {
        return SpeakingTime.format(seconds);
    }
}
