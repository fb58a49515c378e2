package io.github.studysite.render;

import java.util.List;

/**
 * The notes index ({@code notes.mustache}).
 *
 * @param notes every note, newest revisions only
 */
public record NoteList(List<NoteSummary> notes) {

    public NoteList {
        notes = List.copyOf(notes);
    }

    public int count() {
        return notes.size();
    }
}
