package io.github.studysite.link;

import io.github.studysite.model.SelfIntro;

/**
 * A self-introduction with its place in the site.
 *
 * @param slug  unique: its page is {@code intro/<slug>/}
 * @param intro the introduction
 * @param note  the note it is written in
 */
public record SiteIntro(String slug, SelfIntro intro, SiteNote note) {
}
