package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import io.github.studysite.safety.HtmlSanitizer;
import io.github.studysite.source.PrivateBlocks;

import java.util.Set;

/**
 * Renders the raw HTML written in notes — only those nodes, so a note without HTML costs nothing extra. By default
 * each piece goes through {@link HtmlSanitizer} and comments are left out; with {@code allowUnsafeHtml} pieces and
 * comments are written as they are. Either way, the markers of a {@code <!-- private -->} block (present only in
 * draft builds; public builds removed the block at load) become visible marks, so the author sees what a public build
 * will leave out.
 */
final class RawHtmlRenderer implements NodeRenderer {

    private final boolean sanitize;

    RawHtmlRenderer(boolean sanitize) {
        this.sanitize = sanitize;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(HtmlBlock.class, (node, context, html) -> {
                    html.line();
                    // the study extractor links questions read from <details> blocks to the block
                    String id = MarkdownEngine.ANCHORS.get(node.getDocument()).get(node);
                    if (id != null) {
                        html.raw("<span class=\"study-anchor\" id=\"" + id.replace("&", "&amp;").replace("\"", "&quot;")
                                .replace("<", "&lt;") + "\"></span>");
                    }
                    html.rawPre(raw(node, context));
                    html.line();
                }),
                new NodeRenderingHandler<>(HtmlInline.class, (node, context, html) -> html.rawPre(raw(node, context))),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, context, html) -> comment(node, html, true)),
                new NodeRenderingHandler<>(HtmlInlineComment.class, (node, context, html) -> comment(node, html, false)));
    }

    private String raw(Node node, NodeRendererContext context) {
        String chars = node.getChars().normalizeEOL();
        if (!sanitize) {
            return chars;
        }
        HtmlSanitizer.Nesting nesting = MarkdownEngine.HTML_NESTING.get(node.getDocument());
        boolean wasTooDeep = nesting.tooDeep() > 0;
        HtmlSanitizer.Result clean = HtmlSanitizer.clean(chars, nesting);
        UnsafeTally links = MarkdownEngine.LINKS.get(node.getDocument());
        if (!clean.removed().isEmpty()) {
            links.removedUnsafe(clean.removed(), node);
        }
        if (!wasTooDeep && nesting.tooDeep() > 0) {
            links.refused("HTML elements nest more than " + HtmlSanitizer.Nesting.MAX_DEPTH + " levels deep here; "
                    + "the elements past that depth are left out (their text is kept) — flatten the HTML", node);
        }
        return clean.html();
    }

    private void comment(Node node, HtmlWriter html, boolean block) {
        String text = node.getChars().toString().strip();
        if (PrivateBlocks.isMarker(text)) {
            String kind = PrivateBlocks.OPEN.matcher(text).matches() ? "private-open" : "private-close";
            String tag = block ? "div" : "span";
            if (block) {
                html.line();
            }
            html.raw("<" + tag + " class=\"private-mark " + kind + "\"></" + tag + ">");
            if (block) {
                html.line();
            }
        } else if (!sanitize) {
            if (block) {
                html.line();
            }
            html.rawPre(node.getChars().normalizeEOL());
        }
    }
}
