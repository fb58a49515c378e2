package io.github.studysite.render;

import io.github.studysite.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout around every page (header, menu, footer, the links to the shared CSS and JavaScript) stays within 1,500
 * bytes of HTML, measured on the built seed site as served: the file's bytes outside {@code <main>}, less the
 * page's own head entries (its title, description and addresses), which belong to the page and not to the layout.
 * The pages are parsed with source positions, so the bytes are those of the file, not of a re-serialisation.
 */
class LayoutBudgetTest {

    static final int BUDGET = 1500;

    @Test
    void oneLanguageLayoutFitsTheBudgetOnEveryPageKind(@TempDir Path project) throws IOException {
        Path site = build(project, "languages: [ko]\n");
        Map<String, Layout> widest = widestPerKind(site);
        assertThat(widest).as("page kinds").containsKeys("home", "note", "story", "principle", "stories", "questions",
                "practice", "search", "print", "intro");
        List<String> over = new ArrayList<>();
        widest.forEach((kind, layout) -> {
            if (layout.bytes() > BUDGET) {
                over.add(kind + " (" + layout.page() + "): " + layout.bytes() + " bytes");
            }
        });
        assertThat(over).as("layout over %d bytes", BUDGET).isEmpty();
        assertThat(widest.values()).allSatisfy(l -> assertThat(l.switcher()).as(l.page()).isZero());
    }

    @Test
    void aSecondLanguageAddsOnlyItsSwitcherLink(@TempDir Path project) throws IOException {
        Path site = build(project, "languages: [ko, en]\n");
        List<String> over = new ArrayList<>();
        widestPerKind(site).forEach((kind, layout) -> {
            if (layout.bytes() - layout.switcher() > BUDGET) {
                over.add(kind + " (" + layout.page() + "): " + (layout.bytes() - layout.switcher()) + " bytes");
            }
            if (layout.switcherLinks() != 1) {
                over.add(kind + " (" + layout.page() + "): " + layout.switcherLinks() + " switcher links");
            }
        });
        assertThat(over).isEmpty();
    }

    private static Path build(Path project, String config) throws IOException {
        Fixtures.copySeeds(project);
        Fixtures.write(project, "content/_config.yml", config);
        assertThat(Fixtures.build(project).success()).isTrue();
        return project.resolve("site-output");
    }

    /** For each page kind ({@code <body class="page-…">}), the page with the most layout bytes. */
    private static Map<String, Layout> widestPerKind(Path site) throws IOException {
        Map<String, Layout> widest = new TreeMap<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path page : pages) {
            Layout layout = measure(site.relativize(page).toString(), Files.readString(page, StandardCharsets.UTF_8));
            if (layout != null) {
                widest.merge(layout.kind(), layout, (a, b) -> a.bytes() >= b.bytes() ? a : b);
            }
        }
        return widest;
    }

    /** The layout bytes of one page, or null for a page without {@code <main>} (a redirect). */
    static Layout measure(String name, String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Element main = doc.selectFirst("main");
        if (main == null) {
            return null;
        }
        int outside = bytes(html) - bytes(html.substring(main.sourceRange().startPos(), main.endSourceRange().endPos()));
        int own = 0;
        for (Element e : doc.select("head > title, head > meta[name=description], head > link[rel=canonical], "
                + "head > link[rel=alternate]")) {
            own += bytes(html.substring(e.sourceRange().startPos(),
                    e.endSourceRange().isTracked() ? e.endSourceRange().endPos() : e.sourceRange().endPos()));
        }
        Element switcher = doc.selectFirst(".language-switcher");
        int switcherBytes = switcher == null ? 0
                : bytes(html.substring(switcher.sourceRange().startPos(), switcher.endSourceRange().endPos()));
        int switcherLinks = switcher == null ? 0 : switcher.select("a[href][hreflang]").size();
        String kind = doc.body().className().replaceAll(".*\\bpage-(\\S+).*", "$1");
        return new Layout(name, kind, outside - own, switcherBytes, switcherLinks);
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * @param bytes         the layout's bytes
     * @param switcher      of which the language switcher's
     * @param switcherLinks the switcher's links (one per other interface language)
     */
    record Layout(String page, String kind, int bytes, int switcher, int switcherLinks) {
    }
}
