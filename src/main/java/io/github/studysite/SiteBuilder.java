package io.github.studysite;

import io.github.studysite.cache.BuildCache;
import io.github.studysite.cache.BuildOutput;
import io.github.studysite.check.LinkChecker;
import io.github.studysite.config.ContentFolder;
import io.github.studysite.config.OutputGuard;
import io.github.studysite.config.SettingsLoader;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.config.SiteSettings;
import io.github.studysite.extract.CatalogReader;
import io.github.studysite.extract.Extraction;
import io.github.studysite.extract.SharedText;
import io.github.studysite.extract.StudyExtractor;
import io.github.studysite.liquid.JekyllLiquid;
import io.github.studysite.link.NoteIndex;
import io.github.studysite.link.SiteNote;
import io.github.studysite.link.SlugBases;
import io.github.studysite.link.SlugLedger;
import io.github.studysite.link.StudyLinker;
import io.github.studysite.link.StudySite;
import io.github.studysite.coach.Coaching;
import io.github.studysite.link.Urls;
import io.github.studysite.load.ContentLoader;
import io.github.studysite.load.ContentScanner;
import io.github.studysite.load.LoadedContent;
import io.github.studysite.load.TextDecoder;
import io.github.studysite.model.Note;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.PrincipleCatalog;
import io.github.studysite.parse.MarkdownEngine;
import io.github.studysite.parse.Excerpt;
import io.github.studysite.parse.ParsedNote;
import io.github.studysite.export.StudyJson;
import io.github.studysite.practice.PracticePages;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import io.github.studysite.render.IntroPages;
import io.github.studysite.render.Language;
import io.github.studysite.render.Messages;
import io.github.studysite.render.NoteLinks;
import io.github.studysite.render.ExportFiles;
import io.github.studysite.render.LoopPages;
import io.github.studysite.render.PrintPages;
import io.github.studysite.render.RenderedNote;
import io.github.studysite.render.SitePages;
import io.github.studysite.render.SiteRenderer;
import io.github.studysite.render.StudyPages;
import io.github.studysite.render.TemplateResolver;
import io.github.studysite.render.Templates;
import io.github.studysite.search.SearchPages;
import io.github.studysite.text.Interner;
import io.github.studysite.text.SpeakingTime;
import io.github.studysite.report.Progress;
import io.github.studysite.write.IoFailure;
import io.github.studysite.write.Output;
import io.github.studysite.write.SiteWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The core's one entry point: builds the site described by a {@link SiteConfig}. Its {@link #build()} method lists the
 * pipeline in order:
 * <ol>
 *   <li><b>config</b> — {@code content/_config.yml} merged with the caller's options;</li>
 *   <li><b>load</b> — find, decode and read every note (front matter) and data file;</li>
 *   <li><b>link</b> (addresses) — give every note a unique page, so notes can link to each other;</li>
 *   <li><b>parse → extract → render body</b> — per note and in parallel: Markdown tree, study model (principle
 *       sections, STAR stories, questions, self-introductions, study topics) with its anchors, then HTML;</li>
 *   <li><b>link</b> (study model) — revisions grouped, slugs made unique, cross-references both ways;</li>
 *   <li><b>render</b> — every page of the site through the theme's templates;</li>
 *   <li><b>write</b> — into a staging folder, every page link-checked as it is written ({@link LinkChecker}),
 *       swapped into place only when the build succeeded.</li>
 * </ol>
 * Problems from every stage are collected and reported together; with {@code strict}, any error means nothing is
 * written and the previous site stays as it was. Nothing escapes as an exception: a note that breaks a stage in an
 * unforeseen way is reported against that note, a failure while writing against the output folder, and in both
 * cases the previous site is left untouched. Nothing here knows about Maven. A preview session passes a
 * {@link BuildCache} so that a rebuild after an edit reuses what did not change.
 */
public final class SiteBuilder {

