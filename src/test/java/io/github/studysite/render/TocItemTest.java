package io.github.studysite.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TocItemTest {

    private static TocItem.Heading h(String text, int level) {
        return new TocItem.Heading(text, "#" + text, level);
    }

    private static String outline(List<TocItem> items) {
        StringBuilder sb = new StringBuilder();
        for (TocItem item : items) {
            sb.append(item.text());
            if (item.hasChildren()) {
                sb.append('(').append(outline(item.children())).append(')');
            }
            sb.append(' ');
        }
        return sb.toString().strip();
    }

    @Test
    void deeperHeadingsNestUnderTheHeadingBeforeThem() {
        assertThat(outline(TocItem.tree(List.of(h("a", 1), h("b", 2), h("c", 3), h("d", 2), h("e", 1)))))
                .isEqualTo("a(b(c) d) e");
    }

    @Test
    void aSkippedLevelIsOneLevelDeeperAndAnEarlyDeepHeadingStaysAtTheTop() {
        assertThat(outline(TocItem.tree(List.of(h("a", 3), h("b", 2), h("c", 4), h("d", 4), h("e", 3)))))
                .isEqualTo("a b(c d e)");
    }
}
