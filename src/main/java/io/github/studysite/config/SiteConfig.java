package io.github.studysite.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a caller (the Maven goal, {@code Main}, a test) asks the core to build. Everything here can also come from the
 * command line; site settings that belong to the notes themselves (title, language, …) live in
 * {@code content/_config.yml} and are read into {@link SiteSettings}. A value given here wins over the same setting in
 * {@code _config.yml}, as Jekyll's command-line flags win over its config file.
 *
 * <p>Every folder is resolved once, here: the project folder against the working directory when it is relative, the
 * others against the project folder ({@link UserPaths#resolve}). Callers whose users give paths relative to something
 * else ({@code Main}: the working directory) pass them absolute.
 *
 * @param baseDir      the project directory; problem paths are printed relative to it
 * @param contentDir   where the notes are; the project folder itself for a Jekyll site without {@code content/}
 *                     ({@link ContentFolder})
 * @param templatesDir the project's own templates, overriding the built-in theme by file name (may not exist)
 * @param outputDir    where the site is written; nothing outside it is ever written or deleted
 * @param baseUrl      URL path the site is served under ({@code /repo}), or null to use {@code _config.yml}
 * @param siteUrl      scheme and host the site is served from ({@code https://user.github.io}), or null to use
 *                     {@code url} in {@code _config.yml}; absolute URLs (sitemap, canonical links) need it
 * @param strict       whether errors fail the build (they are reported either way)
 * @param drafts       whether draft and private notes (and private blocks) are rendered
 * @param includes     glob patterns (relative to the content folder) of note files; empty means the defaults
 * @param excludes     glob patterns of files to leave out
 * @param force        whether a non-empty output folder that studysite did not create may be replaced (its files are
 *                     deleted); the project, {@code content/}, {@code templates/} and the home folder are refused
 *                     even then
 * @param allowUnsafeHtml whether raw HTML in notes is published as written, scripts and all, instead of sanitised
 * @param privacy      what a public build does about likely personal data in what it publishes
 */
public record SiteConfig(Path baseDir, Path contentDir, Path templatesDir, Path outputDir, String baseUrl,
                         String siteUrl, boolean strict, boolean drafts, List<String> includes, List<String> excludes,
                         boolean force, boolean allowUnsafeHtml, Privacy privacy) {

    /**
     * Note files by default: Markdown by Jekyll's and GitHub's extensions, and plain text as people write it
     * (extensions match in any case).
     */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown", "**/*.mkd",
            "**/*.mkdn", "**/*.mkdown", "**/*.mdown", "**/*.mdwn", "**/*.txt", "**/*.text");

    public SiteConfig {
        baseDir = UserPaths.resolve(Path.of("").toAbsolutePath(), Objects.requireNonNull(baseDir, "baseDir"));
        contentDir = UserPaths.resolve(baseDir, Objects.requireNonNull(contentDir, "contentDir"));
        templatesDir = UserPaths.resolve(baseDir, Objects.requireNonNull(templatesDir, "templatesDir"));
        outputDir = UserPaths.resolve(baseDir, Objects.requireNonNull(outputDir, "outputDir"));
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        privacy = privacy == null ? Privacy.WARN : privacy;
    }

    /** This configuration with drafts and private notes shown or not (the preview shows them). */
    public SiteConfig withDrafts(boolean show) {
        return new SiteConfig(baseDir, contentDir, templatesDir, outputDir, baseUrl, siteUrl, strict, show, includes,
                excludes, force, allowUnsafeHtml, privacy);
    }

    /** This configuration writing to {@code dir} instead (the preview writes a folder of its own). */
    public SiteConfig withOutputDir(Path dir) {
        return new SiteConfig(baseDir, contentDir, templatesDir, dir, baseUrl, siteUrl, strict, drafts, includes,
                excludes, force, allowUnsafeHtml, privacy);
    }

    /** The conventional layout of a project: {@code content/}, {@code templates/}, {@code site-output/}. */
    public static Builder builder(Path baseDir) {
        return new Builder(baseDir);
    }

    /** Builder with the conventional defaults, so callers only state what differs. */
    public static final class Builder {
        private final Path baseDir;
        private Path contentDir;
        private Path templatesDir;
        private Path outputDir;
        private String baseUrl;
        private String siteUrl;
        private boolean strict = true;
        private boolean drafts;
        private List<String> includes = List.of();
        private List<String> excludes = List.of();
        private boolean force;
        private boolean allowUnsafeHtml;
        private Privacy privacy = Privacy.WARN;

        private Builder(Path baseDir) {
            // kept as given: the record resolves each folder once, the others against the project folder
            this.baseDir = Objects.requireNonNull(baseDir, "baseDir");
            this.contentDir = Path.of(ContentFolder.DEFAULT);
            this.templatesDir = Path.of("templates");
            this.outputDir = Path.of("site-output");
        }

        public Builder contentDir(Path dir) {
            this.contentDir = dir;
            return this;
        }

        public Builder templatesDir(Path dir) {
            this.templatesDir = dir;
            return this;
        }

        public Builder outputDir(Path dir) {
            this.outputDir = dir;
            return this;
        }

        public Builder baseUrl(String url) {
            this.baseUrl = url;
            return this;
        }

        public Builder siteUrl(String url) {
            this.siteUrl = url;
            return this;
        }

        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        public Builder drafts(boolean value) {
            this.drafts = value;
            return this;
        }

        public Builder includes(List<String> patterns) {
            this.includes = patterns;
            return this;
        }

        public Builder excludes(List<String> patterns) {
            this.excludes = patterns;
            return this;
        }

        public Builder force(boolean value) {
            this.force = value;
            return this;
        }

        public Builder allowUnsafeHtml(boolean value) {
            this.allowUnsafeHtml = value;
            return this;
        }

        public Builder privacy(Privacy value) {
            this.privacy = value;
            return this;
        }

        /** The configuration, reading a Jekyll site's notes from its root when it has no {@code content/}. */
        public SiteConfig build() {
            SiteConfig config = new SiteConfig(baseDir, contentDir, templatesDir, outputDir, baseUrl, siteUrl, strict,
                    drafts, includes, excludes, force, allowUnsafeHtml, privacy);
            Path content = ContentFolder.choose(config.baseDir(), config.contentDir());
            return content.equals(config.contentDir()) ? config : new SiteConfig(config.baseDir(), content,
                    config.templatesDir(), config.outputDir(), baseUrl, siteUrl, strict, drafts, includes, excludes,
                    force, allowUnsafeHtml, privacy);
        }
    }
}
