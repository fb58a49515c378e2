package io.github.studysite.render;

import io.github.studysite.render.StudyViews.PrincipleCard;
import io.github.studysite.render.StudyViews.QuestionItem;
import io.github.studysite.render.StudyViews.StoryCard;
import io.github.studysite.render.StudyViews.TopicItem;

import java.util.List;

/** The home page's views ({@code home.mustache}): the dashboard of the study model, and the page around it. */
public final class HomeViews {

    private HomeViews() {
    }

    /**
     * What the dashboard shows of the study model. The panels name the first few of each list; the counts, and the
     * "see all" numbers ({@code null} when nothing is left out), are of the whole lists.
     *
     * @param coverage          a card per principle, with how many stories it has
     * @param missingPrinciples the principles without a story
     * @param incompleteHref    the STAR index filtered as the panel is ({@code lists.js} reads the query)
     */
    public record Dashboard(List<PrincipleCard> coverage, List<PrincipleCard> missingPrinciples, String catalogTitle,
                            int storyCount, int completeCount, int questionCount, int answeredCount, int topicCount,
                            List<StoryCard> incomplete, Integer incompleteMore,
                            List<QuestionItem> unanswered, Integer unansweredMore,
                            List<TopicItem> topics, Integer topicsMore,
                            String storiesHref, String questionsHref, String incompleteHref, String needsWorkHref,
                            String unansweredHref, String studyHref, String principlesHref, String printHref,
                            int printCount, String loopHref, int loopCount, int needsWorkCount) {
        public boolean hasMissingPrinciples() {
            return !missingPrinciples.isEmpty();
        }

        public int principleCount() {
            return coverage.size();
        }

        /** Principles with at least one story. */
        public int coveredCount() {
            return coverage.size() - missingPrinciples.size();
        }
    }

    /**
     * The home page.
     *
     * @param notes     the newest notes, newest first
     * @param count     how many notes the site has
     * @param notesHref the notes index, which lists them all
     * @param exports   whether the data exports are written and linked
     */
    public record Home(String siteTitle, String description, Dashboard dashboard, List<NoteSummary> notes, int count,
                       String notesHref, boolean exports) {
        public boolean moreNotes() {
            return count > notes.size();
        }
    }
}
