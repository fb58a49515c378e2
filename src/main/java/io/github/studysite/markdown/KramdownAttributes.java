package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.studysite.safety.CssAllowList;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * kramdown's inline attribute lists as Jekyll users write them — {@code {: .class #id key="v"}} after a span, on the
 * line after a block, or at the end of a heading — taken out of the tree and assigned to the element kramdown gives
 * them to: a span IAL to the element just before it, a block IAL to its paragraph, to the quote or list that ends
 * with it, or (alone in its own paragraph) to the block before it. Attributes pass an allow-list (no event handlers,
 * no addresses, style through {@link CssAllowList}); {@code {:toc}} marks the list a table of contents replaces.
 */
final class KramdownAttributes {

    /** Attribute names an IAL may set; {@code data-*} and {@code aria-*} too. Addresses and handlers never. */
    private static final Set<String> ALLOWED = Set.of("id", "class", "title", "lang", "dir", "width", "height",
            "align", "valign", "alt", "start", "reversed", "colspan", "rowspan", "scope", "role", "target", "rel",
            "style", "loading");
    private static final Pattern NAME = Pattern.compile("(data|aria)-[a-z0-9_.-]+");

    /**
     * What the pass found.
     *
     * @param attributes the attributes of each element, already allowed
     * @param tocLists   the lists written as {@code * TOC} + {@code {:toc}}
     * @param removed    what was left out as able to run script ({@code onclick=}, {@code style=url(})
     */
    record Found(Map<Node, Map<String, String>> attributes, List<Node> tocLists, List<Removed> removed) {
    }

    /** An attribute left out, and the node it was written on (for the warning's line). */
    record Removed(String what, Node node) {
    }

    private KramdownAttributes() {
    }

    static Found apply(Document document) {
        // flexmark's own placement is not kramdown's: this pass places them instead
        AttributesExtension.NODE_ATTRIBUTES.get(document).clear();
        Map<Node, Map<String, String>> attributes = new IdentityHashMap<>();
        List<Node> toc = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        List<AttributesNode> all = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributesNode a) {
                all.add(a);
            }
        }
        for (AttributesNode ial : all) {
            if (!isKramdown(ial)) {
                // braces in prose ({{ a }}, {x, y}) are text: kramdown's lists start with {:, a heading's id {#
                ial.insertBefore(new Text(ial.getChars()));
                ial.unlink();
                continue;
            }
            boolean isToc = false;
            Map<String, String> values = new LinkedHashMap<>();
            for (Node child = ial.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof AttributeNode a) {
                    String name = a.getName().toString();
                    String value = a.getValue().toString();
                    if (a.isId()) {
                        values.put("id", value);
                    } else if (a.isClass()) {
                        values.merge("class", value, (x, y) -> x + " " + y);
                    } else if (name.equals(":toc") || name.equals("toc") && values.isEmpty()) {
                        isToc = true;
                    } else if (!name.startsWith(":")) {
                        values.put(name.toLowerCase(Locale.ROOT), value);
                    }
                }
            }
            Node target = target(ial);
            dropBreakBefore(ial);
            Node parent = ial.getParent();
            ial.unlink();
            if (parent instanceof Paragraph && !parent.hasChildren()) {
                parent.unlink();
            }
            if (target == null) {
                continue;
            }
            if (isToc) {
                Node list = target instanceof ListItem ? target.getParent() : target;
                if (list instanceof ListBlock) {
                    toc.add(list);
                }
                continue;
            }
            Map<String, String> allowed = attributes.computeIfAbsent(target, k -> new LinkedHashMap<>());
            values.forEach((name, value) -> allow(name, value, target, allowed, removed));
        }
        return new Found(attributes, toc, removed);
    }

    private static void allow(String name, String value, Node target, Map<String, String> allowed,
                              List<Removed> removed) {
        if (name.startsWith("on") || name.contains("href") || name.equals("src") || name.equals("srcset")
                || name.equals("action") || name.equals("formaction")) {
            removed.add(new Removed(name + "=", target));
        } else if (name.equals("style")) {
            CssAllowList.Result css = CssAllowList.filter(value);
            if (!css.scripted().isEmpty()) {
                removed.add(new Removed("style=" + String.join(",", css.scripted()), target));
            }
            if (!css.style().isEmpty()) {
                allowed.put("style", css.style());
            }
        } else if (name.equals("class")) {
            allowed.merge("class", value, (x, y) -> x + " " + y);
        } else if (ALLOWED.contains(name) || NAME.matcher(name).matches()) {
            allowed.put(name, value);
        }
        // any other attribute is not one an element needs on a study page: left out without a word
    }

    /** The element kramdown gives an IAL to; null when there is none (an IAL alone at the start of the note). */
    private static Node target(AttributesNode ial) {
        Node previous = ial.getPrevious();
        Node parent = ial.getParent();
        if (parent instanceof Heading) {
            return parent;
        }
        boolean ownLine = startsLine(ial);
        if (!ownLine && isSpan(previous)) {
            return previous;
        }
        if (!ownLine) {
            return parent;
        }
        if (!(parent instanceof Paragraph paragraph)) {
            return parent;
        }
        if (ial.getPrevious() == null && ial.getNext() == null) {
            // a paragraph of its own: the block just before it
            Node before = paragraph.getPrevious();
            if (before == null && paragraph.getParent() instanceof ListItem item) {
                return item;
            }
            return before == null ? paragraph.getNext() : before;
        }
        Node container = paragraph.getParent();
        if (ial.getNext() == null && paragraph.getNext() == null) {
            if (container instanceof BlockQuote) {
                return container;
            }
            if (container instanceof ListItem item && item.getNext() == null && item.getParent() instanceof ListBlock list
                    && (list.isTight() || isTocItem(item))) {
                return isTocItem(item) ? item : list;
            }
        }
        return paragraph;
    }

    /** Whether only spaces stand between the line's start and the IAL (the parser folds the line break away). */
    private static boolean startsLine(AttributesNode ial) {
        CharSequence text = ial.getChars().getBaseSequence();
        for (int i = ial.getStartOffset() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean isKramdown(AttributesNode ial) {
        String text = ial.getChars().toString();
        return text.startsWith("{:") || ial.getParent() instanceof Heading && ial.getNext() == null
                && text.startsWith("{#");
    }

    private static boolean isTocItem(ListItem item) {
        return NodeText.of(item).strip().equals("TOC");
    }

    private static boolean isSpan(Node node) {
        return node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link
                || node instanceof Image || node instanceof Code || node instanceof Strikethrough;
    }

    /** The line break before an IAL on its own line would render as a trailing break in the paragraph. */
    private static void dropBreakBefore(AttributesNode ial) {
        Node previous = ial.getPrevious();
        if (previous instanceof SoftLineBreak || previous instanceof HardLineBreak) {
            previous.unlink();
        } else if (previous instanceof Text text && text.getChars().isBlank()) {
            text.unlink();
        }
    }
}
