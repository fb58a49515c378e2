package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The text a reader sees in a node: characters of text and code, line breaks as newlines, entities decoded, raw
 * HTML and comments left out. Headings ids, titles and the study extractor all read text through here, so they agree.
 */
final class NodeText {

    private NodeText() {
    }

    static String of(Node node) {
        StringBuilder sb = new StringBuilder();
        append(node, sb);
        return sb.toString();
    }

    private static void append(Node node, StringBuilder sb) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text || child instanceof TextBase) {
                if (child.hasChildren()) {
                    append(child, sb);
                } else {
                    sb.append(child.getChars());
                }
            } else if (child instanceof Code code) {
                sb.append(code.getText());
            } else if (child instanceof com.vladsch.flexmark.ext.abbreviation.Abbreviation) {
                sb.append(child.getChars()); // an abbreviation is its text, with a title added
            } else if (child instanceof com.vladsch.flexmark.ext.attributes.AttributesNode) {
                // kramdown attribute lists are markup (KramdownAttributes takes them out before rendering)
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                sb.append('\n');
            } else if (child instanceof HtmlEntity entity) {
                sb.append(org.jsoup.parser.Parser.unescapeEntities(entity.getChars().toString(), false));
            } else if (child instanceof HtmlInline || child instanceof HtmlInlineComment) {
                // raw HTML and comments are markup, not text
            } else {
                append(child, sb);
            }
        }
    }
}
