package io.github.studysite.maven;

import io.github.studysite.BuildResult;
import io.github.studysite.config.Privacy;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.problem.Problem;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * The parameters every studysite goal shares, each settable with {@code -Dstudysite.<name>}, and the translation of
 * a build's problems into Maven log lines. Goals stay thin: everything else is the core's. Folder parameters given
 * as relative paths ({@code -Dstudysite.content=../notes}) are taken from the project folder, not from the directory
 * Maven was started in: Maven itself resolves {@code File} parameters that way, and {@link SiteConfig} resolves any
 * that still arrive relative against {@link #basedir} — once.
 */
public abstract class AbstractSiteMojo extends AbstractMojo {

    /** The project directory; problem paths are printed relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /**
     * The folder of notes (Markdown and plain text) and {@code _config.yml}, {@code _data/};
     * relative to the project folder. A Jekyll site without {@code content/} ({@code _config.yml} or {@code _posts/}
     * at the project's root) is read from the project folder itself.
     */
    @Parameter(property = "studysite.content", defaultValue = "${project.basedir}/content", required = true)
    protected File content;

    /** Theme overrides, relative to the project folder: a file here replaces the built-in one of its name. */
    @Parameter(property = "studysite.templates", defaultValue = "${project.basedir}/templates", required = true)
    protected File templates;

    /**
     * Where the site is written, relative to the project folder. It is replaced as a whole, and only when the build
     * succeeds; {@code site:serve} never writes it (the preview has a folder of its own beside it).
     */
    @Parameter(property = "studysite.output", defaultValue = "${project.basedir}/site-output", required = true)
    protected File output;

    /**
     * The URL path the site is served under, e.g. {@code /my-repo} for GitHub Pages project sites. Overrides
     * {@code baseurl} in {@code _config.yml}.
     */
    @Parameter(property = "studysite.baseUrl")
    protected String baseUrl;

    /**
     * Scheme and host the site is served from, e.g. {@code https://user.github.io}: with it, the sitemap, canonical
     * and {@code hreflang} links are absolute. Overrides {@code url} in {@code _config.yml}.
     */
    @Parameter(property = "studysite.siteUrl")
    protected String siteUrl;

    /** Fail the build when there are errors (they are listed either way); with {@code false} the site is written. */
    @Parameter(property = "studysite.strict", defaultValue = "true")
    protected boolean strict;

    /** Render draft ({@code draft: true}, {@code published: false}, {@code _drafts/}) and private notes. */
    @Parameter(property = "studysite.drafts", defaultValue = "false")
    protected boolean drafts;

    /** Note files to read, as globs relative to the content folder (comma-separated with {@code -D}). */
    @Parameter(property = "studysite.includes")
    protected List<String> includes;

    /** Files of the content folder to leave out, as globs. */
    @Parameter(property = "studysite.excludes")
    protected List<String> excludes;

    /**
     * Replace a non-empty output folder that studysite did not create, deleting what it holds. The project folder,
     * {@code content/}, {@code templates/}, the home folder and folders holding them are refused even so.
     */
    @Parameter(property = "studysite.force", defaultValue = "false")
    protected boolean force;

    /**
     * Publish the raw HTML of notes as written — {@code <script>}, {@code onclick=}, {@code javascript:} links and all
     * — instead of removing what could run scripts. Only for a site nobody else reads.
     */
    @Parameter(property = "studysite.allowUnsafeHtml", defaultValue = "false")
    protected boolean allowUnsafeHtml;

    /**
     * What a public build does when a page it publishes looks like it holds personal data (phone numbers, e-mail
     * addresses, resident registration numbers, salary figures): {@code warn}, {@code strict} (an error) or
     * {@code off}.
     */
    @Parameter(property = "studysite.privacy", defaultValue = "warn")
    protected String privacy;

    /** Skip this goal. */
    @Parameter(property = "studysite.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The build this goal's parameters describe.
     *
     * @throws MojoFailureException when a parameter has a value it cannot take
     */
    protected SiteConfig config() throws MojoFailureException {
        Privacy privacyMode = Privacy.parse(privacy).orElseThrow(() -> new MojoFailureException(
                "studysite.privacy must be off, warn or strict, not '" + privacy + "'"));
        return SiteConfig.builder(basedir.toPath())
                .contentDir(content.toPath())
                .templatesDir(templates.toPath())
                .outputDir(output.toPath())
                .baseUrl(baseUrl)
                .siteUrl(siteUrl)
                .strict(strict)
                .drafts(drafts)
                .includes(includes)
                .excludes(excludes)
                .force(force)
                .allowUnsafeHtml(allowUnsafeHtml)
                .privacy(privacyMode)
                .build();
    }

    /** Logs every problem at its level, {@code path:line:col: message}. */
    protected static void report(BuildResult result, Log log) {
        for (Problem problem : result.problems()) {
            if (problem.isError()) {
                log.error(problem.toString());
            } else {
                log.warn(problem.toString());
            }
        }
    }
}
