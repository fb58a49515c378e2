package io.github.studysite.coach;

import io.github.studysite.config.Rule;
import io.github.studysite.config.CoachSettings;
import io.github.studysite.link.SiteNote;
import io.github.studysite.link.SiteQuestion;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.StudySite;
import io.github.studysite.model.Principle;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.Story;
import io.github.studysite.util.SpeakingTime;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reviews every story and answer of a linked site by the rules interview coaches repeat (the README lists them, each
 * with its reason) and returns the hints. Reads the study model only; the model stays as the extractor made it.
 */
public final class Coach {

    private final CoachSettings settings;
    private final SpeakingTime speaking;

    public Coach(CoachSettings settings, SpeakingTime speaking) {
        this.settings = settings;
        this.speaking = speaking;
    }

    public CoachReport review(StudySite site) {
        if (!settings.enabled()) {
            return CoachReport.NONE;
        }
        Map<SiteStory, List<Feedback>> repeats = settings.on(Rule.REPEATED_PART.id())
                ? Repeats.find(site.stories(), settings.overlap()) : Map.of();
        Map<SiteStory, List<String>> onlyStoryOf = onlyStories(site);
        // each story and answer is judged on its own: in parallel, as the pages that wait for the review are
        List<List<Feedback>> storyHints = site.stories().parallelStream().map(s -> {
            List<Feedback> out = new ArrayList<>();
            story(s, out);
            out.addAll(repeats.getOrDefault(s, List.of()));
            principles(s, onlyStoryOf.getOrDefault(s, List.of()), out);
            return out;
        }).toList();
        List<List<Feedback>> answerHints = site.questions().parallelStream().map(q -> {
            List<Feedback> out = new ArrayList<>();
            answer(q, out);
            return out;
        }).toList();
        Map<SiteStory, List<Feedback>> stories = new IdentityHashMap<>();
        for (int i = 0; i < storyHints.size(); i++) {
            stories.put(site.stories().get(i), storyHints.get(i));
        }
        Map<SiteQuestion, List<Feedback>> questions = new IdentityHashMap<>();
        for (int i = 0; i < answerHints.size(); i++) {
            questions.put(site.questions().get(i), answerHints.get(i));
        }
        return new CoachReport(stories, questions);
    }

    private void story(SiteStory s, List<Feedback> out) {
        Story story = s.story();
        if (story.isEmpty() || story.isTemplate()) {
            return; // an empty story or template is listed as still to write; hints about its words say nothing
        }
        String result = story.part(StarPart.RESULT);
        if (on(Rule.UNQUANTIFIED_RESULT) && !result.isEmpty() && !Figures.named(result)) {
            out.add(Feedback.of(Rule.UNQUANTIFIED_RESULT));
        }
        if (on(Rule.TEAM_VOICE) && Voice.mostlyTeam(story.part(StarPart.ACTION))) {
            out.add(Feedback.of(Rule.TEAM_VOICE));
        }
        Map<StarPart, Integer> parts = new EnumMap<>(StarPart.class);
        int total = 0;
        StarPart longest = StarPart.SITUATION;
        for (StarPart part : StarPart.values()) {
            int seconds = speaking.seconds(story.part(part));
            parts.put(part, seconds);
            total += seconds;
            if (seconds > parts.get(longest)) {
                longest = part;
            }
        }
        int limit = limit(s.note());
        if (on(Rule.TOO_LONG) && total > limit) {
            out.add(Feedback.length(Rule.TOO_LONG, total, limit, parts, Optional.of(longest)));
        } else if (on(Rule.TOO_SHORT) && story.isComplete() && total < settings.minSeconds()) {
            out.add(Feedback.length(Rule.TOO_SHORT, total, settings.minSeconds(), parts, Optional.empty()));
        }
        // with neither action nor result written the story is incomplete, which the page already says
        boolean told = !story.part(StarPart.ACTION).isEmpty() || !story.part(StarPart.RESULT).isEmpty();
        if (on(Rule.LONG_SITUATION) && told && parts.get(StarPart.SITUATION) > parts.get(StarPart.ACTION)
                + parts.get(StarPart.RESULT)) {
            out.add(Feedback.length(Rule.LONG_SITUATION, parts.get(StarPart.SITUATION),
                    parts.get(StarPart.ACTION) + parts.get(StarPart.RESULT), parts, Optional.of(StarPart.SITUATION)));
        }
    }

    private void principles(SiteStory s, List<String> onlyStoryOf, List<Feedback> out) {
        List<String> principles = s.story().principles();
        if (on(Rule.TOO_MANY_PRINCIPLES) && principles.size() > settings.maxPrinciples()) {
            out.add(Feedback.principles(Rule.TOO_MANY_PRINCIPLES, principles));
        }
        if (on(Rule.ONLY_STORY) && onlyStoryOf.size() > 1) {
            out.add(Feedback.principles(Rule.ONLY_STORY, onlyStoryOf));
        }
    }

    /** Each story that is the only one of some principles, with those principles in catalog order. */
    private static Map<SiteStory, List<String>> onlyStories(StudySite site) {
        Map<SiteStory, List<String>> out = new IdentityHashMap<>();
        for (Principle p : site.principles()) {
            List<SiteStory> stories = site.storiesOf(p);
            if (stories.size() == 1) {
                out.computeIfAbsent(stories.get(0), k -> new ArrayList<>()).add(p.id());
            }
        }
        return out;
    }

    /** An answer is judged for its voice and length; the self-introduction has its own page and limit. */
    private void answer(SiteQuestion q, List<Feedback> out) {
        var question = q.question();
        if (!question.isAnswered() || question.intro()) {
            return;
        }
        if (on(Rule.TEAM_VOICE) && Voice.mostlyTeam(question.answer())) {
            out.add(Feedback.of(Rule.TEAM_VOICE));
        }
        int seconds = speaking.seconds(question.answer());
        int limit = limit(q.note());
        if (on(Rule.TOO_LONG) && seconds > limit) {
            out.add(Feedback.length(Rule.TOO_LONG, seconds, limit, Map.of(), Optional.empty()));
        } else if (on(Rule.TOO_SHORT) && seconds < settings.minSeconds() && q.question().stories().isEmpty()) {
            // an answer that points to its stories is as long as they are
            out.add(Feedback.length(Rule.TOO_SHORT, seconds, settings.minSeconds(), Map.of(), Optional.empty()));
        }
    }

    /** The note's {@code time_limit} ({@code 2:30}, or seconds), else the site's. */
    int limit(SiteNote note) {
        Object value = note.note().frontMatter().get("time_limit");
        if (value instanceof Number n && n.intValue() > 0) {
            return n.intValue(); // YAML 1.1 reads an unquoted 2:30 as 150 already
        }
        if (value != null) {
            int seconds = SpeakingTime.parse(String.valueOf(value)).orElse(0);
            if (seconds > 0) {
                return seconds;
            }
        }
        return settings.maxSeconds();
    }

    private boolean on(Rule rule) {
        return settings.on(rule.id());
    }
}
