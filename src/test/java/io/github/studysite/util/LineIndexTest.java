package io.github.studysite.util;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineIndexTest {

    @Test
    void mapsOffsetsToLinesAndColumns() {
        LineIndex index = new LineIndex("ab\ncd\n\nef");
        assertThat(index.line(0)).isEqualTo(1);
        assertThat(index.column(1)).isEqualTo(2);
        assertThat(index.line(3)).isEqualTo(2);
        assertThat(index.column(4)).isEqualTo(2);
        assertThat(index.line(6)).isEqualTo(3);
        assertThat(index.line(7)).isEqualTo(4);
        assertThat(index.lineStart(4)).isEqualTo(7);
    }
}
