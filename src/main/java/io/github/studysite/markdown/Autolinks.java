package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.jetbrains.annotations.NotNull;

/**
 * GitHub's bare links ({@code https://…}, {@code www.…}, e-mail addresses), as flexmark's autolink extension makes
 * them, handed only the text that can hold one. The extension unescapes and scans every piece of text of a note,
 * and nearly none holds a link; the scanner it uses starts a link only at {@code ://}, {@code www.} or {@code @},
 * and unescaping can only make one of those from a {@code \} escape or an {@code &} entity. Text with none of these
 * is left as it is without asking, unless an entity follows it: the extension reads the text and the entities after
 * it as one ({@code kim&commat;example.com}).
 */
final class Autolinks implements Parser.ParserExtension {

    private Autolinks() {
    }

    static Autolinks create() {
        return new Autolinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether the extension's scanner could find a link in this text, once unescaped. */
    static boolean mayHoldLink(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '\\' || c == '&'
                    || c == ':' && i + 2 < length && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/'
                    || c == 'w' && i + 3 < length && text.charAt(i + 1) == 'w' && text.charAt(i + 2) == 'w'
                    && text.charAt(i + 3) == '.') {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @NotNull
        @Override
        public NodePostProcessor apply(@NotNull Document document) {
            AutolinkNodePostProcessor links = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(@NotNull NodeTracker state, @NotNull Node node) {
                    Node next = node.getNext();
                    if (next instanceof HtmlEntity || next instanceof TypographicText || mayHoldLink(node.getChars())) {
                        links.process(state, node);
                    }
                }
            };
        }
    }
}
