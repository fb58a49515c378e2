package io.github.studysite.publish;

import io.github.studysite.safety.TagScanner;
import io.github.studysite.Fixtures;
import io.github.studysite.SeedSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The link check's page scan ({@link TagScanner}, no tree) must see what a real HTML parser sees: every id and URL of
 * every page, and which note's body each URL sits in. jsoup's tree is the reference, on the whole generated seed
 * site and on malformed markup.
 */
class PageScanTest {

    @Test
    void agreesWithJsoupOnEveryPageOfTheSeedSite() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(SeedSite.get())) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(50);
        int links = 0;
        for (Path page : pages) {
            String html = Fixtures.read(page);
            PageScan scan = PageScan.of(html);
            assertThat(scan).as(page.toString()).isEqualTo(reference(html));
            links += scan.links().size();
        }
        assertThat(links).isGreaterThan(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a href=x.html id=top>a</a><A HREF='y.html' NAME=old>b</A>",
        "<a href=\"a.html?x=1&amp;y=2#s&eacute;\">entities</a><img src=i.png srcset=\"a.png 1x, b.png 2x\">",
        "<!-- <a href=\"commented.html\"> --><p>text < 3 and 4 > 2 <a href=after.html>ok</a>",
        "<script>var s = '<a href=\"in-script.html\">';</script><a href=real.html>r</a>",
        "<style>a[href=\"x\"] { }</style><title><a href=t.html></title><textarea><a href=ta.html></textarea>",
        "<div data-source=\"content/a.md\"><div><a href=in.html>in</a></div><a href=still.html>s</a></div>"
                + "<a href=out.html>out</a>",
        "<div data-source=a.md><div data-source=b.md><a href=x.html>x</a></div><a href=y.html>y</a></div><a href=z>z",
        "<a href=\"a.html\" href=\"b.html\" id=\"one\" id=\"two\">first wins</a>",
        "<link rel=preconnect href=https://cdn.example><link rel=stylesheet href=s.css><object data=o.svg></object>",
        "<a href = \"spaced.html\" >s</a><a href=unclosed.html",
        "<p id=\"\">empty id</p><a name=\"\">empty name</a><a>no href</a><area href=m.html>",
        "<!DOCTYPE html><?xml x?><br/><hr /><a href='q.html'/>",
    })
    void agreesWithJsoupOnMalformedMarkup(String html) {
        assertThat(PageScan.of(html)).isEqualTo(reference(html));
    }

    @Test
    void attributesURLsToTheNoteBodyTheyAreIn() {
        PageScan scan = PageScan.of("<nav><a href=home.html>h</a></nav><div class=note data-source=\"content/x.md\">"
                + "<p><a href=\"other.html#s\">o</a></p></div><footer><a href=f.html>f</a></footer>");
        assertThat(scan.links()).containsExactly(new PageScan.Found("home.html", ""),
                new PageScan.Found("other.html#s", "content/x.md"), new PageScan.Found("f.html", ""));
    }

    /** The scan as a jsoup tree shows it: what the link check did before it had its own scanner. */
    private static PageScan reference(String html) {
        Set<String> ids = new HashSet<>();
        List<PageScan.Found> links = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private Element noteBody;

            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return;
                }
                if (noteBody == null && el.hasAttr(PageScan.SOURCE_ATTRIBUTE)) {
                    noteBody = el;
                }
                if (!el.id().isEmpty()) {
                    ids.add(el.id());
                }
                String source = noteBody == null ? "" : noteBody.attr(PageScan.SOURCE_ATTRIBUTE);
                switch (el.normalName()) {
                    case "a", "area" -> {
                        if (el.hasAttr("href")) {
                            links.add(new PageScan.Found(el.attr("href"), source));
                        }
                        if (!el.attr("name").isEmpty()) {
                            ids.add(el.attr("name"));
                        }
                    }
                    case "link" -> {
                        String rel = el.attr("rel");
                        if (el.hasAttr("href") && !rel.contains("preconnect") && !rel.contains("dns-prefetch")) {
                            links.add(new PageScan.Found(el.attr("href"), source));
                        }
                    }
                    case "img", "source", "script", "iframe", "audio", "video", "track", "embed" -> {
                        if (el.hasAttr("src")) {
                            links.add(new PageScan.Found(el.attr("src"), source));
                        }
                        for (String candidate : el.attr("srcset").split(",")) {
                            String url = candidate.strip().split("\\s+", 2)[0];
                            if (!url.isEmpty()) {
                                links.add(new PageScan.Found(url, source));
                            }
                        }
                    }
                    case "object" -> {
                        if (el.hasAttr("data")) {
                            links.add(new PageScan.Found(el.attr("data"), source));
                        }
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == noteBody) {
                    noteBody = null;
                }
            }
        }, Jsoup.parse(html));
        return new PageScan(ids, links);
    }
}
