package io.github.studysite;

import io.github.studysite.config.SiteConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole builds of what the content folder holds besides notes, from the bad-input corpus: issue 22 #2 (a name is
 * never read as a path; nothing outside {@code content/} is read) and #4 (private files are never copied).
 */
class ContentFilesTest {

    static final Path CORPUS = Fixtures.PROJECT.resolve("src/test/resources/bad-input");

    @TempDir
    Path temp;

    private Path project;
    private Path content;
    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        project = Files.createDirectories(temp.resolve("project"));
        content = Files.createDirectories(project.resolve("content"));
        out = project.resolve("site-output");
    }

    private BuildResult build(UnaryOperator<SiteConfig.Builder> options) {
        return new SiteBuilder(options.apply(SiteConfig.builder(project)).build()).build();
    }

    /** Every problem as {@code W|E path:line:col: message}. */
    private static List<String> problems(BuildResult result) {
        return result.problems().stream().map(p -> (p.isError() ? "E " : "W ") + p).toList();
    }

    private List<String> published() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString()).sorted().toList();
        }
    }

    private String everything() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String file : published()) {
            all.append(new String(Files.readAllBytes(out.resolve(file)), StandardCharsets.ISO_8859_1)).append('\n');
        }
        return all.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    // ---- issue 22 #2 -------------------------------------------------------------------------------------------

    @Test
    void backslashNamesNeverReachOutsideTheContentFolder() throws IOException {
        // temp/outside/secret.md is what content/..\..\outside\secret.md names if backslashes were separators
        copyTree(CORPUS.resolve("outside"), temp.resolve("outside"));
        Files.writeString(content.resolve("..\\..\\outside\\secret.md"), "---\ntitle: Decoy\n---\ndecoy\n");
        Files.writeString(content.resolve("..\\..\\outside\\diagram.png"), "png");
        Files.writeString(content.resolve("..\\..\\..\\..\\..\\..\\..\\..\\etc\\passwd"), "x");
        Files.writeString(content.resolve("..\\.git\\config"), "x");
        Fixtures.write(content, ".git/config", "[remote \"origin\"]\n\turl = https://GIT-TOKEN-MARKER@github.com/x\n");
        Fixtures.write(content, "note.md", "# Note\n\nText.\n");
        for (List<String> includes : List.of(List.<String>of(), List.of("**"))) {
            BuildResult result = build(b -> b.includes(includes));
            assertThat(result.success()).as("%s", result.problems()).isTrue();
            assertThat(problems(result)).filteredOn(p -> p.contains("backslash")).containsExactlyInAnyOrder(
                    "W content/..\\..\\outside\\secret.md: skipped: the name holds a backslash, which Windows and "
                            + "browsers read as a folder separator; rename the file",
                    "W content/..\\..\\outside\\diagram.png: skipped: the name holds a backslash, which Windows "
                            + "and browsers read as a folder separator; rename the file",
                    "W content/..\\..\\..\\..\\..\\..\\..\\..\\etc\\passwd: skipped: the name holds a backslash, "
                            + "which Windows and browsers read as a folder separator; rename the file",
                    "W content/..\\.git\\config: skipped: the name holds a backslash, which Windows and browsers "
                            + "read as a folder separator; rename the file");
            assertThat(result.notes()).isEqualTo(1);
            String site = everything();
            assertThat(site).doesNotContain("PRIVATE-MARKER-outside", "decoy", "root:x:0:0", "GIT-TOKEN-MARKER");
            assertThat(published()).noneMatch(p -> p.contains("secret") || p.contains("passwd")
                    || p.contains("diagram") || p.contains(".git"));
        }
    }

    // ---- issue 22 #4 -------------------------------------------------------------------------------------------

    @Test
    void privateFilesAreNeverCopiedAndBackupsAreNamed() throws IOException {
        copyTree(CORPUS.resolve("private-files"), content);
        BuildResult result = build(b -> b);
        assertThat(result.success()).as("%s", result.problems()).isTrue();
        String backup = ": skipped: an editor or merge backup, which may hold what the note no longer shows, "
                + "private parts included; delete it or list it under exclude";
        String script = ", which would run in the site's origin and could read every page of it; link to it from "
                + "elsewhere, or remove the script";
        assertThat(problems(result)).containsExactlyInAnyOrder(
                "W content/#x.md#" + backup,
                "W content/.x.md.swp" + backup,
                "W content/x.md.bak" + backup,
                "W content/x.md.orig" + backup,
                "W content/x.md.rej" + backup,
                "W content/x.md~" + backup,
                "W content/active/evil.svg: not published: it holds an event handler (onload=…)" + script,
                "W content/active/widget.html: not published: it holds a <script> element" + script);
        // one public note; Salary.MD and other.mkd are notes (private: true honoured), not raw copies
        assertThat(result.notes()).isEqualTo(1);
        assertThat(published()).contains("notes/x/index.html", "active/clean.svg")
                .noneMatch(p -> p.contains("_drafts") || p.contains("plan") || p.contains("resume")
                        || p.contains("screenshot") || p.contains("notes.text") || p.contains("Salary")
                        || p.contains("other") || p.contains("x.md") || p.contains("evil") || p.contains("widget"));
        assertThat(everything()).doesNotContain("PRIVATE-MARKER");
        assertThat(Files.readAllBytes(out.resolve("active/clean.svg")))
                .isEqualTo(Files.readAllBytes(content.resolve("active/clean.svg")));
    }

    @Test
    void aDraftsBuildShowsPrivateNotesAsNotesStillNeverRawCopies() throws IOException {
        copyTree(CORPUS.resolve("private-files"), content);
        BuildResult result = build(b -> b.drafts(true));
        assertThat(result.success()).as("%s", result.problems()).isTrue();
        assertThat(result.notes()).isEqualTo(5); // x, Salary, other, _drafts/plan, _drafts/notes
        assertThat(published()).contains("notes/salary/index.html", "notes/other/index.html",
                "notes/plan/index.html", "notes/notes/index.html")
                .noneMatch(p -> p.endsWith(".Md") || p.endsWith(".MD") || p.endsWith(".mkd") || p.endsWith(".pdf")
                        || p.endsWith(".png") || p.endsWith(".text"));
        assertThat(everything()).doesNotContain("PRIVATE-MARKER-backup", "PRIVATE-MARKER-drafts-resume",
                "PRIVATE-MARKER-drafts-screenshot");
    }

    @Test
    void theSitesOwnFilesAreNeverReplacedByContentFiles() throws IOException {
        Fixtures.write(content, "robots.txt", "User-agent: *\nDisallow: /CONTENT-ROBOTS/\n");
        Fixtures.write(content, "sitemap.xml", "<urlset>CONTENT-SITEMAP</urlset>");
        Fixtures.write(content, "404.html", "<p>CONTENT-404</p>");
        Fixtures.write(content, "search-index.js", "CONTENT-SEARCH");
        Fixtures.write(content, "assets/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">CONTENT-ICON</svg>");
        Fixtures.write(content, "note.md", "# Note\n\nText.\n");
        BuildResult result = build(b -> b);
        assertThat(result.success()).as("%s", result.problems()).isTrue();
        assertThat(problems(result)).containsExactlyInAnyOrder(
                "W content/404.html: not published: the site writes its own 404.html, which a file of the content "
                        + "folder does not replace",
                "W content/assets/favicon.svg: not published: the site writes its own assets/favicon.svg, which a "
                        + "file of the content folder does not replace",
                "W content/robots.txt: not published: the site writes its own robots.txt, which a file of the "
                        + "content folder does not replace",
                "W content/search-index.js: not published: the site writes its own search-index.js, which a file "
                        + "of the content folder does not replace",
                "W content/sitemap.xml: not published: the site writes its own sitemap.xml, which a file of the "
                        + "content folder does not replace");
        assertThat(everything()).doesNotContain("CONTENT-");
        assertThat(Fixtures.read(out.resolve("sitemap.xml"))).contains("notes/note/");
    }
}
