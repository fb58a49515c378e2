package io.github.studysite.extract;

import com.vladsch.flexmark.util.ast.Node;
import io.github.studysite.model.NoteStudy;

import java.util.List;
import java.util.Map;

/**
 * What extraction gives back for one note: the study model, and the ids to put on blocks of the note's page so that
 * the model can deep-link into it.
 *
 * @param study   stories, questions, intros, topics and principle sections
 * @param anchors ids for list items and paragraphs (headings keep their own)
 * @param hints   lines read with a guess, or that look like a label, question or principle but were not read as
 *                one: shown to the author as warnings at the line
 */
public record Extraction(NoteStudy study, Map<Node, String> anchors, List<Hint> hints) {

    public Extraction {
        hints = List.copyOf(hints);
    }

    /** A note to the author about line {@code line} (1-based in the note file). */
    public record Hint(int line, String message) {
    }
}
