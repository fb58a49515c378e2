package io.github.studysite.util;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PackedTextTest {

    @Test
    void unpacksToTheSameText() {
        for (String text : new String[] {"", "a", "<p>고객 집착 — Customer Obsession 😀</p>\n", "가".repeat(300_000)}) {
            assertThat(PackedText.of(text).text()).isEqualTo(text);
        }
    }

    @Test
    void holdsRepetitiveHtmlInAFractionOfItsSize() {
        String html = "<li><a href=\"../stories/x/index.html\">상황 (Situation)</a></li>\n".repeat(2_000);
        assertThat(PackedText.of(html).packedSize()).isLessThan(html.length() / 10);
    }

    @Test
    void equalTextsAreEqualAndDifferentTextsAreNot() {
        assertThat(PackedText.of("<p>서울</p>")).isEqualTo(PackedText.of("<p>서울</p>"))
                .hasSameHashCodeAs(PackedText.of("<p>서울</p>"))
                .isNotEqualTo(PackedText.of("<p>부산</p>"));
    }
}
