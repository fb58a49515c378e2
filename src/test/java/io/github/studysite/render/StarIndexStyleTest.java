package io.github.studysite.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The STAR index's column names reach its style sheet as CSS strings, whatever an i18n file writes in them. */
class StarIndexStyleTest {

    @Test
    void namesAreQuotedCssStrings() {
        assertThat(StarIndexStyle.cssString("말하기 시간 ")).isEqualTo("\"말하기 시간 \"");
        assertThat(StarIndexStyle.cssString("a \"b\" \\ c")).isEqualTo("\"a \\\"b\\\" \\\\ c\"");
        assertThat(StarIndexStyle.cssString("line\nbreak")).isEqualTo("\"line\\a break\"");
        assertThat(StarIndexStyle.cssString("</style>")).isEqualTo("\"</style>\"");
    }
}
