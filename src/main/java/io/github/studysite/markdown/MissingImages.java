package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;

import java.util.Set;

/**
 * Renders an image whose file is not in the site as its alt text in a placeholder the stylesheet marks as a missing
 * image (in the note's language, by its {@code lang}), instead of an {@code <img>} the browser shows as broken. Every
 * other image renders as usual. The address was resolved first, so the author was already warned at its line.
 */
final class MissingImages implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Image.class, (node, context, html) -> render(node,
                        node.getUrl().unescape(), context, html)),
                new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> {
                    Reference reference = node.isDefined() ? node.getReferenceNode(node.getDocument()) : null;
                    if (reference == null) {
                        context.delegateRender();
                    } else {
                        render(node, reference.getUrl().unescape(), context, html);
                    }
                }));
    }

    private static void render(Node image, String written, NodeRendererContext context, HtmlWriter html) {
        // the renderer resolves (and remembers) the address while it writes the image: resolved first, the image's
        // fate is known before anything is written
        context.resolveLink(LinkType.IMAGE, written, null);
        if (!MarkdownEngine.MISSING_IMAGES.get(image.getDocument()).contains(written)) {
            context.delegateRender();
            return;
        }
        String alt = NodeText.of(image).strip();
        html.raw("<span class=\"image-missing\">");
        html.text(alt.isEmpty() ? written : alt);
        html.raw("</span>");
    }
}
