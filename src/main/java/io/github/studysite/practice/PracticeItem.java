package io.github.studysite.practice;

import java.util.List;
import java.util.Objects;

/**
 * Something to practise answering out loud: a question from the notes, or a STAR story asked as the behavioural
 * question it answers. Interface-language neutral: a story's question is worded by the page from its first principle,
 * in the page's language. Its text is in its note's search chunk ({@code search.PracticeText}), stored once.
 *
 * @param kind       {@code q} (question) or {@code s} (story)
 * @param key        stable across builds while the question or story keeps its place in the site (its question id
 *                   or {@code s:<story slug>}); what the browser remembers practice times by
 * @param note       index of its note in the practice data's note list
 * @param principles ids of its principles
 * @param answered   whether it has an answer (a story: all four parts written)
 * @param seconds    estimated speaking time of the answer, the timer's target; 0 when there is no answer
 * @param page       the page of the question bank a question is on (from 1), or 0 for a story (its page follows
 *                   from its key)
 */
public record PracticeItem(String kind, String key, int note, List<String> principles, boolean answered, int seconds,
                           int page) {

    public PracticeItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        principles = List.copyOf(principles);
    }
}
