package io.github.studysite.source;

import io.github.studysite.model.Note;

import java.util.List;
import java.util.Map;

/**
 * What the load stage hands on.
 *
 * @param notes  readable notes in content path order (drafts only when asked for), without their bodies
 * @param bodies the notes' bodies, each taken once by the stage that parses it
 * @param assets files copied to the site as they are
 * @param data   {@code _data/<name>.yml} files by name
 */
public record LoadedContent(List<Note> notes, NoteBodies bodies, List<ContentScanner.Entry> assets,
                            Map<String, Map<String, Object>> data) {
    public LoadedContent {
        notes = List.copyOf(notes);
        assets = List.copyOf(assets);
        data = Map.copyOf(data);
    }

    /** Notes with their bodies: their bodies are held by {@link #bodies()} until taken. */
    static LoadedContent of(List<Note> notes, List<ContentScanner.Entry> assets,
                            Map<String, Map<String, Object>> data) {
        return new LoadedContent(notes.stream().map(note -> note.withBody("")).toList(), new NoteBodies(notes),
                assets, data);
    }
}
