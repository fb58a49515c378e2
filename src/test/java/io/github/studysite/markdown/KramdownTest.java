package io.github.studysite.markdown;

import io.github.studysite.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** kramdown's extensions as Jekyll 4.3 renders them (expected structure taken from `jekyll build` on the same text). */
class KramdownTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine();

    private static Document html(String markdown) {
        return html(markdown, new ArrayList<>());
    }

    private static Document html(String markdown, List<String> unsafe) {
        ParsedNote parsed = ENGINE.parse(Fixtures.note("a.md", markdown));
        LinkRewriter links = new LinkRewriter() {
            @Override
            public String rewrite(String url, boolean image, Place at) {
                return url;
            }

            @Override
            public void removedUnsafe(List<String> removed, Place at) {
                unsafe.add(at.line() + ": " + String.join(", ", removed));
            }
        };
        return Jsoup.parseBodyFragment(ENGINE.render(parsed, Map.of(), links, false));
    }

    @Test
    void blockAttributeListsGoToTheBlockBeforeThem() {
        Document doc = html("I talked to customers first.\n{: .notice--info #p1 data-x=\"v\"}\n\n"
                + "> Quote of the day.\n{: .quote}\n\n- a\n- b\n{: .steps}\n");
        Element p = doc.selectFirst("p.notice--info");
        assertThat(p).isNotNull();
        assertThat(p.id()).isEqualTo("p1");
        assertThat(p.attr("data-x")).isEqualTo("v");
        assertThat(p.text()).isEqualTo("I talked to customers first.");
        assertThat(p.attributes().asList()).extracting(a -> a.getKey()).doesNotContain(":");
        assertThat(doc.select("blockquote.quote > p").text()).isEqualTo("Quote of the day.");
        assertThat(doc.select("ul.steps > li")).hasSize(2);
        assertThat(doc.body().text()).doesNotContain("{:");
    }

    @Test
    void spanAttributeListsGoToTheSpanBeforeThem() {
        Document doc = html("This is *important*{: .hl} and ![d](d.png){: width=\"60%\"}.\n");
        assertThat(doc.select("em.hl").text()).isEqualTo("important");
        assertThat(doc.selectFirst("img").attr("width")).isEqualTo("60%");
        assertThat(doc.body().text()).isEqualTo("This is important and .");
    }

    @Test
    void headingIdsAndClassesAreTheAuthorsAndNoTocLeavesTheToc() {
        Document doc = html("* TOC\n{:toc}\n\n## Customer Obsession\n{: #customer .lp}\n\nx\n\n### Skipped\n"
                + "{: .no_toc}\n\n## Ownership {#own}\n\n### Deep Dive\n");
        Element h2 = doc.selectFirst("h2.lp");
        assertThat(h2.id()).isEqualTo("customer");
        assertThat(doc.selectFirst("h3.no_toc").id()).isEqualTo("skipped");
        assertThat(doc.select("h2").eachAttr("id")).containsExactly("customer", "own");
        Element toc = doc.getElementById("markdown-toc");
        assertThat(toc.tagName()).isEqualTo("ul");
        assertThat(toc.select("> li > a")).extracting(Element::text).containsExactly("Customer Obsession", "Ownership");
        assertThat(toc.select("> li > a").eachAttr("href")).containsExactly("#customer", "#own");
        assertThat(toc.select("> li > a").eachAttr("id"))
                .containsExactly("markdown-toc-customer", "markdown-toc-own");
        assertThat(toc.select("> li > ul > li > a").eachAttr("href")).containsExactly("#deep-dive");
        assertThat(doc.body().text()).doesNotContain("TOC").doesNotContain("{:");
    }

    @Test
    void definitionListsAndAbbreviations() {
        Document doc = html("STAR\n: Situation, Task, Action, Result\n\n*[LP]: Leadership Principle\n\n"
                + "Every LP matters.\n");
        assertThat(doc.select("dl > dt").text()).isEqualTo("STAR");
        assertThat(doc.select("dl > dd").text()).isEqualTo("Situation, Task, Action, Result");
        assertThat(doc.select("abbr[title=Leadership Principle]").text()).isEqualTo("LP");
        assertThat(doc.body().text()).doesNotContain("*[LP]");
    }

    @Test
    void directivesAreRemovedAndBracesInProseStayText() {
        Document doc = html("{::options parse_block_html=\"true\" /}\n\n{::comment}\nhidden\n{:/comment}\n\n"
                + "Set {a, b} and {{ x }} stay.\n\n```\n{::comment}\n```\n");
        assertThat(doc.body().text()).doesNotContain("hidden").doesNotContain("{::options");
        assertThat(doc.select("p").last().text()).isEqualTo("Set {a, b} and {{ x }} stay.");
        assertThat(doc.select("pre code").text()).isEqualTo("{::comment}");
    }

    @Test
    void bracketsThatAreNotLinksAreTextWithoutWarnings() {
        List<String> warned = new ArrayList<>();
        ParsedNote parsed = ENGINE.parse(Fixtures.note("a.md", "ways[firstDigit] and [0] and [x][y]\n"));
        List<String> rewritten = new ArrayList<>();
        String out = ENGINE.render(parsed, Map.of(), (url, image, node) -> {
            rewritten.add(url);
            return url;
        }, false);
        assertThat(rewritten).isEmpty();
        assertThat(Jsoup.parseBodyFragment(out).text()).isEqualTo("ways[firstDigit] and [0] and [x][y]");
        assertThat(warned).isEmpty();
    }

    @Test
    void attributesThatCouldRunScriptAreDroppedAndReportedOncePerNote() {
        List<String> unsafe = new ArrayList<>();
        Document doc = html("a\n{: onclick=\"x()\" .ok}\n\nb\n{: style=\"color: red; background: url(x.js)\"}\n\n"
                + "<span style=\"font-size:1rem;position:fixed\" onmouseover=\"y\">c</span>\n", unsafe);
        assertThat(doc.select("p.ok").attr("onclick")).isEmpty();
        assertThat(doc.select("p").get(1).attr("style")).isEqualTo("color: red");
        assertThat(doc.selectFirst("span").attr("style")).isEqualTo("font-size: 1rem");
        assertThat(unsafe).containsExactly("1: onclick=, style=url(, onmouseover=, in 3 places, lines 1, 4, 7");
    }
}
