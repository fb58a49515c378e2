package io.github.studysite.render;

import io.github.studysite.model.Note;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.markdown.TocEntry;
import io.github.studysite.util.PackedText;

import java.util.List;

/**
 * A note after its own stages: where its page goes, its body as HTML, its table of contents. This, not the Markdown
 * tree, is what the whole-site stages hold on to.
 *
 * @param note     the note
 * @param page     output path of its page
 * @param body     the rendered Markdown body, packed: the build holds every note's until the pages are written
 * @param toc      its headings
 * @param excerpt  the start of its first paragraph, for lists
 * @param study    what the extractor found in it
 */
public record RenderedNote(Note note, String page, PackedText body, List<TocEntry> toc, String excerpt,
                           NoteStudy study) {
    public RenderedNote {
        toc = List.copyOf(toc);
    }

    public RenderedNote(Note note, String page, String bodyHtml, List<TocEntry> toc, String excerpt,
                        NoteStudy study) {
        this(note, page, PackedText.of(bodyHtml), toc, excerpt, study);
    }

    /** The rendered Markdown body (unpacked on each call). */
    public String bodyHtml() {
        return body.text();
    }
}
