package io.github.studysite.practice;

import java.util.List;
import java.util.Objects;

/**
 * Something to practise answering out loud: a question from the notes, or a STAR story asked as the behavioural
 * question it answers. Interface-language neutral: a story's question is worded by the page from its principle, in
 * the page's language.
 *
 * @param kind       {@code q} (question) or {@code s} (story)
 * @param key        stable across builds while the question or story keeps its place in the site (its question id
 *                   or story slug); what the browser remembers practice times by
 * @param note       index of its note in the practice data's note list
 * @param principles ids of its principles
 * @param answered   whether it has an answer (a story: all four parts written)
 * @param seconds    estimated speaking time of the answer, the timer's target; 0 when there is no answer
 * @param question   the question as written, or empty for a story
 * @param title      the story's title, or empty (a question, or a story without a title)
 * @param principle  the principle a story is asked about (its first), or empty
 * @param answer     a question's answer, or empty
 * @param parts      a story's parts in S, T, A, R order, or empty for a question
 * @param page       the page of the question bank a question is on (from 1), or 0 for a story (its page follows
 *                   from its key)
 */
public record PracticeItem(String kind, String key, int note, List<String> principles, boolean answered, int seconds,
                           String question, String title, String principle, String answer, List<Part> parts,
                           int page) {

    public PracticeItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        principles = List.copyOf(principles);
        parts = List.copyOf(parts);
    }

    /**
     * One part of a STAR story.
     *
     * @param letter S, T, A or R (the page names it in its language)
     * @param text   its text, or empty when still to write
     */
    public record Part(String letter, String text) {
    }
}
