package io.github.studysite.markdown;

import io.github.studysite.Fixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CjkEmphasisTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine();

    private static String render(String markdown) {
        ParsedNote parsed = ENGINE.parse(Fixtures.note("a.md", markdown));
        return Jsoup.parseBodyFragment(ENGINE.render(parsed, Map.of(), LinkRewriter.NONE, false)).body().html();
    }

    @Test
    void closerBetweenPunctuationAndHangul() {
        assertThat(render("이것은 **'중요'(정말)**을 고려한다.")).contains("<strong>'중요'(정말)</strong>을");
    }

    @Test
    void closerAcrossOtherInlines() {
        assertThat(render("**`EC2`(서버)**는 좋다")).contains("<strong><code>EC2</code>(서버)</strong>는");
    }

    @Test
    void singleStarEmphasis() {
        assertThat(render("*'강조'*를 한다")).contains("<em>'강조'</em>를");
    }

    @Test
    void spacesInsideAreNotEmphasis() {
        assertThat(render("값은 ** 3 ** 이다")).doesNotContain("<strong>");
    }

    @Test
    void latinTextIsLeftToCommonMark() {
        assertThat(render("a **(b)**c d")).doesNotContain("<strong>");
    }
}
