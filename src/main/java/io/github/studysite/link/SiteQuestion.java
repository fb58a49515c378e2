package io.github.studysite.link;

import io.github.studysite.model.Question;

/**
 * A question with its place in the site.
 *
 * @param id       unique in the site, its anchor on the question bank ({@code questions/#<id>})
 * @param question the question
 * @param note     the note it is written in
 */
public record SiteQuestion(String id, Question question, SiteNote note) {
}
