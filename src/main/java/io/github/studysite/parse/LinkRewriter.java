package io.github.studysite.parse;

import com.vladsch.flexmark.util.ast.Node;

/**
 * Decides where a link or image written in a note points on the site: {@code other-note.md#x} to that note's page,
 * {@code images/a.png} to the copied asset, {@code #anchor} and {@code https://…} unchanged. Implemented by the render
 * stage, which knows the site's pages; handed to the Markdown renderer per note, which also tells it what it left
 * out of the note for safety.
 */
@FunctionalInterface
public interface LinkRewriter {

    /** Leaves every link as written. */
    LinkRewriter NONE = (url, image, node) -> url;

    /**
     * @param url   the destination as written in the note
     * @param image whether it is an image source
     * @param node  the link or image node, for its source position
     * @return the destination to render
     */
    String rewrite(String url, boolean image, Node node);

    /**
     * Told when the renderer left something unsafe out of the note — from raw HTML a script or an event handler, from
     * a link or an image a {@code javascript:} address — so the author hears of it at the right line. Does nothing by
     * default.
     *
     * @param removed what was removed, e.g. {@code <script>}, {@code onerror=}, {@code href=javascript:}
     * @param node    the raw HTML, link or image node
     */
    default void removedUnsafe(java.util.List<String> removed, Node node) {
    }

    /**
     * Told when the renderer refused part of the note as too large or too deep to publish as written (HTML nested
     * past its limit): an error at the node's line, though the rest of the note renders. Does nothing by default.
     *
     * @param message what was refused and what the author can do
     * @param node    where
     */
    default void refused(String message, Node node) {
    }
}
