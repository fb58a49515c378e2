package io.github.studysite.source;

import java.util.List;
import java.util.Map;

/**
 * What the load stage hands on.
 *
 * @param notes  readable notes in content path order (drafts only when asked for)
 * @param assets files copied to the site as they are
 * @param data   {@code _data/<name>.yml} files by name
 */
public record LoadedContent(List<io.github.studysite.model.Note> notes, List<ContentScanner.Entry> assets,
                            Map<String, Map<String, Object>> data) {
    public LoadedContent {
        notes = List.copyOf(notes);
        assets = List.copyOf(assets);
        data = Map.copyOf(data);
    }
}
