package io.github.studysite.coach;

import io.github.studysite.link.SiteQuestion;
import io.github.studysite.link.SiteStory;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The feedback on every story and answer of a site. Looked up by identity: the site's records hold whole notes, whose
 * structural hash would walk every note on each lookup.
 */
public final class CoachReport {

    public static final CoachReport NONE = new CoachReport(Map.of(), Map.of());

    private final Map<SiteStory, List<Feedback>> stories;
    private final Map<SiteQuestion, List<Feedback>> questions;

    CoachReport(Map<SiteStory, List<Feedback>> stories, Map<SiteQuestion, List<Feedback>> questions) {
        this.stories = new IdentityHashMap<>(stories.size());
        stories.forEach((s, f) -> this.stories.put(s, List.copyOf(f)));
        this.questions = new IdentityHashMap<>(questions.size());
        questions.forEach((q, f) -> this.questions.put(q, List.copyOf(f)));
    }

    public List<Feedback> of(SiteStory story) {
        return stories.getOrDefault(story, List.of());
    }

    public List<Feedback> of(SiteQuestion question) {
        return questions.getOrDefault(question, List.of());
    }

    /** How many stories have at least one hint. */
    public int storiesNeedingWork() {
        return (int) stories.values().stream().filter(f -> !f.isEmpty()).count();
    }
}
