package io.github.studysite.search;

import io.github.studysite.cache.BuildCache;
import io.github.studysite.link.StudySite;
import io.github.studysite.address.Urls;
import io.github.studysite.problem.Problems;
import io.github.studysite.render.PageSpec;
import io.github.studysite.render.RenderedNote;
import io.github.studysite.render.SitePages;
import io.github.studysite.render.SiteRenderer;
import io.github.studysite.publish.Output;

import java.util.Map;

/**
 * The search page ({@code search/}, in every interface language) and the index it reads. Every page's header has a
 * search box that submits to it ({@code search/index.html?q=…}); the page runs the query in the browser
 * ({@code assets/search.js}), so search works on any static host and from the file system. The index holds the
 * notes' text, not interface strings, so one index at the site root serves every interface language.
 */
public final class SearchPages {

    public static final String PAGE = "search/index.html";

    private final SitePages pages;

    /** @param pages the pages of one interface language */
    public SearchPages(SitePages pages) {
        this.pages = pages;
    }

    /** Writes the index of {@code site} at the site root, once for all interface languages. */
    public static void writeIndex(StudySite site, Map<String, RenderedNote> notes, Urls urls, Output out,
                                  BuildCache cache, Problems problems) {
        SearchIndex.write(SearchEntries.groups(site, notes, urls, cache, problems),
                SearchEntries.addresses(site, urls), out, cache, problems);
    }

    /** Writes the search page of this interface language. */
    public void writePage() {
        SiteRenderer renderer = pages.renderer();
        pages.write(new PageSpec(PAGE, "search", renderer.messages().get("search_title"), renderer.language().code(),
                "", "search", Map.of()));
    }
}
