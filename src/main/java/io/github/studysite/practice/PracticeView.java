package io.github.studysite.practice;

import io.github.studysite.render.StudyViews.Link;

import java.util.List;

/**
 * What {@code practice.mustache} shows around the practice script: the choices it filters by.
 *
 * @param notes         the notes with questions or stories (the link's href is the note's row in the data)
 * @param principles    the principles, by id
 * @param parts         the STAR parts, by letter
 * @param questionsHref the question bank
 */
public record PracticeView(List<Link> notes, List<Link> principles, List<Link> parts, String questionsHref) {
}
