package io.github.studysite.search;

import java.util.List;

/**
 * A question or story as practice mode and the question bank show it, written with its entry in its note's search
 * chunk so that its text is stored once: each line is a {@link Line}, a range of the text of one of the chunk's
 * entries where the note's text holds it as written, else the line itself.
 *
 * @param id     a question's id, or a story's slug (the practice item's key is {@code s:<slug>})
 * @param page   the question bank's page (from 1) a question is on, or 0 for a story
 * @param story  whether it is a story (its prompt is its title, its parts are S, T, A, R) or a question
 * @param prompt the question, or the story's title, line by line
 * @param answer a question's answer line by line, or empty
 * @param parts  a story's parts in S, T, A, R order, each line by line, or empty
 */
public record PracticeText(String id, int page, boolean story, List<Line> prompt, List<Line> answer,
                           List<List<Line>> parts) {

    public PracticeText {
        prompt = List.copyOf(prompt);
        answer = List.copyOf(answer);
        parts = parts.stream().map(List::copyOf).toList();
    }

    /**
     * One line: {@code text} when the chunk's text does not hold it, else the range {@code [start, end)} of the text
     * of the chunk's entry {@code entry}.
     */
    public record Line(int entry, int start, int end, String text) {

        static Line of(String text) {
            return new Line(-1, 0, 0, text);
        }

        boolean isRange() {
            return entry >= 0;
        }
    }
}
