package io.github.studysite.render;

import io.github.studysite.model.Note;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.parse.TocEntry;

import java.util.List;

/**
 * A note after its own stages: where its page goes, its body as HTML, its table of contents. This, not the Markdown
 * tree, is what the whole-site stages hold on to.
 *
 * @param note     the note
 * @param page     output path of its page
 * @param bodyHtml the rendered Markdown body
 * @param toc      its headings
 * @param excerpt  the start of its first paragraph, for lists
 * @param study    what the extractor found in it
 */
public record RenderedNote(Note note, String page, String bodyHtml, List<TocEntry> toc, String excerpt,
                           NoteStudy study) {
    public RenderedNote {
        toc = List.copyOf(toc);
    }
}
