package io.github.studysite.render;

import io.github.studysite.render.StudyViews.Link;
import io.github.studysite.render.StudyViews.QuestionGroup;
import io.github.studysite.render.StudyViews.StoryCard;

import java.util.List;

/**
 * The views of the two long lists, the STAR index and the question bank: one page of rows as the server writes it
 * (what a reader without JavaScript sees), and the filters that {@code assets/lists.js} runs over the whole list.
 */
public final class ListViews {

    private ListViews() {
    }

    /**
     * One page of the STAR index.
     *
     * @param stories          this page's stories
     * @param count            stories in all
     * @param completeCount    complete stories in all
     * @param needsWorkCount   stories the coach has hints on
     * @param principleFilters the principles to filter by: label and id
     * @param pager            links to the other pages
     */
    public record StoriesView(List<StoryCard> stories, int count, long completeCount, int needsWorkCount,
                              List<Link> principleFilters, Paging.Pager pager) {
        public boolean hasStories() {
            return count > 0;
        }
    }

    /**
     * One page of the question bank.
     *
     * @param byNote           this page's questions, grouped by note
     * @param byPrinciple      on the first page, the first questions probing each principle
     * @param count            questions in all
     * @param answeredCount    answered questions in all
     * @param principleFilters the principles to filter by: label and id
     * @param pager            links to the other pages
     */
    public record QuestionsView(List<QuestionGroup> byNote, List<QuestionGroup> byPrinciple, int count,
                                long answeredCount, List<Link> principleFilters,
                                Paging.Pager pager) {
        public long unansweredCount() {
            return count - answeredCount;
        }

        public boolean hasByPrinciple() {
            return !byPrinciple.isEmpty();
        }

        public boolean hasQuestions() {
            return count > 0;
        }
    }
}
