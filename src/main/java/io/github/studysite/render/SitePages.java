package io.github.studysite.render;

import io.github.studysite.cache.BuildCache;
import io.github.studysite.address.Urls;
import io.github.studysite.source.ContentScanner;
import io.github.studysite.model.Note;
import io.github.studysite.util.UnpackBudget;
import io.github.studysite.publish.Output;
import io.github.studysite.publish.PrefixedOutput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the whole site into an {@link Output}: the home page, the notes index, one page per note, the hosting files
 * GitHub Pages wants ({@code .nojekyll}, {@code 404.html}, {@code sitemap.xml}, {@code robots.txt}), the theme's
 * assets and the content folder's own files. Pages are written as they are rendered, not held in memory.
 */
public final class SitePages {

    public static final String HOME = "index.html";
    /** Notes the home page lists, newest first: enough to go on with, where the notes index lists them all. */
    static final int HOME_NOTES = 20;
    public static final String NOTES = "notes/index.html";
    public static final String NOT_FOUND = "404.html";

    private final SiteRenderer renderer;
    private final Output out;
    private final String prefix;
    private final Set<String> published;
    private final BuildCache cache;

    /**
     * @param renderer  renders in one interface language
     * @param root      the site's output root; this language's pages go under its prefix
     * @param published every page path written in any language (shared), for the sitemap
     */
    public SitePages(SiteRenderer renderer, Output root, Set<String> published) {
        this(renderer, root, published, BuildCache.NONE);
    }

    /** @param cache tells which pages the previous build already wrote from an equal view (preview rebuilds) */
    public SitePages(SiteRenderer renderer, Output root, Set<String> published, BuildCache cache) {
        this.renderer = renderer;
        this.prefix = renderer.language().prefix();
        this.out = prefix.isEmpty() ? root : new PrefixedOutput(root, prefix);
        this.published = published;
        this.cache = cache;
    }

    /** Page paths the site reserves before notes claim theirs. */
    public static Set<String> reserved() {
        return Set.of(HOME, NOTES, NOT_FOUND, "sitemap.xml", "robots.txt", ".nojekyll");
    }

    public SiteRenderer renderer() {
        return renderer;
    }

    /** Pages written so far, in every language. */
    public int count() {
        return published.size();
    }

    /** Renders and writes one page, unless the previous build wrote it from an equal spec; remembers it. */
    public void write(PageSpec spec) {
        if (cache.keep(prefix + spec.path(), spec)) {
            out.keep(spec.path());
            published.add(prefix + spec.path());
        } else {
            write(spec.path(), renderer.render(spec));
        }
    }

    /** Writes a script of this interface language that is not a page (the data a list filters over). */
    public void script(String path, String content) {
        out.write(path, content);
    }

    private void write(String path, String html) {
        out.write(path, html);
        published.add(prefix + path);
    }

    /**
     * Writes a note's page.
     *
     * @param rendered  the note
     * @param study     its study panel ({@link StudyPages#notePanel}); {@link StudyViews.NotePanel#NONE} for an older
     *                  revision
     * @param newerPage for an older revision, the newest revision's page; else null
     */
    public void notePage(RenderedNote rendered, StudyViews.NotePanel study, String newerPage) {
        Note note = rendered.note();
        Messages m = renderer.messages();
        String banner = switch (note.visibility()) {
            case DRAFT -> m.get("banner_draft");
            case PRIVATE -> m.get("banner_private");
            case PUBLIC -> "";
        };
        NoteBody body = new NoteBody(rendered.body(), Urls.root(rendered.page()), Urls.root(prefix + rendered.page()));
        NotePageView view = new NotePageView(note.title(), date(note), note.author(), note.lang(), note.tags(),
                note.categories(), note.description(), note.sourcePath(), banner, toc(rendered), body,
                renderer.urls().link(rendered.page(), NOTES), study,
                newerPage == null ? "" : renderer.urls().link(rendered.page(), newerPage));
        // the template unpacks the body: a huge note's page waits until its copy fits in the heap's budget
        try (UnpackBudget.Lease lease = UnpackBudget.heap().lease(rendered.body())) {
            write(new PageSpec(rendered.page(), "note", note.title(), note.lang(), description(rendered), "note",
                    view));
        }
    }

