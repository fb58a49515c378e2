package io.github.studysite.render;

import io.github.studysite.util.PackedText;

/**
 * A note's rendered body as one page shows it: the packed HTML, whose links to the site root ({@link NoteLinks})
 * become relative to this page when the template writes it ({@link #toString()}). Kept packed in the page's view, a
 * preview session can tell whether the page changed from the body's hash without unpacking it.
 *
 * @param html     the body, with root placeholders
 * @param langRoot the way from this page up to its language's root ({@code ../../})
 * @param siteRoot the way from this page up to the site's root
 */
public record NoteBody(PackedText html, String langRoot, String siteRoot) {

    /** The HTML to write into the page. */
    @Override
    public String toString() {
        return html.text().replace(NoteLinks.LANG_ROOT, langRoot).replace(NoteLinks.SITE_ROOT, siteRoot);
    }
}
