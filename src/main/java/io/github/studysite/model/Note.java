package io.github.studysite.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One note file, as loaded: its front matter interpreted, its Markdown body unparsed.
 *
 * @param sourcePath  the file relative to the project, for problem reports ({@code content/002.txt})
 * @param contentPath the file relative to the content folder, forward slashes ({@code 002.txt}); unique
 * @param slug        URL segment of the note's page, unique in the site ({@code notes/<slug>/})
 * @param title       front matter {@code title}, else the first heading, else the file name
 * @param date        front matter {@code date}, else a {@code YYYY-MM-DD-} file name prefix, else null
 * @param author      front matter {@code author}, else the site's author, else empty
 * @param lang        front matter {@code lang}, else detected from the text's script
 * @param tags        front matter {@code tags}
 * @param categories  front matter {@code category}/{@code categories}
 * @param description front matter {@code description}, else empty
 * @param layout      front matter {@code layout} (a template name), else empty
 * @param permalink   front matter {@code permalink}: the page's path instead of {@code notes/<slug>/}, else empty
 * @param permalinkLine the line of the {@code permalink} key in the file, for its problems; 1 when there is none
 * @param visibility  public, draft or private
 * @param frontMatter every front matter key, for templates
 * @param body        the Markdown, front matter lines blanked so that line numbers are the file's
 */
public record Note(String sourcePath, String contentPath, String slug, String title, LocalDate date, String author,
                   String lang, List<String> tags, List<String> categories, String description, String layout,
                   String permalink, int permalinkLine, Visibility visibility, Map<String, Object> frontMatter,
                   String body) {

    public Note {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(contentPath, "contentPath");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        author = author == null ? "" : author;
        lang = lang == null ? "" : lang;
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
        description = description == null ? "" : description;
        layout = layout == null ? "" : layout;
        permalink = permalink == null ? "" : permalink;
        Objects.requireNonNull(visibility, "visibility");
        frontMatter = Collections.unmodifiableMap(new LinkedHashMap<>(frontMatter));
        Objects.requireNonNull(body, "body");
    }

    /** A copy with another slug (the link stage makes slugs unique). */
    public Note withSlug(String newSlug) {
        return new Note(sourcePath, contentPath, newSlug, title, date, author, lang, tags, categories, description,
                layout, permalink, permalinkLine, visibility, frontMatter, body);
    }

    /** A copy with another body (the build drops a note's body once it is rendered). */
    public Note withBody(String newBody) {
        return new Note(sourcePath, contentPath, slug, title, date, author, lang, tags, categories, description,
                layout, permalink, permalinkLine, visibility, frontMatter, newBody);
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }
}
