package io.github.studysite.extract;

import io.github.studysite.model.IntroParagraph;

import java.util.List;
import java.util.Set;

/** What the finders report, by line index, before anchors and keys turn it into model records. */
final class Hits {

    private Hits() {
    }

    /** A question at line {@code line}; its answer, the stories in it, its group and principles. */
    record QuestionHit(int line, String text, String answer, List<StoryBlock> stories, String group,
                       Set<String> principles, boolean intro, String translation) {

        QuestionHit(int line, String text, String answer, List<StoryBlock> stories, String group,
                    Set<String> principles, boolean intro) {
            this(line, text, answer, stories, group, principles, intro, "");
        }

        QuestionHit withTranslation(String translation, String answer, List<StoryBlock> stories) {
            return new QuestionHit(line, text, answer, stories, group, principles, intro, translation);
        }
    }

    /** A self-introduction opened at line {@code line}. */
    record IntroHit(int line, String title, List<IntroParagraph> paragraphs, int limitSeconds, int end) {
    }

    /** A study topic at line {@code line}. */
    record TopicHit(int line, String title, String hint, String group) {
    }
}
