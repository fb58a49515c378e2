package io.github.studysite;

import io.github.studysite.config.SiteConfig;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole Jekyll repository as its content folder ({@code src/test/resources/formats/jekyll-structure/}, with
 * Maven's {@code target/} added here since git ignores it): what studysite publishes from it, checked against what
 * Jekyll 4.3.1 (Debian's {@code jekyll}) published from the same files with {@code jekyll build}, file by file,
 * and each deliberate difference named with its reason. Where both publish a source file they may publish it in
 * another shape: Jekyll copies {@code README.md} (no front matter) raw and puts posts at {@code /2020/01/05/x.html};
 * here README is a note and addresses are the permalink step's business, so notes are found by their page's title.
 */
class JekyllStructureTest {

    static final Path FIXTURE = Fixtures.PROJECT.resolve("src/test/resources/formats/jekyll-structure");

    /** The source files whose output {@code jekyll build} wrote (measured once by hand, Jekyll 4.3.1). */
    static final Set<String> JEKYLL_4_3 = Set.of(".well-known/security.txt", "404.html", "README.md",
            "_posts/2020-01-05-first-post.md", "_posts/2021/2021-03-04-nested.md", "about.md",
            "assets/css/style.scss", "category/java.html", "data.json", "embed/plain.html", "embed/widget.html",
            "feed.xml", "images/diagram.png", "images/evil.svg", "images/logo.svg", "index.md",
            "java/_posts/2022-06-07-category-post.md", "notes/Salary.MD", "notes/other.mkd", "notes/plain.markdown",
            "notes/x.md", "notes/x.md.bak", "notes/x.md.orig", "notes/x.md.rej", "robots.txt", "sitemap.xml",
            "target/classes/leak.md");

    /** What Jekyll publishes and studysite, on purpose, does not; each is a warning of the build but the last two. */
    static final Map<String, String> NOT_LIKE_JEKYLL = Map.ofEntries(
            Map.entry("404.html", "a template with front matter"),
            Map.entry("assets/css/style.scss", "a template with front matter"),
            Map.entry("category/java.html", "a template with front matter"),
            Map.entry("data.json", "a template with front matter"),
            Map.entry("feed.xml", "a template with front matter"),
            Map.entry("sitemap.xml", "a template with front matter"),
            Map.entry("embed/widget.html", "it carries script"),
            Map.entry("images/evil.svg", "it carries script"),
            Map.entry("notes/x.md.bak", "a backup"),
            Map.entry("notes/x.md.orig", "a backup"),
            Map.entry("notes/x.md.rej", "a backup"),
            Map.entry("robots.txt", "the site writes its own"),
            Map.entry("notes/Salary.MD", "private: true (Jekyll knows no such key), no warning"),
            Map.entry("target/classes/leak.md", "a build folder of the repository, no warning"));

    /** The notes studysite publishes, by the title their page shows. */
    static final Map<String, String> NOTES = Map.of("Fixture", "README.md", "About", "about.md", "Home", "index.md",
            "Other", "notes/other.mkd", "Plain", "notes/plain.markdown", "X", "notes/x.md",
            "First post", "_posts/2020-01-05-first-post.md", "Nested post", "_posts/2021/2021-03-04-nested.md",
            "Category post", "java/_posts/2022-06-07-category-post.md");

    static final List<String> ASSETS = List.of(".well-known/security.txt", "embed/plain.html", "images/diagram.png",
            "images/logo.svg");

    @TempDir
    Path project;

    @Test
    void publishesWhatJekyllPublishesButTemplatesScriptsBackupsAndPrivateNotes() throws IOException {
        copyTree(FIXTURE, project);
        Fixtures.write(project, "target/classes/leak.md", "NOT-FOR-PUBLICATION-target\n");
        Path out = project.resolve("site-output");
        // no content/ and a _config.yml at the root: the project folder itself is the content (ContentFolder)
        SiteConfig config = SiteConfig.builder(project).build();
        assertThat(config.contentDir()).isEqualTo(config.baseDir());

        for (int build = 1; build <= 2; build++) { // the second reads the first one's output folder too
            BuildResult result = new SiteBuilder(config).build();
            assertThat(result.success()).as("%s", result.problems()).isTrue();
            List<String> warned = result.problems().stream().map(p -> p.path()).toList();
            Set<String> expectedWarnings = new TreeSet<>();
            NOT_LIKE_JEKYLL.forEach((file, why) -> {
                if (!why.endsWith("no warning")) {
                    expectedWarnings.add(file);
                }
            });
            expectedWarnings.addAll(List.of("notes/x.md~", "notes/#x.md#", "notes/.x.md.swp", "_posts/Private_plan.md"));
            assertThat(new TreeSet<>(warned)).as("%s", result.problems()).isEqualTo(expectedWarnings);
            assertThat(warned).hasSameSizeAs(expectedWarnings);
            assertThat(result.problems()).filteredOn(p -> p.path().endsWith("_posts/Private_plan.md"))
                    .singleElement().satisfies(p -> assertThat(p.message()).startsWith("3 files under _posts/ are "
                            + "not published"));

            Map<String, String> published = new TreeMap<>();
            try (Stream<Path> files = Files.walk(out)) {
                for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    String title = Jsoup.parse(Fixtures.read(page)).select("h1#note-title").text();
                    if (!title.isEmpty() && !out.relativize(page).startsWith("en")) {
                        published.put(title, NOTES.getOrDefault(title, "unexpected note page " + page));
                    }
                }
            }
            assertThat(published).isEqualTo(new TreeMap<>(NOTES));
            for (String asset : ASSETS) {
                assertThat(Files.readAllBytes(out.resolve(asset))).isEqualTo(Files.readAllBytes(project.resolve(asset)));
            }
            Set<String> studysite = new TreeSet<>(NOTES.values());
            studysite.addAll(ASSETS);
            Set<String> jekyllLess = new TreeSet<>(JEKYLL_4_3);
            jekyllLess.removeAll(NOT_LIKE_JEKYLL.keySet());
            assertThat(studysite).isEqualTo(jekyllLess);

            String site = everything(out);
            assertThat(site).doesNotContain("NOT-FOR-PUBLICATION", "{% for", "{{ site.", "Disallow: /secret/");
            assertThat(Files.exists(out.resolve("site-output"))).isFalse();
        }
    }

    private static String everything(Path out) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return all.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
        }
    }
}
