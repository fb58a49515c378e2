package io.github.studysite.liquid;

import io.github.studysite.model.Note;
import io.github.studysite.markdown.CodeRanges;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import liqp.TemplateParser;
import liqp.exceptions.LiquidException;
import liqp.parser.Flavor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a note's Liquid the way Jekyll does, before Markdown, with Liqp's Jekyll flavour: {@code site} (the site's
 * {@code _config.yml}), {@code page} (the note's front matter, its {@code url}, {@code date} …) and
 * {@code {% include %}} from the project's {@code _includes/} with its {@code include} variable. {@code site.baseurl}
 * is empty here: {@code {{ site.baseurl }}/a.png} and {@code relative_url} give the site-root path {@code /a.png},
 * which the link stage makes relative to each page, so the site works under its base URL and any other;
 * {@code absolute_url} puts {@code site.url} in front. Differences from Jekyll, on purpose: Liquid
 * inside Markdown code stays as written, an unknown tag is removed with a warning instead of failing the build, and
 * a syntax or render error is a warning and the note renders as written. Work is bounded (time, loop iterations,
 * output size) so that no note can hang the build.
 *
 * <p>Notes without front matter and plain-text notes are not run through Liquid, as Jekyll does not. One instance
 * serves a whole build and every thread.
 */
public final class JekyllLiquid {

    static final long MAX_RENDER_MILLIS = 2_000;
    static final int MAX_ITERATIONS = 200_000;
    static final int MAX_OUTPUT_CHARS = 8 << 20;

    private final Map<String, Object> site;
    private final LiquidSource.Resolver resolver;
    private final IncludeFolder includes;
    /** Built on first use: a site without Liquid does not pay for the engine's start (about a second). */
    private volatile TemplateParser parser;

    /**
     * @param site       the site's {@code _config.yml}
     * @param includes   the project's {@code _includes/} folder (it need not exist)
     * @param postUrl    the page address ({@code /2024/01/02/title/}) of a post by its {@code YYYY-MM-DD-title}
     *                   name, or null
     * @param link       the page address of a note by its path in the content folder, or null
     */
    public JekyllLiquid(Map<String, Object> site, Path includes, Function<String, String> postUrl,
                        Function<String, String> link) {
        this.site = new LinkedHashMap<>(site);
        this.site.put("baseurl", "");
        this.site.putIfAbsent("url", "");
        if (this.site.get("url") == null) {
            this.site.put("url", "");
        }
        IncludeFolder[] folder = new IncludeFolder[1];
        this.resolver = new LiquidSource.Resolver() {
            @Override
            public String postUrl(String name) {
                return postUrl.apply(name.strip());
            }

            @Override
            public String link(String path) {
                String p = path.strip();
                return link.apply(p.startsWith("/") ? p.substring(1) : p);
            }

            @Override
            public boolean includeExists(String name) {
                return folder[0].exists(name);
            }
        };
        folder[0] = new IncludeFolder(includes, resolver);
        this.includes = folder[0];
    }

    private TemplateParser parser() {
        TemplateParser p = parser;
        if (p == null) {
            synchronized (this) {
                if (parser == null) {
                    parser = build();
                }
                p = parser;
            }
        }
        return p;
    }

    private TemplateParser build() {
        return new TemplateParser.Builder()
                .withFlavor(Flavor.JEKYLL)
                .withErrorMode(TemplateParser.ErrorMode.STRICT)
                .withNameResolver(includes)
                .withFilter(new UrlFilter("relative_url", ""))
                .withFilter(new UrlFilter("absolute_url", String.valueOf(this.site.get("url")).replaceAll("/+$", "")))
                .withMaxRenderTimeMillis(MAX_RENDER_MILLIS)
                .withMaxIterations(MAX_ITERATIONS)
                .withMaxSizeRenderedString(MAX_OUTPUT_CHARS)
                .build();
    }

    /**
     * A note's body as its Liquid renders, with the source line of every line of the result.
     *
     * @param body        the body after Liquid (the note's own when it has none)
     * @param sourceLines the 1-based source line of each line of {@code body}; null when lines are the file's
     */
    public record Result(String body, int[] sourceLines) {
    }

    /** Whether Jekyll would run the note's Liquid: it has front matter and is not plain text. */
    public static boolean applies(Note note) {
        return !note.frontMatter().isEmpty() && !note.contentPath().endsWith(".txt")
                && (note.body().contains("{%") || note.body().contains("{{"));
    }

    /**
     * Renders {@code note}'s Liquid; problems are warnings against the note at their source line.
     *
     * @param pageUrl the note's page address ({@code page.url})
     */
    public Result render(Note note, String pageUrl, Problems problems) {
        String body = note.body();
        if (!applies(note)) {
            return new Result(body, null);
        }
        if (body.chars().anyMatch(c -> c >= LiquidSource.CODE_OPEN && c <= LiquidSource.LINE_CLOSE)) {
            problems.warn(Stage.MARKDOWN, note.sourcePath(), 0, 0, "Liquid not run: the note holds private-use "
                    + "characters U+E000-U+E003");
            return new Result(body, null);
        }
        LiquidSource.Prepared prepared = LiquidSource.prepare(body, CodeRanges.of(body), resolver);
        for (LiquidSource.Finding finding : prepared.findings()) {
            problems.warn(Stage.MARKDOWN, note.sourcePath(), finding.line(), 0, finding.message());
        }
        String rendered;
        if (!prepared.liquid()) {
            rendered = prepared.template();
        } else {
            try {
                rendered = parser().parse(prepared.template()).render(variables(note, pageUrl));
            } catch (LiquidException e) {
                int line = e.line > 0 && e.line <= prepared.templateLine().length
                        ? prepared.templateLine()[e.line - 1] : 0;
                problems.warn(Stage.MARKDOWN, note.sourcePath(), line, 0, "Liquid syntax error, the note is shown "
                        + "without Liquid: " + message(e));
                return new Result(body, null);
            } catch (RuntimeException | StackOverflowError e) {
                problems.warn(Stage.MARKDOWN, note.sourcePath(), 0, 0, "Liquid could not be rendered, the note is "
                        + "shown without Liquid: " + message(e));
                return new Result(body, null);
            }
        }
        return LineTrace.restore(rendered, prepared.code());
    }

    private Map<String, Object> variables(Note note, String pageUrl) {
        Map<String, Object> page = new LinkedHashMap<>();
        note.frontMatter().forEach((key, value) -> page.put(key, plain(value)));
        page.put("title", note.title());
        page.put("url", pageUrl);
        page.put("path", note.contentPath());
        page.put("slug", note.slug());
        page.put("categories", note.categories());
        page.put("tags", note.tags());
        if (note.date() != null) {
            page.put("date", note.date().toString());
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("site", site);
        vars.put("page", page);
        return vars;
    }

    /** Front matter values as Liquid reads them (dates as ISO text, which Liquid's {@code date} filter parses). */
    private static Object plain(Object value) {
        if (value instanceof LocalDate || value instanceof java.util.Date || value instanceof java.time.temporal.Temporal) {
            return value.toString();
        }
        return value;
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return text.replaceAll("[\uE000-\uE003]\\d*[\uE000-\uE003]?", "").replaceAll("\\s+", " ").strip();
    }
}
