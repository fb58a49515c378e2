package io.github.studysite.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Autolinks} leaves text alone only where flexmark's autolink extension would find no link: on every kind of
 * bare link, escape and entity, and on text with none, both make the same HTML.
 */
class AutolinksTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "see https://example.com/a?b=c&d=e for more",
            "포트폴리오: https://github.com/kim/노트 참고",
            "www.example.com and WWW.EXAMPLE.COM and wwwx.example",
            "mail me at kim.minsu@example.co.kr, thanks",
            "a bare ftp://files.example.org/x and mailto:kim@example.com",
            "escaped: https\\://example.com and \\@handle and http:\\/\\/x.io",
            "entities: kim&#64;example.com and https&#58;//example.com and www&#46;example.com",
            "entity named: kim&commat;example.com &amp; https&colon;//example.com",
            "entity first: &commat;example.com, then an entity after: x&amp;y and https&#58;&#47;&#47;example.com",
            "a scheme alone: https:// and foo:// here",
            "not links: 10:30, ratio 3:1, C:/Users, a/b//c, email@ and @ alone",
            "*emphasis https://example.com/x* and `https://code.example` and [text](https://x.y) <https://z.w>",
            "| 질문 | 링크 |\n|---|---|\n| 자기소개 | https://example.com/intro |\n| 지원동기 | 없음 |",
            "# 제목 www.heading.example\n\n- item kim@example.com\n- 상황(S): 트래픽이 3배로 늘었다",
            "plain Korean text 상황, 과제, 행동, 결과 — no link anywhere at all",
            "line one\nline two https://example.com\nline three",
    })
    void makesTheHtmlTheAutolinkExtensionMakes(String markdown) {
        assertThat(html(markdown, Autolinks.create())).isEqualTo(html(markdown, AutolinkExtension.create()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x https://a.b", "www.a.b", "a@b", "a\\b", "a &amp; b", "x://"})
    void asksAboutTextThatCanHoldALink(String text) {
        assertThat(Autolinks.mayHoldLink(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "상황: 트래픽", "10:30 a/b//c", "ww.a.b", "http:/a", "wwW.a"})
    void leavesTextThatCannot(String text) {
        assertThat(Autolinks.mayHoldLink(text)).isFalse();
    }

    private static String html(String markdown, Extension autolinks) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), autolinks));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }
}
