package io.github.studysite.model;

import java.util.List;
import java.util.Objects;

/**
 * An interview question written in a note, with the answer written under it (if any).
 *
 * @param key        identity within its note, for comparing revisions
 * @param text       the question as written (numbering removed)
 * @param source     where it is written
 * @param answer     the answer's text, or empty when it is not answered yet
 * @param principles ids of the principles it probes (the section it sits in, or a principle it names)
 * @param stories    keys of the stories in its answer
 * @param group      the section it is listed under ({@code 이직 사유}, {@code 예상질문}, a principle's name), or empty
 * @param intro      whether it asks for the self-introduction (answered by an intro page)
 * @param translation the same question in the note's other language, written beside it
 *                    ({@code Why Amazon? / 왜 아마존인가요?}), or empty; never part of the answer
 */
public record Question(String key, String text, SourceRef source, String answer, List<String> principles,
                       List<String> stories, String group, boolean intro, String translation) {

    public Question(String key, String text, SourceRef source, String answer, List<String> principles,
                    List<String> stories, String group, boolean intro) {
        this(key, text, source, answer, principles, stories, group, intro, "");
    }

    public Question {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        answer = answer == null ? "" : answer.strip();
        principles = List.copyOf(principles);
        stories = List.copyOf(stories);
        group = group == null ? "" : group;
        translation = translation == null ? "" : translation.strip();
    }

    public boolean isAnswered() {
        return !answer.isEmpty();
    }
}
