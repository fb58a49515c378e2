package io.github.studysite.render;

import io.github.studysite.coach.Feedback;
import io.github.studysite.config.Rule;
import io.github.studysite.link.SiteStory;
import io.github.studysite.model.StarPart;
import io.github.studysite.util.SpeakingTime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The coach's feedback said in an interface language: each {@link Feedback} becomes a {@link Hint} with its message
 * from {@code templates/i18n/<lang>.yml} ({@code coach_<rule>}), which {@code study.json} says too, except that a
 * story's repeated parts become one hint that lists them ({@code coach_repeated-parts}).
 */
public final class Hints {

    /**
     * One hint as shown: a rule's hint, or all of a story's repeated parts in one (they are one thing to fix, and a
     * dismissal of one is a dismissal of all: the browser remembers {@code <story slug>/<rule>}).
     *
     * @param rule    the rule's id
     * @param label   the rule in a few words ({@code coach_short_<rule>}), as the STAR index's rows show it
     * @param message what to do, in the interface language; for repeated parts, the lead of their list
     * @param repeats the parts that repeat another story ({@link Rule#REPEATED_PART}), else empty
     */
    public record Hint(String rule, String label, String message, List<Repeat> repeats) {

        /** How many hints of the rule this one stands for. */
        public int count() {
            return Math.max(1, repeats.size());
        }

        /** Whether it stands for more than one ({@code ×3} in the STAR index). */
        public boolean several() {
            return repeats.size() > 1;
        }
    }

    /**
     * A part that repeats another story.
     *
     * @param part  the part's name
     * @param title the other story's title
     * @param href  its page
     * @param first whether it is the first of its hint's list
     */
    public record Repeat(String part, String title, String href, boolean first) {
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
     * @param storyHref the link to a story, by the story (for {@link Rule#REPEATED_PART})
     */
    public List<Hint> of(List<Feedback> feedback, Function<SiteStory, String> storyHref) {
        List<Hint> out = new ArrayList<>(feedback.size());
        List<Repeat> repeats = new ArrayList<>();
        int at = -1;
        for (Feedback f : feedback) {
            String id = f.rule().id();
            if (f.rule() != Rule.REPEATED_PART) {
                out.add(new Hint(id, label(m, f.rule()), message(f), List.of()));
                continue;
            }
            if (at < 0) {
                at = out.size();
                out.add(null);
            }
            repeats.add(new Repeat(f.part().map(this::partName).orElse(""),
                    f.other().map(this::title).orElse(""), f.other().map(storyHref).orElse(""),
                    repeats.isEmpty()));
        }
        if (at >= 0) {
            out.set(at, new Hint(Rule.REPEATED_PART.id(), label(m, Rule.REPEATED_PART), m.get("coach_repeated-parts"),
                    List.copyOf(repeats)));
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

    /** A rule in a few words ({@code coach_short_<rule>}), as the STAR index's rows name a hint. */
    static String label(Messages m, Rule rule) {
        return m.get("coach_short_" + rule.id());
    }

    private String title(SiteStory story) {
        return story.story().title().isEmpty() ? m.get("story_untitled") : story.story().title();
    }

    private String partName(StarPart part) {
        return m.get("part_" + part.letter().toLowerCase(java.util.Locale.ROOT));
    }

    private static String time(int seconds) {
        return SpeakingTime.format(seconds);
    }
}