    private final SiteConfig config;
    private final Consumer<String> log;

    public SiteBuilder(SiteConfig config) {
        this(config, message -> { });
    }

    /**
     * @param config what to build
     * @param log    receives progress lines (the Maven goal logs them at info level)
     */
    public SiteBuilder(SiteConfig config, Consumer<String> log) {
        this.config = Objects.requireNonNull(config, "config");
        this.log = Objects.requireNonNull(log, "log");
    }

    public BuildResult build() {
        return build(BuildCache.NONE);
    }

    /** Builds, reusing from {@code cache} every note and page whose inputs did not change. */
    public BuildResult build(BuildCache cache) {
        return build(cache, null);
    }

    /**
     * Builds only the pages of the notes in {@code focus} (content paths), in every interface language, over the site
     * the previous build left ({@link BuildCache#openPart}): every note is still read (from the cache, and from the
     * session's last listing of the content folder when it holds every file in {@code focus}: {@link ContentLoader}),
     * and those notes are linked as the whole site links them ({@link StudyLinker#link(List, Map, NoteIndex,
     * PrincipleCatalog, Function, java.util.function.Predicate, SlugLedger)}, taking the slugs the last whole link
     * recorded while they still hold), so their pages come out exactly as a whole build would make them, but no other
     * note is linked and no other page is rendered, checked or written. A preview session shows an edited note this
     * way before it rebuilds the rest; the whole build that follows walks the content folder, checks links and reports
     * problems. Nothing is written when the build has errors.
     *
     * @param focus content paths of the notes whose pages to write (the files the watcher saw change); null for the
     *              whole site
     */
    public BuildResult build(BuildCache cache, Set<String> focus) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Progress progress = new Progress(log);
        if (!Files.isDirectory(config.baseDir())) {
            problems.error(Stage.CONFIG, config.baseDir().toString(), 0, 0, "the project folder does not exist "
                    + "(or is not a folder); nothing was read or written");
            return finish(false, problems, 0, 0, start, new int[2]);
        }
        Optional<String> refused = OutputGuard.refusal(config);
        refused.ifPresent(reason -> problems.error(Stage.WRITE, display(config.outputDir()), 0, 0, reason));
        if (refused.isEmpty() && focus == null) {
            cleanLeftovers(problems);
        }
        ContentFolder.readingTheProject(config).ifPresent(log);

        SiteSettings settings = SettingsLoader.load(config, problems);
        Urls urls = new Urls(settings.prettyUrls());
        Parsed parsed = loadAndParse(settings, urls, problems, progress, cache, focus);
        NoteIndex index = parsed.index();
        List<RenderedNote> notes = parsed.notes();
        PrincipleCatalog catalog = parsed.catalog();

        Map<String, NoteStudy> studies = notes.stream()
                .collect(Collectors.toMap(r -> r.note().contentPath(), RenderedNote::study));
        // a partial build links only the notes it writes (with the slugs the whole site gives them)
        java.util.function.Predicate<SiteNote> wanted = focus == null ? note -> true
                : note -> focus.contains(note.note().contentPath())
                || note.revisions().stream().anyMatch(r -> focus.contains(r.note().contentPath()));
        StudySite site = StudyLinker.link(index.notes(), studies, index, catalog, note -> cache.memo("slugs",
                note.note().contentPath(), List.of(note.note().slug(), note.study()), problems,
                p -> SlugBases.of(note.note(), note.study())), wanted, cache.state("slug-ledger", SlugLedger::new));
        log.accept("Found " + site.stories().size() + " stories, " + site.questions().size() + " questions, "
                + site.topics().size() + " study topics");

