package io.github.studysite;

import io.github.studysite.config.OutputGuard;
import io.github.studysite.config.SettingsLoader;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.config.SiteSettings;
import io.github.studysite.link.NoteIndex;
import io.github.studysite.link.Urls;
import io.github.studysite.load.ContentLoader;
import io.github.studysite.load.ContentScanner;
import io.github.studysite.load.LoadedContent;
import io.github.studysite.model.Note;
import io.github.studysite.parse.MarkdownEngine;
import io.github.studysite.parse.NodeText;
import io.github.studysite.parse.ParsedNote;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import io.github.studysite.render.Messages;
import io.github.studysite.render.NoteLinks;
import io.github.studysite.render.RenderedNote;
import io.github.studysite.render.SitePages;
import io.github.studysite.render.SiteRenderer;
import io.github.studysite.render.TemplateResolver;
import io.github.studysite.render.Templates;
import io.github.studysite.write.SiteWriter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The core's one entry point: builds the site described by a {@link SiteConfig}. Its {@link #build()} method lists the
 * pipeline in order:
 * <ol>
 *   <li><b>config</b> — {@code content/_config.yml} merged with the caller's options;</li>
 *   <li><b>load</b> — find, decode and read every note (front matter) and data file;</li>
 *   <li><b>link</b> (addresses) — give every note a unique page, so notes can link to each other;</li>
 *   <li><b>parse → render body</b> — per note and in parallel: Markdown tree, then HTML;</li>
 *   <li><b>render</b> — every page of the site through the theme's templates;</li>
 *   <li><b>write</b> — into a staging folder, swapped into place only when the build succeeded.</li>
 * </ol>
 * Problems from every stage are collected and reported together; with {@code strict}, any error means nothing is
 * written and the previous site stays as it was. Nothing escapes as an exception: a note that breaks a stage in an
 * unforeseen way is reported against that note, a failure while writing against the output folder, and in both
 * cases the previous site is left untouched. Nothing here knows about Maven.
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
        long start = System.nanoTime();
        Problems problems = new Problems();
        Optional<String> refused = OutputGuard.refusal(config);
        refused.ifPresent(reason -> problems.error(Stage.WRITE, display(config.outputDir()), 0, 0, reason));

        SiteSettings settings = SettingsLoader.load(config, problems);
        LoadedContent content = ContentLoader.load(config, settings, problems);
        log.accept("Read " + content.notes().size() + " notes from " + display(config.contentDir()));

        NoteIndex index = NoteIndex.build(content.notes(), SitePages.reserved(), problems);
        Urls urls = new Urls(settings.prettyUrls());
        Set<String> assetPaths = content.assets().stream().map(ContentScanner.Entry::contentPath)
                .collect(Collectors.toUnmodifiableSet());
        MarkdownEngine engine = new MarkdownEngine(config.allowUnsafeHtml());
        List<RenderedNote> notes = index.notes().parallelStream()
                .map(note -> renderNote(engine, note, index, assetPaths, urls, problems))
                .flatMap(Optional::stream)
                .toList();

        if (refused.isPresent() || config.strict() && problems.hasErrors()) {
            return finish(false, problems, notes.size(), 0, start);
        }
        int pages;
        String output = display(config.outputDir());
        try {
            pages = write(settings, urls, content, notes, problems);
        } catch (SiteWriter.UnsafeOutputException e) {
            problems.error(Stage.WRITE, output, 0, 0, e.getMessage());
            return finish(false, problems, notes.size(), 0, start);
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.error(Stage.WRITE, output, 0, 0, "cannot write the site: " + e.getMessage());
            return finish(false, problems, notes.size(), 0, start);
        } catch (RuntimeException | StackOverflowError e) {
            problems.error(Stage.WRITE, output, 0, 0, "cannot write the site (internal error, please report it): " + e);
            return finish(false, problems, notes.size(), 0, start);
        }
        return finish(pages >= 0, problems, notes.size(), Math.max(pages, 0), start);
    }

    /** Parses and renders one note's body. A failure is reported against the note; the other notes go on. */
    private Optional<RenderedNote> renderNote(MarkdownEngine engine, Note note, NoteIndex index, Set<String> assets,
                                              Urls urls, Problems problems) {
        try {
            ParsedNote parsed = engine.parse(note);
            String page = index.page(note);
            NoteLinks links = new NoteLinks(note, page, index, assets, urls, problems);
            String html = engine.render(parsed, Map.of(), links, lineBreaks(note));
            return Optional.of(new RenderedNote(note, page, html, parsed.toc(), excerpt(parsed)));
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
     * Writes every page into the staging folder and swaps it in.
     *
     * @return pages written, or -1 when rendering failed and nothing was swapped in
     */
    private int write(SiteSettings settings, Urls urls, LoadedContent content, List<RenderedNote> notes,
                      Problems problems) throws IOException {
        TemplateResolver resolver = new TemplateResolver(config.templatesDir());
        Templates templates = new Templates(resolver);
        Messages messages = Messages.load(resolver, settings.lang(), problems);
        SiteRenderer renderer = new SiteRenderer(templates, messages, settings, urls)
                .section("nav_home", SitePages.HOME)
                .section("nav_notes", SitePages.NOTES);
        if (config.force() && SiteWriter.holdsForeignFiles(config.outputDir())) {
            problems.warn(Stage.WRITE, display(config.outputDir()), 0, 0, "forced: replacing a folder studysite did "
                    + "not create; the files it held are deleted");
        }
        try (SiteWriter writer = SiteWriter.open(config.outputDir(), config.force())) {
            SitePages pages = new SitePages(renderer, writer);
            try {
                notes.parallelStream().forEach(pages::notePage);
                pages.indexes(notes);
                pages.hostingFiles();
                pages.assets(content.assets());
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
            log.accept("Wrote " + pages.count() + " pages to " + display(config.outputDir()));
            return pages.count();
        }
    }

    /** Plain-text notes are written line by line; Markdown follows CommonMark. Front matter {@code breaks} decides. */
    private static boolean lineBreaks(Note note) {
        Object breaks = note.frontMatter().get("breaks");
        if (breaks != null) {
            return Boolean.parseBoolean(String.valueOf(breaks));
        }
        return note.contentPath().endsWith(".txt");
    }

    private static String excerpt(ParsedNote parsed) {
        for (var node : parsed.document().getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Paragraph) {
                String text = NodeText.of(node).replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    return text.length() <= 140 ? text : text.substring(0, 139) + "…";
                }
            }
        }
        return "";
    }

    private BuildResult finish(boolean success, Problems problems, int notes, int pages, long start) {
        return new BuildResult(success, problems.sorted(), config.outputDir(), notes, pages,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private String display(java.nio.file.Path path) {
        return SettingsLoader.displayPath(config, path);
    }
}
