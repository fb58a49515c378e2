package io.github.studysite.link;

import io.github.studysite.model.SelfIntro;

/**
 * A self-introduction with its place in the site and its two languages.
 *
 * @param slug        unique: its page is {@code intro/<slug>.html}
 * @param intro       the introduction as written in its note
 * @param note        the note it is written in
 * @param versions    its Korean and English versions (split by script, or taken from its translation)
 * @param translation the note holding the other language's version when it is a separate translated note
 *                    ({@code translationKey}/{@code translation} front matter), else null
 */
public record SiteIntro(String slug, SelfIntro intro, SiteNote note, IntroVersions versions, SiteNote translation) {
}
