package io.github.studysite.render;

import java.util.List;

/** The view models of the loop plan, {@code loop/}: what its template shows, linked relative to the page. */
public final class LoopViews {

    private LoopViews() {
    }

    /**
     * A principle without a story to tell.
     *
     * @param name   the principle's name in the interface language
     * @param href   its page
     * @param reason why, in words
     */
    public record GapItem(String name, String href, String reason) {
    }

    /**
     * A story as the plan names it.
     *
     * @param title    its title
     * @param href     its page
     * @param result   its Result's first line
     * @param speaking its speaking time, {@code m:ss}
     * @param lang     the language of its note
     */
    public record StoryRef(String title, String href, String result, String speaking, String lang) {
    }

    /**
     * A principle on an interviewer's sheet.
     *
     * @param name   the principle's name
     * @param other  its name in the other language, or empty
     * @param href   its page
     * @param best   the story to tell, or null
     * @param backup the other story, or null
     */
    public record PickItem(String name, String other, String href, StoryRef best, StoryRef backup) {
    }

    /**
     * One interviewer's sheet.
     *
     * @param title {@code Interviewer 1}
     * @param picks their principles
     */
    public record SlotSheet(String title, List<PickItem> picks) {
    }

    /**
     * The whole plan.
     *
     * @param gaps    principles to find a story for, first
     * @param slots   one sheet per interviewer
     * @param left    principles the slots had no room for
     * @param lead    what the plan is, in words
     */
    public record LoopView(List<GapItem> gaps, List<SlotSheet> slots, List<GapItem> left, String lead) {
        public boolean hasGaps() {
            return !gaps.isEmpty();
        }

        public boolean hasLeft() {
            return !left.isEmpty();
        }
    }
}
