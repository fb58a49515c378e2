package io.github.studysite.link;

import io.github.studysite.model.Note;
import io.github.studysite.model.NoteStudy;

import java.util.List;

/**
 * A note as the site shows it: the newest revision, where its page is, what was extracted from it, and the older
 * revisions of the same note (same title and author), oldest first.
 *
 * @param note      the newest revision
 * @param page      output path of its page
 * @param study     its study model
 * @param revisions older revisions, oldest first; empty for a note with one revision
 */
public record SiteNote(Note note, String page, NoteStudy study, List<Revision> revisions) {

    public SiteNote {
        revisions = List.copyOf(revisions);
    }

    public boolean hasRevisions() {
        return !revisions.isEmpty();
    }

    /**
     * An older revision of a note.
     *
     * @param note  the older file
     * @param page  output path of its own page
     * @param study what it held
     */
    public record Revision(Note note, String page, NoteStudy study) {
    }
}
