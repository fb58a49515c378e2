package io.github.studysite.source;

import io.github.studysite.model.Note;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Markdown of the loaded notes, each handed out once: the parse stage takes a note's body when it parses the
 * note, so that the build does not hold the text of every note (as much memory as the notes folder) until the last
 * note is parsed. Safe to use from several threads.
 */
public final class NoteBodies {

    private final Map<String, String> byContentPath;

    NoteBodies(List<Note> notes) {
        byContentPath = new ConcurrentHashMap<>(notes.size() * 4 / 3 + 1);
        notes.forEach(note -> byContentPath.put(note.contentPath(), note.body()));
    }

    /** The body of the note at {@code contentPath}, let go of here; empty when it was taken already or is unknown. */
    public String take(String contentPath) {
        String body = byContentPath.remove(contentPath);
        return body == null ? "" : body;
    }
}
