package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.studysite.util.Scripts;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes {@code **강조**를} bold. CommonMark decides whether {@code **} may close by looking at its neighbours, and a
 * closer between punctuation and a letter — {@code …등)**을} — is not allowed to close, a rule made for spaced
 * languages that leaves Korean, which attaches particles directly, with literal asterisks (seed 004). After parsing,
 * this pass pairs the {@code **} and {@code *} runs CommonMark left as text within one inline container, when the
 * pair touches CJK text and does not start or end inside with a space; anything else is left as CommonMark made it.
 */
final class CjkEmphasis {

    /**
     * Delimiter runs a container may hold for the repair to be tried: pairing looks at every opener/closer pair, so a
     * paragraph of thousands of stray asterisks (generated text, ASCII art) would take minutes. Prose that wants the
     * repair has a few; past this the paragraph is left as CommonMark made it.
     */
    static final int MAX_RUNS = 200;

    private CjkEmphasis() {
    }

    static void fix(Node root) {
        List<Node> containers = new ArrayList<>();
        collectContainers(root, containers);
        for (Node container : containers) {
            fixContainer(container, "**");
            fixContainer(container, "*");
        }
    }

    private static void collectContainers(Node node, List<Node> out) {
        boolean hasText = false;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text && child.getChars().indexOf('*') >= 0) {
                hasText = true;
            }
            collectContainers(child, out);
        }
        if (hasText) {
            out.add(node);
        }
    }

    private static void fixContainer(Node container, String delim) {
        int runs = 0;
        for (Node child = container.getFirstChild(); child != null && runs <= MAX_RUNS; child = child.getNext()) {
            if (child instanceof Text t) {
                String text = t.getChars().toString();
                for (int p = find(text, delim, 0); p >= 0 && runs <= MAX_RUNS; p = find(text, delim, p + 1)) {
                    runs++;
                }
            }
        }
        if (runs > MAX_RUNS) {
            return;
        }
        boolean changed = true;
        while (changed) {
            changed = pairOnce(container, delim);
        }
    }

    /** Finds the first acceptable opener/closer pair among the container's text children and wraps what is between. */
    private static boolean pairOnce(Node container, String delim) {
        List<Text> texts = new ArrayList<>();
        List<String> strings = new ArrayList<>();
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                texts.add(t);
                strings.add(t.getChars().toString());
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            Text openText = texts.get(i);
            String open = strings.get(i);
            for (int p = find(open, delim, 0); p >= 0; p = find(open, delim, p + 1)) {
                for (int j = i; j < texts.size(); j++) {
                    Text closeText = texts.get(j);
                    String close = strings.get(j);
                    int from = j == i ? p + delim.length() : 0;
                    for (int q = find(close, delim, from); q >= 0; q = find(close, delim, q + 1)) {
                        if (acceptable(container, openText == closeText, open, p, close, q, delim)) {
                            wrap(openText, p, closeText, q, delim);
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Position of a delimiter run of exactly {@code delim}'s length (not part of a longer run). */
    private static int find(String s, String delim, int from) {
        int idx = s.indexOf(delim, from);
        while (idx >= 0) {
            int end = idx + delim.length();
            boolean before = idx > 0 && s.charAt(idx - 1) == '*';
            boolean after = end < s.length() && s.charAt(end) == '*';
            if (!before && !after) {
                return idx;
            }
            idx = s.indexOf(delim, end);
        }
        return -1;
    }

    private static boolean acceptable(Node container, boolean sameText, String open, int p, String close, int q,
                                      String delim) {
        int afterOpen = p + delim.length();
        if (sameText && q == afterOpen) {
            return false; // nothing between
        }
        Integer insideFirst = sameText || afterOpen < open.length()
                ? (afterOpen < open.length() ? (int) open.charAt(afterOpen) : null) : null;
        Integer insideLast = q > 0 ? (int) close.charAt(q - 1) : null;
        if (insideFirst != null && Character.isWhitespace(insideFirst)) {
            return false;
        }
        if (insideLast != null && Character.isWhitespace(insideLast)) {
            return false;
        }
        int before = p > 0 ? open.charAt(p - 1) : -1;
        int after = q + delim.length() < close.length() ? close.charAt(q + delim.length()) : -1;
        boolean cjk = (before >= 0 && Scripts.isCjk(before)) || (after >= 0 && Scripts.isCjk(after))
                || (insideFirst != null && Scripts.isCjk(insideFirst))
                || (insideLast != null && Scripts.isCjk(insideLast));
        return cjk && container.getFirstChild() != null;
    }

    private static void wrap(Text openText, int p, Text closeText, int q, String delim) {
        BasedSequence openChars = openText.getChars();
        BasedSequence closeChars = closeText.getChars();
        int d = delim.length();
        DelimitedNode wrapper = d == 2
                ? new StrongEmphasis(openChars.subSequence(p, p + d), BasedSequence.NULL, closeChars.subSequence(q, q + d))
                : new Emphasis(openChars.subSequence(p, p + d), BasedSequence.NULL, closeChars.subSequence(q, q + d));
        Node wrapperNode = (Node) wrapper;
        if (openText == closeText) {
            insertText(openText, openChars.subSequence(0, p), true);
            Text inner = new Text(openChars.subSequence(p + d, q));
            wrapperNode.appendChild(inner);
            openText.insertBefore(wrapperNode);
            openText.setChars(openChars.subSequence(q + d));
            removeIfEmpty(openText);
            return;
        }
        // opener: the text before it stays, the text after it moves into the wrapper
        insertText(openText, openChars.subSequence(0, p), true);
        openText.insertBefore(wrapperNode);
        Text firstInner = new Text(openChars.subSequence(p + d));
        wrapperNode.appendChild(firstInner);
        Node node = openText.getNext();
        openText.unlink();
        while (node != null && node != closeText) {
            Node next = node.getNext();
            node.unlink();
            wrapperNode.appendChild(node);
            node = next;
        }
        wrapperNode.appendChild(new Text(closeChars.subSequence(0, q)));
        closeText.setChars(closeChars.subSequence(q + d));
        removeIfEmpty(closeText);
        removeEmptyTexts(wrapperNode);
    }

    private static void insertText(Node anchor, BasedSequence chars, boolean before) {
        if (chars.isEmpty()) {
            return;
        }
        Text text = new Text(chars);
        if (before) {
            anchor.insertBefore(text);
        } else {
            anchor.insertAfter(text);
        }
    }

    private static void removeIfEmpty(Text text) {
        if (text.getChars().isEmpty()) {
            text.unlink();
        }
    }

    private static void removeEmptyTexts(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (child instanceof Text t && t.getChars().isEmpty()) {
                t.unlink();
            }
            child = next;
        }
    }
}