    /**
     * The notes index and the home page (the dashboard).
     *
     * @param notes     the notes to list (newest revisions only)
     * @param dashboard the study parts of the dashboard, linked from the home page
     */
    public void indexes(List<RenderedNote> notes, HomeViews.Dashboard dashboard) {
        String lang = renderer.language().code();
        write(new PageSpec(NOTES, "notes", renderer.messages().get("notes_title"), lang, "", "notes",
                new NoteList(summaries(notes, NOTES, notes.size()))));
        // the home page lists the newest notes; the notes index lists them all
        HomeViews.Home home = new HomeViews.Home(renderer.settings().title(), renderer.settings().description(),
                dashboard, summaries(notes, HOME, HOME_NOTES), notes.size(), renderer.urls().link(HOME, NOTES),
                renderer.settings().exports());
        write(new PageSpec(HOME, "home", renderer.settings().title(), lang, renderer.settings().description(), "home",
                home));
    }

    /**
     * This language's {@code 404.html}. A host serves the root one for any missing address, at any depth, so it links
     * from the base URL ({@code /repo/…}, or {@code /…} at a domain root) instead of relatively, as Jekyll and Hugo
     * do. Without a base URL, {@code /…} is right at a domain root only: its small script then finds the site's root
     * in the address it was served at (or, opened as a file, where the file is) and links from there. The other
     * languages' copies ({@code en/404.html}) are where its language switcher leads.
     */
    public void notFound() {
        String baseUrl = renderer.settings().baseUrl();
        String base = baseUrl + "/";
        PageSpec notFound = new PageSpec(NOT_FOUND, "not-found", renderer.messages().get("notfound_title"),
                renderer.language().code(), "", "404", new NotFoundView(baseUrl.isEmpty(), prefix));
        out.write(NOT_FOUND, renderer.render(notFound, base + prefix, base));
    }

    /**
     * What the 404 page needs besides its roots.
     *
     * @param findRoot whether its script finds the site's root (no base URL is known, so it links from {@code /})
     * @param prefix   this language's folder ({@code en/}, or empty)
     */
    public record NotFoundView(boolean findRoot, String prefix) {
    }

