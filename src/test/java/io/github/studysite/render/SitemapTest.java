package io.github.studysite.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A sitemap lists at most 50,000 URLs (sitemaps.org); a larger site gets parts and an index. */
class SitemapTest {

    @TempDir
    Path noTheme;

    @Test
    void pagesAreSplitIntoRunsOfAtMostTheLimitInOrder() {
        List<String> pages = IntStream.range(0, 120_001).mapToObj(i -> String.format("p/%06d/index.html", i)).toList();
        List<List<String>> parts = SitePages.sitemapParts(pages, SitePages.SITEMAP_URLS);
        assertThat(parts).extracting(List::size).containsExactly(50_000, 50_000, 20_001);
        assertThat(parts.get(1).get(0)).isEqualTo("p/050000/index.html");
        assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(pages);
    }

    @Test
    void aSmallSiteHasOneSitemapEvenWhenEmpty() {
        assertThat(SitePages.sitemapParts(List.of("index.html"), SitePages.SITEMAP_URLS)).containsExactly(
                List.of("index.html"));
        assertThat(SitePages.sitemapParts(List.of(), SitePages.SITEMAP_URLS)).containsExactly(List.of());
    }

    @Test
    void theIndexListsEveryPart() {
        Templates templates = new Templates(new TemplateResolver(noTheme));
        String index = templates.render("sitemap-index", Map.of("sitemaps", List.of(
                Map.of("loc", "https://me.github.io/repo/sitemap-1.xml"),
                Map.of("loc", "https://me.github.io/repo/sitemap-2.xml"))));
        assertThat(index).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
                .contains("<sitemap><loc>https://me.github.io/repo/sitemap-1.xml</loc></sitemap>")
                .contains("<sitemap><loc>https://me.github.io/repo/sitemap-2.xml</loc></sitemap>");
    }
}