        int[] study = {site.stories().size(), site.questions().size()};
        if (refused.isPresent() || (config.strict() || focus != null) && problems.hasErrors()) {
            return finish(false, problems, notes.size(), 0, start, study);
        }
        int pages;
        String output = display(config.outputDir());
        try {
            pages = focus == null
                    ? write(settings, urls, parsed.assets(), parsed.byPath(), site, problems, progress, cache)
                    : writePart(settings, urls, parsed.byPath(), site, focus, problems, cache);
        } catch (SiteWriter.UnsafeOutputException e) {
            problems.error(Stage.WRITE, output, 0, 0, e.getMessage());
            return finish(false, problems, notes.size(), 0, start, study);
        } catch (java.io.UncheckedIOException e) {
            // "cannot write notes/a/index.html: No space left on device"
            problems.error(Stage.WRITE, output, 0, 0, "cannot write the site: " + e.getMessage());
            return finish(false, problems, notes.size(), 0, start, study);
        } catch (IOException e) {
            problems.error(Stage.WRITE, output, 0, 0, "cannot write the site: " + IoFailure.describe(e));
            return finish(false, problems, notes.size(), 0, start, study);
        } catch (RuntimeException | StackOverflowError e) {
            problems.error(Stage.WRITE, output, 0, 0, "cannot write the site (internal error, please report it): " + e);
            return finish(false, problems, notes.size(), 0, start, study);
        }
        return finish(pages >= 0, problems, notes.size(), Math.max(pages, 0), start, study);
    }

    /**
     * The stages that need the notes' Markdown: load, give every note its page, then parse → extract → render each
     * note's body in parallel. Everything that holds the Markdown stays inside this method: what it returns holds the
     * rendered notes and an index without bodies, so the text of every note is not kept until the last page is
     * written.
     */
    private Parsed loadAndParse(SiteSettings settings, Urls urls, Problems problems, Progress progress,
                                BuildCache cache, Set<String> focus) {
        LoadedContent content = ContentLoader.load(config, settings, problems, progress, cache, focus);
        log.accept("Read " + content.notes().size() + " notes from " + (config.contentDir().equals(config.baseDir())
                ? "the project folder" : display(config.contentDir())));
        // a build with errors has said why its notes are missing
        if (content.notes().isEmpty() && focus == null && !problems.hasErrors()) {
            Path folder = config.contentDir();
            problems.warn(Stage.LOAD, display(folder), 0, 0, Files.isDirectory(folder)
                    ? "no note to publish in " + folder + " (note files: " + String.join(", ", settings.includes())
                    + (config.drafts() ? "" : "; drafts and private notes are left out") + "): the site has no notes"
                    : "the content folder " + folder + " does not exist: the site has no notes");
        }

        NoteIndex index = NoteIndex.build(content.notes(), SitePages.reserved(),
                settings.raw().get("permalink") instanceof String p ? p : "", settings.languages(), problems);
        Set<String> assetPaths = content.assets().stream().map(ContentScanner.Entry::contentPath)
                .collect(Collectors.toUnmodifiableSet());
        MarkdownEngine engine = new MarkdownEngine(config.allowUnsafeHtml());
        JekyllLiquid liquid = liquid(settings, index);
        PrincipleCatalog catalog = CatalogReader.read(content.data(),
                display(config.contentDir().resolve("_data/" + CatalogReader.DATA_NAME + ".yml")), problems);
        StudyExtractor extractor = new StudyExtractor(catalog);
        SharedText shared = new SharedText(new Interner());
        Object links = linkContext(cache, index, assetPaths, urls, catalog, settings.raw(), problems);
        Progress.Phase parsing = progress.begin("Parsing notes", index.notes().size());
        List<RenderedNote> notes = index.notes().parallelStream()
                .map(note -> parsing.advance(cache.memo("note", note.contentPath(),
                        new NoteInputs(note, index.page(note), links), problems,
                        p -> renderNote(engine, liquid, extractor, shared, note, index, assetPaths, urls, p))))
                .flatMap(Optional::stream)
                .toList();
        Map<String, RenderedNote> byPath = byPath(notes);
        NoteIndex light = index.withoutBodies(path -> {
            RenderedNote rendered = byPath.get(path);
            return rendered == null ? null : rendered.note();
        });
        return new Parsed(light, notes, byPath, content.assets(), catalog);
    }

    /**
     * What the stages after parsing need from the ones before: no note's Markdown.
     *
     * @param byPath the rendered notes by content path
     */
    private record Parsed(NoteIndex index, List<RenderedNote> notes, Map<String, RenderedNote> byPath,
                          List<ContentScanner.Entry> assets, PrincipleCatalog catalog) {
    }

    /**
     * Parses one note, extracts its study model and renders its body. A failure is reported against the note; the
     * other notes go on.
     */
    private Optional<RenderedNote> renderNote(MarkdownEngine engine, JekyllLiquid liquid, StudyExtractor extractor,
                                              SharedText shared, Note note, NoteIndex index, Set<String> assets,
                                              Urls urls, Problems problems) {
        try {
            String page = index.page(note);
            JekyllLiquid.Result body = liquid.render(note, "/" + Urls.canonicalPath(page), problems);
            ParsedNote parsed = engine.parse(body.sourceLines() == null && body.body().equals(note.body()) ? note
                    : note.withBody(body.body()), body.sourceLines());
            parsed.refused().forEach(r -> problems.error(Stage.PARSE, note.sourcePath(), r.line(), 1, r.message()));
            Extraction extraction = extractor.extract(parsed);
            extraction.study().hints().forEach(h -> problems.warn(Stage.EXTRACT, note.sourcePath(), h.line(), 0,
                    h.message()));
            NoteLinks links = new NoteLinks(note, page, index, assets, urls, problems);
            String html = engine.render(parsed, extraction.anchors(), links, lineBreaks(note));
            // the body is not needed once rendered: dropping it keeps the build's memory to the HTML; the model and
            // headings are held until the last page, so text repeated across notes is held once
            return Optional.of(new RenderedNote(note.withBody(""), page, html, shared.toc(parsed.toc()),
                    Excerpt.of(parsed), shared.study(extraction.study())));
        } catch (MarkdownEngine.TooDeepException e) {
            problems.error(Stage.PARSE, note.sourcePath(), e.line(), 0, e.getMessage());
        } catch (StackOverflowError e) {
            problems.error(Stage.PARSE, note.sourcePath(), 0, 0, "cannot render this note: it nests too deeply "
                    + "(lists, quotes, links or emphasis inside each other); flatten it");
        } catch (RuntimeException e) {
            problems.error(Stage.PARSE, note.sourcePath(), 0, 0, "cannot render this note: " + e);
        }
        return Optional.empty();
    }

    /**
     * The build's Liquid: the site's {@code _config.yml}, {@code _includes/} of the content folder, and
     * {@code post_url}/{@code link} resolved to the notes' pages ({@code _posts/…/YYYY-MM-DD-title} by name, any
     * note by its path).
     */
    private JekyllLiquid liquid(SiteSettings settings, NoteIndex index) {
        Map<String, String> posts = new java.util.HashMap<>();
        Map<String, String> paths = new java.util.HashMap<>();
        for (Note note : index.notes()) {
            String url = "/" + Urls.canonicalPath(index.page(note));
            paths.put(note.contentPath(), url);
            int at = note.contentPath().indexOf("_posts/");
            if (at >= 0) {
                String name = note.contentPath().substring(at + "_posts/".length()).replaceFirst("\\.[^./]+$", "");
                posts.put(name, url);
                posts.putIfAbsent(name.substring(name.lastIndexOf('/') + 1), url);
            }
        }
        return new JekyllLiquid(settings.raw(), config.contentDir().resolve("_includes"), posts::get, paths::get);
    }

    /**
     * What a note's own stages depend on besides the note: which page every note has (links between notes), which
     * files are copied (links to files), the link style, the principle catalog (extraction) and the site settings (Liquid). The instance from the
     * cache is returned when nothing of it changed, so that comparing it per note is an identity check.
     */
    private static Object linkContext(BuildCache cache, NoteIndex index, Set<String> assets, Urls urls,
                                      PrincipleCatalog catalog, Map<String, Object> site, Problems problems) {
        Map<String, String> pages = new java.util.HashMap<>();
        index.notes().forEach(n -> pages.put(n.contentPath(), index.page(n)));
        // the site's settings are Liquid's {{ site.* }}
        List<Object> context = List.of(pages, assets, urls.pretty(), catalog, site);
        return cache.memo("links", "", context, problems, p -> context);
    }

    /** The inputs of one note's parse → extract → render stages. */
    private record NoteInputs(Note note, String page, Object links) {
    }

    /**
     * Writes every page into the build's output and commits it.
     *
     * @return pages written, or -1 when rendering failed and nothing was swapped in
     */
    private int write(SiteSettings settings, Urls urls, List<ContentScanner.Entry> assets,
                      Map<String, RenderedNote> byPath, StudySite site, Problems problems, Progress progress,
                      BuildCache cache) throws IOException {
        Theme theme = theme(settings);
        TemplateResolver resolver = theme.resolver();
        Templates templates = theme.templates();
        SpeakingTime speaking = theme.speaking();
        List<Language> languages = theme.languages();
        // A note's text is read again only when one of its links turns out broken: holding every note's text for
        // the whole build would cost as much memory as the notes themselves.
        Function<String, String> noteTexts = source -> {
            try {
                return TextDecoder.normaliseNewlines(Files.readString(config.baseDir().resolve(source)));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        };
        if (config.force() && SiteWriter.holdsForeignFiles(config.outputDir())) {
            problems.warn(Stage.WRITE, display(config.outputDir()), 0, 0, "forced: replacing a folder studysite did "
                    + "not create; the files it held are deleted");
        }
        try (BuildOutput writer = cache.open(config.outputDir(), config.force());
             LinkChecker links = new LinkChecker(settings.baseUrl(),
                     settings.siteUrl().isEmpty() ? "" : settings.absoluteRoot(),
                     page -> display(config.outputDir().resolve(page)), noteTexts,
                     page -> writer.read(page).orElse(null), problems)) {
            Output out = links.watch(writer);
            Set<String> published = ConcurrentHashMap.newKeySet();
            try {
                Progress.Phase writing = progress.begin("Writing pages", byPath.size() * languages.size());
                List<SitePages> perLanguage = new ArrayList<>();
                for (Language language : languages) {
                    perLanguage.add(languagePages(templates, resolver, settings, urls, language, languages, out,
                            published, cache, problems));
                }
                // The languages, the search index and the practice data depend on nothing the others write: made
                // side by side, one part's single-threaded stretches (an index page of every story, the question
                // bank) overlap another's parallel ones.
                List<Runnable> parts = new ArrayList<>();
                Coaching coach = Coaching.of(site, settings.coach(), speaking);
                perLanguage.forEach(pages -> parts.add(() -> writeLanguage(pages, site, byPath, speaking, coach,
                        writing)));
                parts.add(() -> ExportFiles.write(site, coach, speaking, urls, perLanguage.get(0).renderer().messages(),
                        out));
                parts.add(() -> SearchPages.writeIndex(site, byPath, urls, out, cache, problems));
                parts.add(() -> PracticePages.writeData(site, urls, speaking, out, cache));
                parts.add(() -> StudyJson.write(site, urls, ExportFiles.feedback(site, coach,
                        perLanguage.get(0).renderer().messages()), out, cache));
                parts.parallelStream().forEach(Runnable::run);
                SitePages first = perLanguage.get(0);
                first.hostingFiles();
                first.themeAssets();
                first.assets(ownFilesKept(assets, links, problems));
                int broken = links.finish();
                log.accept("Checked the links of " + links.summary() + ": " + (broken == 0 ? "none broken"
                        : broken + " broken"));
            } catch (Templates.TemplateException e) {
                String path = resolver.userFile(e.template())
                        .map(p -> SettingsLoader.displayPath(config, p))
                        .orElse("templates/" + e.template());
                problems.error(Stage.RENDER, path, 0, 0, e.getMessage());
                return -1;
            }
            if (config.strict() && problems.hasErrors()) {
                return -1;
            }
            writer.commit();
            log.accept("Wrote " + published.size() + " pages in " + languages.size() + " language(s) to "
                    + display(config.outputDir()));
            return published.size();
        }
    }

    /**
     * The content folder's static files, less those at an address the site has already written (its sitemap, 404
     * page, robots.txt, search index, theme assets): the site's own file is kept, with a warning for each.
     */
    private List<ContentScanner.Entry> ownFilesKept(List<ContentScanner.Entry> assets, LinkChecker written,
                                                    Problems problems) {
        List<ContentScanner.Entry> kept = new ArrayList<>(assets.size());
        for (ContentScanner.Entry asset : assets) {
            if (written.wrote(asset.contentPath())) {
                problems.warn(Stage.WRITE, display(asset.file()), 0, 0, "not published: the site writes its own "
                        + asset.contentPath() + ", which a file of the content folder does not replace");
            } else {
                kept.add(asset);
            }
        }
        return kept;
    }

    /** The rendered notes by content path. */
    private static Map<String, RenderedNote> byPath(List<RenderedNote> notes) {
        Map<String, RenderedNote> out = new java.util.HashMap<>(notes.size() * 4 / 3 + 1);
        notes.forEach(r -> out.put(r.note().contentPath(), r));
        return out;
    }

    /** What rendering in every language starts from: the theme's templates, the speaking rates, the languages. */
    private record Theme(TemplateResolver resolver, Templates templates, SpeakingTime speaking,
                         List<Language> languages) {
    }

    private Theme theme(SiteSettings settings) {
        TemplateResolver resolver = new TemplateResolver(config.templatesDir());
        return new Theme(resolver, new Templates(resolver), SpeakingTime.from(settings.raw().get("speaking_rates")),
                Language.of(settings.languages()));
    }

    /**
     * Writes the pages of the notes in {@code focus} only, in every language, and commits them over the previous site.
     * {@code site} is the part of the study model that holds those notes.
     *
     * @return pages written, or -1 when rendering failed and nothing was written
     */
    private int writePart(SiteSettings settings, Urls urls, Map<String, RenderedNote> byPath, StudySite site,
                          Set<String> focus, Problems problems, BuildCache cache) throws IOException {
        Theme theme = theme(settings);
        SpeakingTime speaking = theme.speaking();
        List<Language> languages = theme.languages();
        try (BuildOutput writer = cache.openPart(config.outputDir())) {
            Set<String> published = ConcurrentHashMap.newKeySet();
            try {
                for (Language language : languages) {
                    SitePages pages = languagePages(theme.templates(), theme.resolver(), settings, urls, language,
                            languages, writer, published, cache, problems);
                    // a note's page names its stories without their hints, which need the whole site
                    StudyPages study = new StudyPages(pages.renderer(), pages, site, speaking, Coaching.none(site));
                    site.notes().forEach(note -> writeNotePages(pages, study, note, byPath, focus::contains));
                }
            } catch (Templates.TemplateException e) {
                return -1; // the whole build that follows reports it
            }
            if (problems.hasErrors()) {
                return -1;
            }
            writer.commit();
            return published.size();
        }
    }

    /**
     * A note's page and the pages of its older revisions, those whose content path {@code wanted} accepts.
     *
     * @return how many pages it wrote
     */
    private static int writeNotePages(SitePages pages, StudyPages study, SiteNote note,
                                      Map<String, RenderedNote> byPath, java.util.function.Predicate<String> wanted) {
        int written = 0;
        if (wanted.test(note.note().contentPath())) {
            pages.notePage(byPath.get(note.note().contentPath()), study.notePanel(note), null);
            written++;
        }
        for (SiteNote.Revision older : note.revisions()) {
            if (wanted.test(older.note().contentPath())) {
                pages.notePage(byPath.get(older.note().contentPath()), Map.of(), note.page());
                written++;
            }
        }
        return written;
    }

    private static SitePages languagePages(Templates templates, TemplateResolver resolver, SiteSettings settings,
                                           Urls urls, Language language, List<Language> languages, Output writer,
                                           Set<String> published, BuildCache cache, Problems problems) {
        Messages messages = Messages.load(resolver, language.code(), problems);
        SiteRenderer renderer = new SiteRenderer(templates, messages, settings, urls, language, languages)
                .section("nav_principles", StudyPages.PRINCIPLES)
                .section("nav_stories", StudyPages.STORIES)
                .section("nav_questions", StudyPages.QUESTIONS)
                .section("nav_practice", PracticePages.PAGE)
                .section("nav_intro", IntroPages.INDEX)
                .section("nav_study", StudyPages.STUDY)
                .section("nav_notes", SitePages.NOTES)
                .footerLink("print_footer", PrintPages.PAGE)
                .footerLink("loop_footer", LoopPages.PAGE);
        return new SitePages(renderer, writer, published, cache);
    }

    /** Every page of the site in one interface language. */
    private static void writeLanguage(SitePages pages, StudySite site, Map<String, RenderedNote> byPath,
                                      SpeakingTime speaking, Coaching coach, Progress.Phase writing) {
        StudyPages study = new StudyPages(pages.renderer(), pages, site, speaking, coach);
        List<RenderedNote> current = site.notes().stream().map(n -> byPath.get(n.note().contentPath())).toList();
        site.notes().parallelStream().forEach(note -> {
            int written = writeNotePages(pages, study, note, byPath, path -> true);
            for (int i = 0; i < written; i++) {
                writing.advance();
            }
        });
        study.writeAll();
        IntroPages intros = new IntroPages(pages.renderer(), pages, site, speaking);
        intros.writeAll();
        LoopPages loop = new LoopPages(pages.renderer(), pages, coach.loop(), speaking);
        loop.write();
        new PrintPages(pages.renderer(), pages, site, study, intros, loop).write();
        new SearchPages(pages).writePage();
        new PracticePages(pages, site).writePage();
        pages.indexes(current, study.dashboard(SitePages.HOME));
        pages.notFound();
    }

    /** Plain-text notes are written line by line; Markdown follows CommonMark. Front matter {@code breaks} decides. */
    private static boolean lineBreaks(Note note) {
        Object breaks = note.frontMatter().get("breaks");
        if (breaks != null) {
            return Boolean.parseBoolean(String.valueOf(breaks));
        }
        String path = note.contentPath().toLowerCase(java.util.Locale.ROOT);
        return path.endsWith(".txt") || path.endsWith(".text");
    }

    /** Removes what killed builds and previews of this output left beside it ({@link SiteWriter#recover}). */
    private void cleanLeftovers(Problems problems) {
        try {
            SiteWriter.recover(config.outputDir());
        } catch (IOException | RuntimeException e) {
            problems.warn(Stage.WRITE, display(config.outputDir()), 0, 0, "cannot remove what an interrupted build "
                    + "left beside the output folder: " + e.getMessage());
        }
    }

    private BuildResult finish(boolean success, Problems problems, int notes, int pages, long start, int[] study) {
        return new BuildResult(success, problems.sorted(), config.outputDir(), notes, pages,
                Duration.ofNanos(System.nanoTime() - start), study[0], study[1]);
    }

    private String display(java.nio.file.Path path) {
        return SettingsLoader.displayPath(config, path);
    }
}