    /**
     * {@code .nojekyll}, {@code robots.txt} and {@code sitemap.xml} (last: it lists the pages of every language; split
     * into parts with an index above {@link #SITEMAP_URLS} pages).
     * Written once, by the site's first language, at the root.
     */
    public void hostingFiles() {
        String base = renderer.settings().baseUrl() + "/";
        out.write(".nojekyll", "");
        // robots.txt names its sitemap by absolute URL only; without the site's URL it names none
        String sitemapUrl = renderer.settings().siteUrl().isEmpty() ? ""
                : renderer.settings().absoluteRoot() + "sitemap.xml";
        out.write("robots.txt", renderer.templates().render("robots", Map.of("sitemap", sitemapUrl)));
        List<String> pages = new ArrayList<>(published);
        Collections.sort(pages);
        String root = renderer.settings().siteUrl().isEmpty() ? base : renderer.settings().absoluteRoot();
        List<List<String>> parts = sitemapParts(pages, SITEMAP_URLS);
        if (parts.size() == 1) {
            out.write("sitemap.xml", sitemap(parts.get(0), root));
            return;
        }
        List<Map<String, String>> index = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String name = "sitemap-" + (i + 1) + ".xml";
            out.write(name, sitemap(parts.get(i), root));
            index.add(Map.of("loc", root + name));
        }
        out.write("sitemap.xml", renderer.templates().render("sitemap-index", Map.of("sitemaps", index)));
    }

    /**
     * The most URLs one sitemap file may list (the sitemap protocol's limit, sitemaps.org): a larger site gets
     * {@code sitemap-1.xml}, {@code sitemap-2.xml}, … and {@code sitemap.xml} becomes their index. A site of a few
     * thousand notes has more pages than that; one file listing them all would break the protocol and be, with its
     * view, the largest thing the build makes, at its very end.
     */
    static final int SITEMAP_URLS = 50_000;

    /** {@code pages} (sorted) in runs of at most {@code limit}; one run, maybe empty, for a small site. */
    static List<List<String>> sitemapParts(List<String> pages, int limit) {
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < pages.size() || parts.isEmpty(); from += limit) {
            parts.add(pages.subList(from, Math.min(pages.size(), from + limit)));
        }
        return parts;
    }

    private String sitemap(List<String> pages, String root) {
        List<Map<String, String>> urls = new ArrayList<>(pages.size());
        for (String page : pages) {
            urls.add(Map.of("loc", root + percentEncode(Urls.canonicalPath(page))));
        }
        return renderer.templates().render("sitemap", Map.of("urls", urls));
    }

    /**
     * Writes the theme's {@code assets/}, and the theme script and the STAR index's phone style sheet with the labels
     * of the site's interface languages (a project's own {@code assets/theme.js} or {@code assets/star-index.css}
     * replaces it).
     */
    public void themeAssets(List<Messages> languages) {
        TemplateResolver resolver = renderer.templates().resolver();
        Set<String> names = ThemeFiles.list(resolver, "assets/");
        for (String name : names) {
            try (InputStream in = resolver.open(name).orElseThrow()) {
                out.write(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!names.contains(ThemeScript.PATH)) {
            out.write(ThemeScript.PATH, renderer.templates().render("theme.js", ThemeScript.of(languages)));
        }
        if (!names.contains(StarIndexStyle.PATH)) {
            out.write(StarIndexStyle.PATH, renderer.templates().render("star-index.css", StarIndexStyle.of(languages)));
        }
    }

    /** Copies the content folder's static files, after the site's own ({@link #themeAssets}, the pages). */
    public void assets(List<ContentScanner.Entry> contentAssets) {
        for (ContentScanner.Entry asset : contentAssets) {
            if (!published.contains(asset.contentPath())) {
                out.copy(asset.file(), asset.contentPath());
            }
        }
    }

    /** Sitemaps list URLs, not IRIs: {@code 자기소개/} becomes {@code %EC%9E%90…/}. */
    private static String percentEncode(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x7e || c <= 0x20 || c == '%' || c == '"' || c == '<' || c == '>') {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    /** The {@code limit} newest notes, newest first, linked from {@code from}. */
    private List<NoteSummary> summaries(List<RenderedNote> notes, String from, int limit) {
        List<RenderedNote> sorted = new ArrayList<>(notes);
        sorted.sort(Comparator.comparing((RenderedNote r) -> r.note().date(),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(r -> r.note().title()));
        List<NoteSummary> out = new ArrayList<>();
        for (RenderedNote r : sorted.subList(0, Math.min(limit, sorted.size()))) {
            Note n = r.note();
            out.add(new NoteSummary(n.title(), renderer.urls().link(from, r.page()), date(n), n.tags(), description(r),
                    n.lang(), !n.isPublic()));
        }
        return out;
    }

    private static String description(RenderedNote r) {
        return r.note().description().isEmpty() ? r.excerpt() : r.note().description();
    }

    private static String date(Note note) {
        return note.date() == null ? "" : note.date().format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private static List<TocItem> toc(RenderedNote rendered) {
        var entries = rendered.toc().stream().filter(e -> !e.omitted() && e.id() != null).toList();
        if (entries.size() < 2) {
            return List.of();
        }
        return TocItem.tree(entries.stream().map(e -> new TocItem.Heading(e.text(), "#" + e.id(), e.level())).toList());
    }
}
