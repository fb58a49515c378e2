package io.github.studysite;

import io.github.studysite.cache.BuildCache;
import io.github.studysite.cache.BuildOutput;
import io.github.studysite.publish.LinkChecker;
import io.github.studysite.coach.Coaching;
import io.github.studysite.config.ContentFolder;
import io.github.studysite.config.OutputGuard;
import io.github.studysite.config.SettingsLoader;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.config.SiteSettings;
import io.github.studysite.export.StudyJson;
import io.github.studysite.extract.CatalogReader;
import io.github.studysite.extract.Extraction;
import io.github.studysite.extract.StudyExtractor;
import io.github.studysite.address.NoteIndex;
import io.github.studysite.link.SlugBases;
import io.github.studysite.link.StudyLinker;
import io.github.studysite.link.StudySite;
import io.github.studysite.address.Urls;
import io.github.studysite.liquid.JekyllLiquid;
import io.github.studysite.source.ContentLoader;
import io.github.studysite.source.ContentScanner;
import io.github.studysite.source.LoadedContent;
import io.github.studysite.util.TextDecoder;
import io.github.studysite.model.Note;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.PrincipleCatalog;
import io.github.studysite.markdown.Excerpt;
import io.github.studysite.markdown.MarkdownEngine;
import io.github.studysite.markdown.ParsedNote;
import io.github.studysite.practice.PracticePages;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import io.github.studysite.export.ExportFiles;
import io.github.studysite.render.IntroPages;
import io.github.studysite.render.Language;
import io.github.studysite.render.LoopPages;
import io.github.studysite.render.NoteLinks;
import io.github.studysite.render.PrintPages;
import io.github.studysite.render.RenderedNote;
import io.github.studysite.render.SitePages;
import io.github.studysite.render.StudyPages;
import io.github.studysite.render.TemplateResolver;
import io.github.studysite.render.Templates;
import io.github.studysite.report.Progress;
import io.github.studysite.report.Timings;
import io.github.studysite.search.SearchEntries;
import io.github.studysite.search.SearchPages;
import io.github.studysite.util.SpeakingTime;
import io.github.studysite.publish.IoFailure;
import io.github.studysite.publish.Output;
import io.github.studysite.publish.SiteWriter;

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
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The core's one entry point: builds the site described by a {@link SiteConfig}. {@link #build(BuildCache, Consumer)}
 * is the pipeline, stage after stage ({@link Stage}): config, load, address, parse and extract (per note, in
 * parallel, with each note's body rendered to HTML), link, render, write. Each stage is timed; with
 * {@code -Dstudysite.timings} the build ends with the time per stage ({@link Timings}).
 *
 * <p>Problems from every stage are collected and reported together; with {@code strict}, any error means nothing is
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
        return build(BuildCache.NONE, linked -> { });
    }

    /**
     * Builds, reusing from {@code cache} every note and page whose inputs did not change, and hands {@code linked}
     * what the render stage starts from before it renders any page: a preview session writes the edited note's pages
     * from it first ({@link LinkedSite#writeNotePages}).
     */
    public BuildResult build(BuildCache cache, Consumer<LinkedSite> linked) {
        // The stages' parallel streams run in a pool of one thread per core. In the common pool they would have one
        // fewer (it counts on the calling thread to help), and the calling thread stops helping when it waits on a
        // nested part, so on two cores the page families ran on a single thread for the last third of a build.
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            return pool.submit(() -> stages(cache, linked)).join();
        } finally {
            pool.shutdown();
        }
    }

    private BuildResult stages(BuildCache cache, Consumer<LinkedSite> linked) {
        long start = System.nanoTime();
        Timings timings = new Timings();
        Problems problems = new Problems();
        Progress progress = new Progress(log);
        int[] study = new int[2];

        timings.begin(Stage.CONFIG);
        if (!Files.isDirectory(config.baseDir())) {
            problems.error(Stage.CONFIG, config.baseDir().toString(), 0, 0, "the project folder does not exist "
                    + "(or is not a folder); nothing was read or written");
            return finish(false, problems, 0, 0, start, study, timings);
        }
        Optional<String> refused = OutputGuard.refusal(config);
        refused.ifPresent(reason -> problems.error(Stage.CONFIG, display(config.outputDir()), 0, 0, reason));
        if (refused.isEmpty()) {
            cleanLeftovers(problems);
        }
        ContentFolder.readingTheProject(config).ifPresent(log);
        SiteSettings settings = SettingsLoader.load(config, problems);
        Urls urls = new Urls(settings.prettyUrls());

        timings.begin(Stage.SOURCE);
        LoadedContent content = ContentLoader.load(config, settings, problems, progress, cache);
        log.accept("Read " + content.notes().size() + " notes from " + (config.contentDir().equals(config.baseDir())
                ? "the project folder" : display(config.contentDir())));
        if (content.notes().isEmpty() && !problems.hasErrors()) { // a build with errors has said why notes are missing
            Path folder = config.contentDir();
            problems.warn(Stage.SOURCE, display(folder), 0, 0, Files.isDirectory(folder)
                    ? "no note to publish in " + folder + " (note files: " + String.join(", ", settings.includes())
                    + (config.drafts() ? "" : "; drafts and private notes are left out") + "): the site has no notes"
                    : "the content folder " + folder + " does not exist: the site has no notes");
        }
        PrincipleCatalog catalog = CatalogReader.read(content.data(),
                display(config.contentDir().resolve("_data/" + CatalogReader.DATA_NAME + ".yml")), problems);

        timings.begin(Stage.ADDRESS);
        NoteIndex index = NoteIndex.build(content.notes(), SitePages.reserved(),
                settings.permalink(), settings.languages(), problems);
        Set<String> assetPaths = content.assets().stream().map(ContentScanner.Entry::contentPath)
                .collect(Collectors.toUnmodifiableSet());

        // parse and extract: per note and in parallel, each timed on its own thread; a note's Markdown is taken when
        // its turn comes and not held past its own stages, only its rendered body and study model
        timings.end();
        MarkdownEngine engine = new MarkdownEngine(config.allowUnsafeHtml());
        JekyllLiquid liquid = liquid(settings, index);
        StudyExtractor extractor = new StudyExtractor(catalog);
        Object links = linkContext(cache, index, assetPaths, urls, catalog, settings.site(), problems);
        Progress.Phase parsing = progress.begin("Parsing notes", index.notes().size());
        List<RenderedNote> notes = index.notes().parallelStream()
                .map(note -> {
                    String body = content.bodies().take(note.contentPath());
                    return parsing.advance(cache.memo("note", note.contentPath(),
                            new NoteInputs(note, body, index.page(note), links), problems,
                            p -> renderNote(engine, liquid, extractor, note, body, index, assetPaths, urls, p,
                                    timings)));
                })
                .flatMap(Optional::stream)
                .toList();
        Map<String, RenderedNote> byPath = byPath(notes);

        timings.begin(Stage.LINK);
        Map<String, NoteStudy> studies = notes.stream()
                .collect(Collectors.toMap(r -> r.note().contentPath(), RenderedNote::study));
        StudySite site = StudyLinker.link(index.notes(), studies, index, catalog, note -> cache.memo("slugs",
                note.note().contentPath(), List.of(note.note().slug(), note.study()), problems,
                p -> SlugBases.of(note.note(), note.study())));
        log.accept("Found " + site.stories().size() + " stories, " + site.questions().size() + " questions, "
                + site.topics().size() + " study topics");
        study[0] = site.stories().size();
        study[1] = site.questions().size();
        if (refused.isPresent() || config.strict() && problems.hasErrors()) {
            return finish(false, problems, notes.size(), 0, start, study, timings);
        }

        timings.begin(Stage.RENDER);
        Theme theme = theme(settings);
        LinkedSite ready = new LinkedSite(settings, urls, theme, site, byPath, cache, problems, start,
                config.outputDir());
        linked.accept(ready);
        String output = display(config.outputDir());
        // A note's text is read again only when one of its links turns out broken: holding every note's text for
        // the whole build would cost as much memory as the notes themselves.
        Function<String, String> noteTexts = source -> {
            try {
                return TextDecoder.normaliseNewlines(Files.readString(config.baseDir().resolve(source)));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        };
        if (config.force() && holdsForeignFiles()) {
            problems.warn(Stage.PUBLISH, output, 0, 0, "forced: replacing a folder studysite did not create; the files "
                    + "it held are deleted");
        }
        Set<String> published = ConcurrentHashMap.newKeySet();
        try (BuildOutput writer = cache.open(config.outputDir(), config.force());
             LinkChecker checker = new LinkChecker(settings.baseUrl(),
                     settings.siteUrl().isEmpty() ? "" : settings.absoluteRoot(),
                     page -> display(config.outputDir().resolve(page)), noteTexts,
                     page -> writer.read(page).orElse(null), problems)) {
            Output out = checker.watch(writer);
            try {
                Progress.Phase writing = progress.begin("Writing pages", byPath.size() * theme.languages().size());
                List<SitePages> perLanguage = new ArrayList<>();
                for (Language language : theme.languages()) {
                    perLanguage.add(ready.pages(language, out, published, problems));
                }
                // The search index and the practice data depend on nothing the coach or the pages make: made side
                // by side with them, the coach's single-threaded review and one part's single-threaded stretches (an
                // index page of every story, the question bank) overlap another's parallel ones.
                Map<String, Integer> searchFiles = SearchEntries.files(site, byPath);
                var messages = perLanguage.get(0).renderer().messages();
                Runnable coached = () -> {
                    Coaching coach = Coaching.of(site, settings.coach(), theme.speaking());
                    List<Runnable> uses = new ArrayList<>();
                    perLanguage.forEach(pages -> uses.add(() -> writeLanguage(ready, pages, coach, searchFiles,
                            writing)));
                    if (settings.exports()) {
                        uses.add(() -> ExportFiles.write(site, coach, theme.speaking(), urls, messages, out));
                        uses.add(() -> StudyJson.write(site, urls, ExportFiles.feedback(site, coach, messages), out,
                                cache));
                    }
                    uses.parallelStream().forEach(Runnable::run);
                };
                List<Runnable> parts = List.of(coached,
                        () -> SearchPages.writeIndex(site, byPath, urls, out, cache, problems),
                        () -> PracticePages.writeData(site, urls, theme.speaking(), searchFiles, out, cache));
                parts.parallelStream().forEach(Runnable::run);

                timings.begin(Stage.PUBLISH);
                SitePages first = perLanguage.get(0);
                first.hostingFiles();
                first.themeAssets(perLanguage.stream().map(p -> p.renderer().messages()).toList());
                first.assets(ownFilesKept(content.assets(), checker, problems));
                int broken = checker.finish();
                log.accept("Checked the links of " + checker.summary() + ": " + (broken == 0 ? "none broken"
                        : broken + " broken"));
            } catch (Templates.TemplateException e) {
                String path = theme.resolver().userFile(e.template())
                        .map(f -> SettingsLoader.displayPath(config, f))
                        .orElse("templates/" + e.template());
                problems.error(Stage.RENDER, path, 0, 0, e.getMessage());
                return finish(false, problems, notes.size(), 0, start, study, timings);
            }
            if (config.strict() && problems.hasErrors()) {
                return finish(false, problems, notes.size(), 0, start, study, timings);
            }
            writer.commit();
            log.accept("Wrote " + published.size() + " pages in " + theme.languages().size() + " language(s) to "
                    + output);
        } catch (SiteWriter.UnsafeOutputException e) {
            problems.error(Stage.PUBLISH, output, 0, 0, e.getMessage());
            return finish(false, problems, notes.size(), 0, start, study, timings);
        } catch (java.io.UncheckedIOException e) {
            // "cannot write notes/a/index.html: No space left on device"
            problems.error(Stage.PUBLISH, output, 0, 0, "cannot write the site: " + e.getMessage());
            return finish(false, problems, notes.size(), 0, start, study, timings);
        } catch (IOException e) {
            problems.error(Stage.PUBLISH, output, 0, 0, "cannot write the site: " + IoFailure.describe(e));
            return finish(false, problems, notes.size(), 0, start, study, timings);
        } catch (RuntimeException | StackOverflowError e) {
            problems.error(Stage.PUBLISH, output, 0, 0, "cannot write the site (internal error, please report it): " + e);
            return finish(false, problems, notes.size(), 0, start, study, timings);
        }
        return finish(true, problems, notes.size(), published.size(), start, study, timings);
    }

    /**
     * Parses one note, extracts its study model and renders its body. A failure is reported against the note; the
     * other notes go on.
     *
     * @param note     the note as the index holds it, without its body
     * @param markdown its body
     */
    private static Optional<RenderedNote> renderNote(MarkdownEngine engine, JekyllLiquid liquid,
                                                     StudyExtractor extractor, Note note, String markdown,
                                                     NoteIndex index, Set<String> assets, Urls urls,
                                                     Problems problems, Timings timings) {
        try {
            long start = System.nanoTime();
            String page = index.page(note);
            Note full = note.withBody(markdown);
            JekyllLiquid.Result body = liquid.render(full, "/" + Urls.canonicalPath(page), problems);
            ParsedNote parsed = engine.parse(body.sourceLines() == null && body.body().equals(markdown) ? full
                    : note.withBody(body.body()), body.sourceLines());
            parsed.refused().forEach(r -> problems.error(Stage.MARKDOWN, note.sourcePath(), r.line(), 1, r.message()));
            long parsedAt = System.nanoTime();
            Extraction extraction = extractor.extract(parsed);
            long extractedAt = System.nanoTime();
            extraction.study().hints().forEach(h -> problems.warn(Stage.EXTRACT, note.sourcePath(), h.line(), 0,
                    h.message()));
            NoteLinks links = new NoteLinks(note, page, index, assets, urls, problems);
            String html = engine.render(parsed, extraction.anchors(), links, lineBreaks(note));
            timings.add(Stage.MARKDOWN, parsedAt - start + System.nanoTime() - extractedAt);
            timings.add(Stage.EXTRACT, extractedAt - parsedAt);
            // the body is not needed once rendered: the build holds the HTML and the study model until the last page
            return Optional.of(new RenderedNote(note, page, html, parsed.pageToc(extraction.anchors()),
                    Excerpt.of(parsed), extraction.study()));
        } catch (MarkdownEngine.TooDeepException e) {
            problems.error(Stage.MARKDOWN, note.sourcePath(), e.line(), 0, e.getMessage());
        } catch (StackOverflowError e) {
            problems.error(Stage.MARKDOWN, note.sourcePath(), 0, 0, "cannot render this note: it nests too deeply "
                    + "(lists, quotes, links or emphasis inside each other); flatten it");
        } catch (RuntimeException e) {
            problems.error(Stage.MARKDOWN, note.sourcePath(), 0, 0, "cannot render this note: " + e);
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
        return new JekyllLiquid(settings.site(), config.contentDir().resolve("_includes"), posts::get, paths::get);
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
    private record NoteInputs(Note note, String markdown, String page, Object links) {
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
                problems.warn(Stage.PUBLISH, display(asset.file()), 0, 0, "not published: the site writes its own "
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
    record Theme(TemplateResolver resolver, Templates templates, SpeakingTime speaking, List<Language> languages) {
    }

    private Theme theme(SiteSettings settings) {
        TemplateResolver resolver = new TemplateResolver(config.templatesDir());
        return new Theme(resolver, new Templates(resolver), settings.speakingRates(),
                Language.of(settings.languages()));
    }

    /**
     * Every page of the site in one interface language.
     *
     * @param searchFiles the search file holding each note's text, by content path
     */
    private static void writeLanguage(LinkedSite linked, SitePages pages, Coaching coach,
                                      Map<String, Integer> searchFiles, Progress.Phase writing) {
        StudySite site = linked.site();
        SpeakingTime speaking = linked.theme().speaking();
        StudyPages study = new StudyPages(pages.renderer(), pages, site, speaking, coach, searchFiles);
        List<RenderedNote> current = site.notes().stream().map(n -> linked.byPath().get(n.note().contentPath()))
                .toList();
        site.notes().parallelStream().forEach(note -> {
            int written = linked.notePages(pages, study, note, path -> true);
            for (int i = 0; i < written; i++) {
                writing.advance();
            }
        });
        IntroPages intros = new IntroPages(pages.renderer(), pages, site, speaking, coach.loop());
        LoopPages loop = new LoopPages(pages.renderer(), pages, coach.loop(), speaking);
        // independent page families, side by side: the print pack reads the others' views, not their pages
        Stream.<Runnable>of(study::writeAll, intros::writeAll, loop::write,
                        () -> new PrintPages(pages.renderer(), pages, site, study, intros, loop).write(),
                        () -> new SearchPages(pages).writePage(),
                        () -> new PracticePages(pages, site).writePage(),
                        () -> pages.indexes(current, study.dashboard(SitePages.HOME)),
                        pages::notFound)
                .parallel().forEach(Runnable::run);
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

    /** Whether the output folder holds files studysite did not write; one it cannot list, the write reports. */
    private boolean holdsForeignFiles() {
        try {
            return SiteWriter.holdsForeignFiles(config.outputDir());
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes what killed builds and previews of this output left beside it ({@link SiteWriter#recover}). */
    private void cleanLeftovers(Problems problems) {
        try {
            SiteWriter.recover(config.outputDir());
        } catch (IOException | RuntimeException e) {
            problems.warn(Stage.PUBLISH, display(config.outputDir()), 0, 0, "cannot remove what an interrupted build "
                    + "left beside the output folder: " + e.getMessage());
        }
    }

    private BuildResult finish(boolean success, Problems problems, int notes, int pages, long start, int[] study,
                               Timings timings) {
        timings.end();
        BuildResult result = new BuildResult(success, problems.sorted(), config.outputDir(), notes, pages,
                Duration.ofNanos(System.nanoTime() - start), study[0], study[1]);
        if (Timings.requested()) {
            timings.report(result.problems(), log);
        }
        return result;
    }

    private String display(java.nio.file.Path path) {
        return SettingsLoader.displayPath(config, path);
    }
}
