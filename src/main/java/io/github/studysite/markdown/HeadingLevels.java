package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Closes the gaps people leave between heading levels ({@code # 예상 질문} followed by {@code ### 1. 자기소개}): a
 * heading is rendered at most one level below the section it opens in, the page's own title counting as level 1, and
 * headings written at the same level stay at the same level. The
 * HTML standard (and the W3C checker) treats a skipped level as an error, and screen readers navigate by these levels.
 * Only the rendered element changes ({@code <h3>} becomes {@code <h2>}); ids, and so every anchor written for GitHub,
 * stay as they are, and the study model was read from the note as written.
 */
final class HeadingLevels {

    private HeadingLevels() {
    }

    static void closeGaps(Document document) {
        // open sections as {level written, level rendered}; the page's own title is the section everything is in
        Deque<int[]> open = new ArrayDeque<>();
        open.push(new int[] {0, 1});
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                int written = heading.getLevel();
                while (open.peek()[0] >= written) {
                    open.pop();
                }
                int rendered = Math.min(written, open.peek()[1] + 1);
                heading.setLevel(rendered);
                open.push(new int[] {written, rendered});
            }
        }
    }
}
