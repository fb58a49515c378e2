package io.github.studysite.markdown;


/**
 * Decides where a link or image written in a note points on the site: {@code other-note.md#x} to that note's page,
 * {@code images/a.png} to the copied asset, {@code #anchor} and {@code https://…} unchanged. Implemented by the render
 * stage, which knows the site's pages; handed to the Markdown renderer per note, which also tells it what it left
 * out of the note for safety.
 */
@FunctionalInterface
public interface LinkRewriter {

    /** Leaves every link as written. */
    LinkRewriter NONE = (url, image, at) -> url;

    /**
     * @param url   the destination as written in the note
     * @param image whether it is an image source
     * @param at    where the link or image is written
     * @return the destination to render, or null when it is a file of the site that does not exist (the rewriter
     *         has told the author): a link then keeps its address, an image shows its alt text in its place
     */
    String rewrite(String url, boolean image, Place at);

    /**
     * Told when the renderer left something unsafe out of the note — from raw HTML a script or an event handler, from
     * a link or an image a {@code javascript:} address — so the author hears of it at the right line. Does nothing by
     * default.
     *
     * @param removed what was removed, e.g. {@code <script>}, {@code onerror=}, {@code href=javascript:}
     * @param at      where the raw HTML, link or image is written
     */
    default void removedUnsafe(java.util.List<String> removed, Place at) {
    }

    /**
     * Told when the renderer refused part of the note as too large or too deep to publish as written (HTML nested
     * past its limit): an error at its line, though the rest of the note renders. Does nothing by default.
     *
     * @param message what was refused and what the author can do
     * @param at      where
     */
    default void refused(String message, Place at) {
    }

    /**
     * A place in a note's file.
     *
     * @param line   1-based line of the file
     * @param column 1-based column
     */
    record Place(int line, int column) {
    }
}
