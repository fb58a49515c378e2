package io.github.studysite.render;

import java.util.List;

/**
 * What {@code note.mustache} shows.
 *
 * @param title       title
 * @param date        ISO date or empty
 * @param author      author or empty
 * @param lang        the note's language, for the body's {@code lang}
 * @param tags        tags
 * @param categories  categories
 * @param description description or empty
 * @param sourcePath  the file it was rendered from
 * @param banner      the draft/private notice, or empty
 * @param toc         table of contents (empty when the note has fewer than two headings to list)
 * @param bodyHtml    the rendered note (unpacked as the template writes it)
 * @param notesHref   link to the notes index
 * @param study       the note's stories, questions, topics and revisions ({@link StudyPages#notePanel})
 * @param newerHref   for an older revision, the newest revision's page; else empty
 */
public record NotePageView(String title, String date, String author, String lang, List<String> tags,
                           List<String> categories, String description, String sourcePath, String banner,
                           List<TocItem> toc, NoteBody bodyHtml, String notesHref, StudyViews.NotePanel study,
                           String newerHref) {

    public boolean hasToc() {
        return !toc.isEmpty();
    }

    public boolean hasTags() {
        return !tags.isEmpty();
    }

    public boolean hasCategories() {
        return !categories.isEmpty();
    }
}
