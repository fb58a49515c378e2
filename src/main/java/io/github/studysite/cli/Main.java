package io.github.studysite.cli;

import io.github.studysite.BuildResult;
import io.github.studysite.SiteBuilder;
import io.github.studysite.config.Privacy;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.config.UserPaths;
import io.github.studysite.problem.Problem;
import io.github.studysite.serve.Serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a site without Maven: {@code java -cp … io.github.studysite.cli.Main [options] [project-dir]}. Prints
 * every problem as {@code path:line:col: message} and exits 1 when the build failed, 2 on bad usage. With
 * {@code --serve} it runs the live preview instead, until Ctrl+C.
 */
public final class Main {

    private static final String USAGE = """
            Usage: studysite [options] [project-dir]
            Relative folders are taken from the current directory, as any command takes them; project-dir
            defaults to the current directory itself.
              --content DIR        notes folder            (default: <project-dir>/content, or <project-dir>
                                                            itself for a Jekyll site without content/)
              --templates DIR      theme overrides folder  (default: <project-dir>/templates)
              --output DIR         site folder             (default: <project-dir>/site-output)
              --base-url PATH      URL path the site is served under, e.g. /my-repo
              --site-url URL       scheme and host it is served from, e.g. https://me.github.io
              --drafts             render draft and private notes, and private blocks
              --no-strict          write the site even when there are errors
              --force              replace a non-empty output folder studysite did not create
              --allow-unsafe-html  publish raw HTML as written, scripts included
              --privacy MODE       personal data in public pages: warn (default), strict (an error), off
              --include GLOB       note files to read (repeatable; default Markdown and .txt/.text, any case)
              --exclude GLOB       files to leave out (repeatable)
              --serve              live preview on http://127.0.0.1:<port>/ (drafts shown), rebuilt on every change
              --port N             the preview's port      (default: 4000)
              --init               scaffold a new notes repository in project-dir (pom.xml, example notes,
                                   _config.yml, .gitignore, Pages workflow); writes nothing if any exists
              -h, --help           this help
            """;

    /** The preview's port when none is given, as Jekyll's. */
    public static final int DEFAULT_PORT = 4000;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a build from the process's working directory; returns the process exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(Path.of("").toAbsolutePath(), args, out, err);
    }

    /**
     * Runs a build as if started in {@code workingDir}: every folder argument is resolved against it, once, before
     * the build sees it.
     *
     * @return the process exit code
     */
    static int run(Path workingDir, String[] args, PrintStream out, PrintStream err) {
        Path project = workingDir;
        String content = null;
        String templates = null;
        String output = null;
        String baseUrl = null;
        String siteUrl = null;
        boolean strict = true;
        boolean drafts = false;
        boolean serve = false;
        boolean init = false;
        int port = DEFAULT_PORT;
        boolean force = false;
        boolean allowUnsafeHtml = false;
        Privacy privacy = Privacy.WARN;
        List<String> includes = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            try {
                switch (arg) {
                    case "-h", "--help" -> {
                        out.print(USAGE);
                        return 0;
                    }
                    case "--content" -> content = args[++i];
                    case "--templates" -> templates = args[++i];
                    case "--output" -> output = args[++i];
                    case "--base-url" -> baseUrl = args[++i];
                    case "--site-url" -> siteUrl = args[++i];
                    case "--include" -> includes.add(args[++i]);
                    case "--exclude" -> excludes.add(args[++i]);
                    case "--drafts" -> drafts = true;
                    case "--no-strict" -> strict = false;
                    case "--serve" -> serve = true;
                    case "--init" -> init = true;
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--force" -> force = true;
                    case "--allow-unsafe-html" -> allowUnsafeHtml = true;
                    case "--privacy" -> {
                        String mode = args[++i];
                        Optional<Privacy> parsed = Privacy.parse(mode);
                        if (parsed.isEmpty()) {
                            err.println("--privacy must be off, warn or strict, not '" + mode + "'");
                            return 2;
                        }
                        privacy = parsed.get();
                    }
                    default -> {
                        if (arg.startsWith("-")) {
                            err.println("unknown option " + arg);
                            err.print(USAGE);
                            return 2;
                        }
                        project = UserPaths.resolve(workingDir, Path.of(arg));
                    }
                }
            } catch (ArrayIndexOutOfBoundsException e) {
                err.println(arg + " needs a value");
                return 2;
            } catch (NumberFormatException e) {
                err.println(arg + " needs a number");
                return 2;
            } catch (java.nio.file.InvalidPathException e) {
                err.println("not a path: " + e.getMessage());
                return 2;
            }
        }
        if (init) {
            return io.github.studysite.init.InitCommand.run(project, out, err);
        }
        SiteConfig.Builder builder = SiteConfig.builder(project).strict(strict).drafts(drafts).baseUrl(baseUrl)
                .siteUrl(siteUrl).includes(includes).excludes(excludes).force(force).allowUnsafeHtml(allowUnsafeHtml)
                .privacy(privacy);
        try {
            return build(workingDir, builder, content, templates, output, serve, port, out, err);
        } catch (java.nio.file.InvalidPathException e) {
            err.println("not a path: " + e.getMessage());
            return 2;
        }
    }

    private static int build(Path workingDir, SiteConfig.Builder builder, String content, String templates,
                             String output, boolean serve, int port, PrintStream out, PrintStream err) {
        if (content != null) {
            builder.contentDir(UserPaths.resolve(workingDir, Path.of(content)));
        }
        if (templates != null) {
            builder.templatesDir(UserPaths.resolve(workingDir, Path.of(templates)));
        }
        if (output != null) {
            builder.outputDir(UserPaths.resolve(workingDir, Path.of(output)));
        }
        if (serve) {
            return serve(builder.build(), port, out, err);
        }
        BuildResult result = new SiteBuilder(builder.build(), out::println).build();
        for (Problem problem : result.problems()) {
            err.println((problem.isError() ? "[ERROR] " : "[WARNING] ") + problem);
        }
        if (!result.success()) {
            out.println(result.summary().line());
            err.println("Build failed: " + result.errorCount() + " error(s); " + result.output()
                    + " was left as it was.");
            return 1;
        }
        out.println("Site ready: " + result.home().toUri());
        out.println(result.summary().line());
        return 0;
    }

    /** Runs the live preview until the process is stopped (Ctrl+C runs the shutdown hook that closes it). */
    private static int serve(SiteConfig config, int port, PrintStream out, PrintStream err) {
        Serve.Log log = Serve.Log.of(out::println, m -> err.println("[WARNING] " + m),
                m -> err.println("[ERROR] " + m));
        try {
            Serve preview = Serve.start(config, port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "studysite-stop"));
            preview.await();
            return 0;
        } catch (IOException e) {
            err.println("[ERROR] cannot start the preview: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
