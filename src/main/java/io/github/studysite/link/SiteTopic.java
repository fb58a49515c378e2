package io.github.studysite.link;

import io.github.studysite.model.StudyTopic;

/**
 * A study topic with the note it comes from.
 *
 * @param topic the topic
 * @param note  its note
 */
public record SiteTopic(StudyTopic topic, SiteNote note) {
}
