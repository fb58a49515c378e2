package io.github.studysite.link;

/**
 * One difference between two revisions of a note.
 *
 * @param kind   what changed: {@code story} or {@code question}
 * @param status {@code added}, {@code removed} or {@code changed}
 * @param title  the story's title or the question's text
 * @param detail for a changed story, the parts that differ ({@code S, A}); for a question, {@code answer}
 */
public record Change(String kind, String status, String title, String detail) {
}
