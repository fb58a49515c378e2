package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;

import java.util.regex.Pattern;

/**
 * The summary a note list shows for a note: what comes before Jekyll's {@code <!--more-->} excerpt separator when the
 * note has one, else the first paragraph with text, as Jekyll's default separator (a blank line) gives.
 */
public final class Excerpt {

    private static final Pattern MORE = Pattern.compile("<!--\\s*more\\s*-->", Pattern.CASE_INSENSITIVE);
    private static final int SHORT = 140;
    private static final int LONG = 400;

    private Excerpt() {
    }

    public static String of(ParsedNote parsed) {
        StringBuilder before = new StringBuilder();
        for (Node node : parsed.document().getDescendants()) {
            if ((node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment)
                    && MORE.matcher(node.getChars()).find()) {
                return cut(before.toString(), LONG);
            }
            if (node instanceof Paragraph && !(node.getParent() instanceof Paragraph)) {
                before.append(NodeText.of(node)).append(' ');
            }
        }
        for (Node node : parsed.document().getDescendants()) {
            if (node instanceof Paragraph) {
                String text = NodeText.of(node).replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    return cut(text, SHORT);
                }
            }
        }
        return "";
    }

    private static String cut(String text, int max) {
        String s = text.replaceAll("\\s+", " ").strip();
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
