package io.github.studysite.markdown;

import io.github.studysite.Fixtures;
import io.github.studysite.model.Note;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownEngineTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine();

    private static Document html(Note note, boolean lineBreaks) {
        ParsedNote parsed = ENGINE.parse(note);
        return Jsoup.parseBodyFragment(ENGINE.render(parsed, Map.of(), LinkRewriter.NONE, lineBreaks));
    }

    @Test
    void seed003TableOfContentsLinksLandOnTheirHeadings() {
        Document doc = html(Fixtures.seed(Fixtures.SEED_003), false);
        List<Element> tocLinks = doc.select("a[href^=#]");
        assertThat(tocLinks).hasSize(4);
        for (Element link : tocLinks) {
            String id = link.attr("href").substring(1);
            Element target = doc.getElementById(id);
            assertThat(target).as("target of %s", link.attr("href")).isNotNull();
            // written as ### under a #: rendered one level down, as HTML wants (HeadingLevels)
            assertThat(target.tagName()).isEqualTo("h2");
            assertThat(target.text()).isEqualTo(link.text());
        }
        assertThat(doc.getElementById("1-2분-내로-자기소개")).isNotNull();
    }

    @Test
    void skippedHeadingLevelsAreClosedAndIdsKept() {
        Document doc = html(Fixtures.note("a.md", "# A\n\n### B\n\n##### C\n\n### B2\n\n## D\n\n#### E\n"), false);
        assertThat(doc.select("h1, h2, h3, h4, h5, h6")).extracting(Element::tagName)
                .containsExactly("h1", "h2", "h3", "h2", "h2", "h3");
        assertThat(doc.select("h1, h2, h3, h4, h5, h6")).extracting(Element::id)
                .containsExactly("a", "b", "c", "b2", "d", "e");
    }

    @Test
    void seed003OmitFromTocHeadingsAreMarked() {
        ParsedNote parsed = ENGINE.parse(Fixtures.seed(Fixtures.SEED_003));
        assertThat(parsed.toc()).filteredOn(TocEntry::omitted).extracting(TocEntry::text)
                .containsExactly("일정 확정", "예상 질문");
        assertThat(parsed.toc()).filteredOn(e -> !e.omitted()).extracting(TocEntry::level)
                .containsExactly(3, 3, 3, 3, 3, 3, 1);
        assertThat(parsed.toc().get(2).line()).isEqualTo(28);
    }

    @Test
    void seed004KoreanEmphasisRendersBold() {
        Document doc = html(Fixtures.seed(Fixtures.SEED_004), false);
        assertThat(doc.text()).doesNotContain("**");
        assertThat(doc.select("strong").eachText())
                .contains("'비기능적 요구사항'(성능, 안정성, 확장성, 보안 등)", "성능, 확장성, 보안, 안정성", "왜");
    }

    @Test
    void seed002TabIndentedProseIsNotCode() {
        Document doc = html(Fixtures.seed(Fixtures.SEED_002), true);
        assertThat(doc.select("pre")).isEmpty();
        assertThat(doc.select("h1")).hasSize(11);
        assertThat(doc.select("ol > li").first().text()).startsWith("낭비되는 자원을 말씀하셨는데");
        assertThat(doc.select("br")).isNotEmpty();
    }

    @Test
    void realCodeStaysCode() {
        Note note = Fixtures.note("a.md", "# Code\n\n    public static void main(String[] args) {\n        run();\n    }\n");
        assertThat(html(note, false).select("pre code").text()).contains("public static void main");
    }

    @Test
    void gfmExtensions() {
        Note note = Fixtures.note("a.md", """
                | a | b |
                |---|---|
                | 1 | 2 |

                ~~old~~ and https://aws.amazon.com

                - [x] done
                - [ ] todo

                Note[^1].

                [^1]: The footnote.
                """);
        Document doc = html(note, false);
        assertThat(doc.select("table td")).hasSize(2);
        assertThat(doc.select("del").text()).isEqualTo("old");
        assertThat(doc.select("a[href=https://aws.amazon.com]")).hasSize(1);
        assertThat(doc.select("input[type=checkbox]")).hasSize(2);
        assertThat(doc.text()).contains("The footnote.");
    }

    @Test
    void duplicateHeadingsGetGitHubSuffixes() {
        Note note = Fixtures.note("a.md", "# S\n## 상황\n## 상황\n## 상황\n");
        assertThat(html(note, false).select("h2").eachAttr("id")).containsExactly("상황", "상황-1", "상황-2");
    }

    @Test
    void emphasisThatCommonMarkHandlesIsUntouched() {
        Note note = Fixtures.note("a.md", "5 * 3 * 2 and **bold** and a*b\n");
        Document doc = html(note, false);
        assertThat(doc.select("strong").eachText()).containsExactly("bold");
        assertThat(doc.text()).contains("5 * 3 * 2");
    }

    /** Collects what the renderer removed, as NoteLinks would report it. */
    private static final class Removals implements LinkRewriter {
        final List<String> removed = new java.util.ArrayList<>();

        @Override
        public String rewrite(String url, boolean image, Place at) {
            return url;
        }

        @Override
        public void removedUnsafe(List<String> what, Place at) {
            removed.add(at.line() + ": " + String.join(", ", what));
        }
    }

    private static String render(MarkdownEngine engine, String markdown, LinkRewriter links) {
        return engine.render(engine.parse(Fixtures.note("a.md", markdown)), Map.of(), links, false);
    }

    @Test
    void rawHtmlIsSanitisedNodeByNodeAndKeepsMarkdownInside() {
        Removals removals = new Removals();
        String html = render(ENGINE, """
                <details>
                <summary>답변</summary>

                **STAR**: 상황 <kbd>Tab</kbd> <span onclick="steal()">x</span>

                </details>

                <script>alert(1)</script>
                <!-- a comment -->
                """, removals);
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("details > summary").text()).isEqualTo("답변");
        assertThat(doc.select("details > p > strong").text()).isEqualTo("STAR");
        assertThat(doc.select("kbd").text()).isEqualTo("Tab");
        assertThat(doc.select("span").first().attributes().size()).isZero();
        assertThat(html).doesNotContain("script", "alert", "onclick", "a comment");
        assertThat(removals.removed).containsExactly("4: onclick=, <script>, in 2 places, lines 4, 8");
    }

    @Test
    void scriptAddressesAreDroppedFromLinksAndImagesTheTextStays() {
        Removals removals = new Removals();
        Document doc = Jsoup.parseBodyFragment(render(ENGINE, """
                [click](javascript:alert(1)) ![pic](data:text/html,x) <vbscript:msgbox>
                [ok](https://aws.amazon.com) ![img](data:image/png;base64,AAAA) [ref]

                [ref]: JAVASCRIPT:alert(2)
                """, removals));
        assertThat(doc.select("a").eachAttr("href")).containsExactly("https://aws.amazon.com");
        assertThat(doc.select("a").eachText()).containsExactly("click", "vbscript:msgbox", "ok", "ref");
        assertThat(doc.select("img").eachAttr("src")).containsExactly("data:image/png;base64,AAAA");
        assertThat(doc.select("img[alt=pic]")).hasSize(1);
        // one report per note, at the first place, with the count
        assertThat(removals.removed).containsExactly(
                "1: href=javascript:, src=data:, href=vbscript:, in 4 places, lines 1, 2");
    }

    @Test
    void allowUnsafeHtmlPublishesEverythingAsWritten() {
        MarkdownEngine unsafe = new MarkdownEngine(true);
        Removals removals = new Removals();
        String html = render(unsafe, "<script>alert(1)</script>\n\n[x](javascript:go()) <b onclick=\"y\">b</b>\n"
                + "<!-- kept -->\n", removals);
        assertThat(html).contains("<script>alert(1)</script>", "href=\"javascript:go()\"", "onclick=\"y\"",
                "<!-- kept -->");
        assertThat(removals.removed).isEmpty();
    }

    @Test
    void privateMarkersBecomeVisibleMarks() {
        Document doc = Jsoup.parseBodyFragment(render(ENGINE, """
                공개
                
                <!-- private -->
                6100만원
                <!-- /private -->
                
                말 <!-- private -->비밀<!-- /private --> 끝
                """, LinkRewriter.NONE));
        assertThat(doc.select("div.private-mark.private-open")).hasSize(1);
        assertThat(doc.select("div.private-mark.private-close")).hasSize(1);
        assertThat(doc.select("span.private-mark")).hasSize(2);
        assertThat(doc.text()).contains("6100만원", "비밀");
    }

    @Test
    void aNoteNestedTooDeeplyIsRefusedBeforeParsing() {
        Note deep = Fixtures.note("deep.md", "# Deep\n\n" + "> ".repeat(20_000) + "x\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ENGINE.parse(deep))
                .isInstanceOfSatisfying(MarkdownEngine.TooDeepException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void strayAsterisksByTheThousandParseQuickly() {
        long start = System.nanoTime();
        ENGINE.parse(Fixtures.note("stars.md", "*a ".repeat(20_000) + "\n\n" + "**가 ".repeat(5_000)));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }
}
