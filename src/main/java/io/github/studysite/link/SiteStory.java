package io.github.studysite.link;

import io.github.studysite.model.Story;

/**
 * A story with its place in the site.
 *
 * @param slug  unique in the site: its page is {@code stories/<slug>.html}
 * @param story the story
 * @param note  the note it is told in
 */
public record SiteStory(String slug, Story story, SiteNote note) {
}
