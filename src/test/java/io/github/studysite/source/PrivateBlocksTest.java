package io.github.studysite.source;

import io.github.studysite.problem.Problem;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrivateBlocksTest {

    private final Problems problems = new Problems();

    private String remove(String text) {
        return PrivateBlocks.remove(text, "content/a.md", problems);
    }

    @Test
    void aBlockBecomesEmptyLinesSoLineNumbersStay() {
        String text = "# 희망연봉\n<!-- private -->\n6100만원입니다.\n- 협상 여지\n<!-- /private -->\n다음 질문\n";
        assertThat(remove(text)).isEqualTo("# 희망연봉\n\n\n\n\n다음 질문\n");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void insideALineOnlyTheMarkedPartGoes() {
        assertThat(remove("전화 <!--private-->010-1234-5678<!-- /PRIVATE --> 로 연락\n")).isEqualTo("전화  로 연락\n");
    }

    @Test
    void everyBlockGoesAndTextBetweenThemStays() {
        assertThat(remove("a\n<!-- private -->b<!-- /private -->\nc\n<!-- private -->\nd\n<!-- /private -->\ne"))
                .isEqualTo("a\n\nc\n\n\n\ne");
    }

    @Test
    void anUnclosedBlockHidesTheRestAndSaysWhere() {
        assertThat(remove("a\nb <!-- private -->\nsecret\nmore secret")).isEqualTo("a\nb \n\n");
        assertThat(problems.sorted()).extracting(Problem::toString).containsExactly("content/a.md:2:3: <!-- private --> "
                + "is never closed: everything after it is left out of the site; add <!-- /private --> where the private "
                + "part ends");
    }

    @Test
    void aStrayClosingMarkerIsAWarningAndHidesNothing() {
        assertThat(remove("a\n<!-- /private -->\nb")).isEqualTo("a\n<!-- /private -->\nb");
        assertThat(problems.sorted()).extracting(Problem::toString).containsExactly("content/a.md:2:1: "
                + "<!-- /private --> without an opening <!-- private --> before it; nothing was hidden here");
        assertThat(problems.hasErrors()).isFalse();
    }

    @Test
    void textWithoutMarkersIsReturnedAsIs() {
        String text = "<!-- omit from toc -->\n# x\n";
        assertThat(remove(text)).isSameAs(text);
    }

    @Test
    void markersAreRecognisedInAnyCaseAndSpacing() {
        assertThat(PrivateBlocks.isMarker("<!--private-->")).isTrue();
        assertThat(PrivateBlocks.isMarker("<!--  Private  -->")).isTrue();
        assertThat(PrivateBlocks.isMarker("<!-- / private -->")).isTrue();
        assertThat(PrivateBlocks.isMarker("<!-- private note -->")).isFalse();
    }

    @Test
    void nestedBlocksStayHiddenToTheOuterClose() {
        assertThat(remove("a <!-- private -->b <!-- private -->c<!-- /private --> d<!-- /private --> e"))
                .isEqualTo("a  e");
        assertThat(remove("<!-- private -->\n1\n<!-- private -->\n2\n<!-- /private -->\n3\n<!-- /private -->\n4\n"))
                .isEqualTo("\n\n\n\n\n\n\n4\n");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void anInnerCloseAloneLeavesTheOuterBlockOpenToTheEnd() {
        assertThat(remove("a\n<!-- private -->\n<!-- private -->x<!-- /private -->\nsecret\n")).isEqualTo("a\n\n\n\n");
        assertThat(problems.sorted()).extracting(Problem::toString).containsExactly("content/a.md:2:1: <!-- private --> "
                + "is never closed: everything after it is left out of the site; add <!-- /private --> where the private "
                + "part ends");
    }

    @Test
    void aStrayCloserAfterABlockIsStillReported() {
        assertThat(remove("<!-- private -->x<!-- /private -->\ny<!-- /private -->")).isEqualTo("\ny<!-- /private -->");
        assertThat(problems.sorted()).extracting(Problem::line).containsExactly(2);
    }
}
