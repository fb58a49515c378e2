package io.github.studysite.extract;

import io.github.studysite.model.NoteStudy;

import java.util.Map;

/**
 * What extraction gives back for one note: the study model, and the ids to put on blocks of the note's page so that
 * the model can deep-link into it.
 *
 * @param study   stories, questions, intros, topics and principle sections
 * @param anchors ids for list items and paragraphs, by outline block number (headings keep their own)
 */
public record Extraction(NoteStudy study, Map<Integer, String> anchors) {
}
