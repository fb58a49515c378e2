package io.github.studysite.search;

import io.github.studysite.cache.BuildCache;
import io.github.studysite.link.StudySite;
import io.github.studysite.problem.Problems;
import io.github.studysite.render.PageSpec;
import io.github.studysite.render.RenderedNote;
import io.github.studysite.render.SitePages;
import io.github.studysite.render.SiteRenderer;
import io.github.studysite.write.Output;

import java.util.List;
import java.util.Map;

/**
 * The search page ({@code search/}) and the index it reads. Every page's header has a search box that submits to it
 * ({@code search/index.html?q=…}); the page itself runs the query in the browser ({@code assets/search.js}), so
 * search works on any static host and from the file system.
 */
public final class SearchPages {

    public static final String PAGE = "search/index.html";

    private final SiteRenderer renderer;
    private final SitePages pages;
    private final Output out;
    private final BuildCache cache;

    public SearchPages(SiteRenderer renderer, SitePages pages, Output out, BuildCache cache) {
        this.renderer = renderer;
        this.pages = pages;
        this.out = out;
        this.cache = cache;
    }

    /** Writes the index of {@code site} and the search page. */
    public void writeAll(StudySite site, Map<String, RenderedNote> notes, Problems problems) {
        List<SearchEntries.Chunk> chunks = SearchEntries.collect(site, notes, renderer.urls(), renderer.messages(),
                renderer.settings().lang(), cache, problems);
        SearchIndex.write(chunks, out, cache, problems);
        Map<String, Object> view = Map.of("entries", chunks.stream().mapToInt(c -> c.entries().size()).sum());
        pages.write(new PageSpec(PAGE, "search", renderer.messages().get("search_title"), renderer.settings().lang(),
                "", "search", view));
    }
}
