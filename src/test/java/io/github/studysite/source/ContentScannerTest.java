package io.github.studysite.source;

import io.github.studysite.Fixtures;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.problem.Problem;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentScannerTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    private ContentScanner.Scan scan(List<String> excludes) throws IOException {
        return new ContentScanner(SiteConfig.DEFAULT_INCLUDES, excludes, this::relative, problems).scan(dir);
    }

    private ContentScanner.Scan scan(List<String> includes, List<String> excludes, List<String> forced)
            throws IOException {
        return new ContentScanner(includes, excludes, forced, this::relative, problems, List.of()).scan(dir);
    }

    private String relative(Path file) {
        return dir.relativize(file).toString();
    }

    private static List<String> paths(List<ContentScanner.Entry> entries) {
        return entries.stream().map(ContentScanner.Entry::contentPath).toList();
    }

    /** Every problem as {@code W|E path: message}. */
    private List<String> reported() {
        return problems.sorted().stream().map(p -> (p.isError() ? "E " : "W ") + p.path() + ": " + p.message())
                .toList();
    }

    @Test
    void sortsNotesDataAndAssets() throws IOException {
        Fixtures.write(dir, "b.md", "b");
        Fixtures.write(dir, "a.txt", "a");
        Fixtures.write(dir, "sub/c.markdown", "c");
        Fixtures.write(dir, "_data/principles.yml", "principles: []");
        Fixtures.write(dir, "_config.yml", "title: x");
        Fixtures.write(dir, "images/p.png", "png");
        Fixtures.write(dir, ".hidden.md", "h");
        Fixtures.write(dir, "_layouts/x.md", "x");
        Fixtures.write(dir, "_drafts/d.md", "d");
        ContentScanner.Scan scan = scan(List.of());
        assertThat(scan.notes()).extracting(ContentScanner.Entry::contentPath)
                .containsExactly("_drafts/d.md", "a.txt", "b.md", "sub/c.markdown");
        assertThat(scan.notes().get(0).inDrafts()).isTrue();
        assertThat(scan.dataFiles()).extracting(ContentScanner.Entry::contentPath).containsExactly("_data/principles.yml");
        assertThat(scan.assets()).extracting(ContentScanner.Entry::contentPath).containsExactly("images/p.png");
    }

    @Test
    void excludesApply() throws IOException {
        Fixtures.write(dir, "keep.md", "k");
        Fixtures.write(dir, "private/secret.md", "s");
        assertThat(scan(List.of("private/**")).notes()).extracting(ContentScanner.Entry::contentPath)
                .containsExactly("keep.md");
    }

    @Test
    void symbolicLinksAreNotFollowed() throws IOException {
        Path outside = Files.createTempFile("outside", ".md");
        Files.writeString(outside, "secret");
        Files.createSymbolicLink(dir.resolve("link.md"), outside);
        Fixtures.write(dir, "real.md", "r");
        assertThat(scan(List.of()).notes()).extracting(ContentScanner.Entry::contentPath).containsExactly("real.md");
        assertThat(problems.sorted()).anySatisfy(p -> assertThat(p.message()).contains("symbolic link"));
    }

    // ---- issue 22 #2: names are names, never paths ------------------------------------------------------------

    @Test
    void aNameWithBackslashesIsRefusedAndNothingOutsideIsRead() throws IOException {
        Path outside = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-outside"));
        Files.writeString(outside.resolve("secret.md"), "OUTSIDE");
        String climb = "..\\" + outside.getFileName() + "\\secret.md";
        Fixtures.write(dir, climb, "inside, but named like a path");
        Fixtures.write(dir, "..\\..\\..\\..\\tmp\\x.png", "png");
        Fixtures.write(dir, "a\\b/c.md", "in a folder named with a backslash");
        Fixtures.write(dir, "ok.md", "ok");
        ContentScanner.Scan scan = scan(List.of("**"), List.of(), List.of());
        assertThat(paths(scan.notes())).containsExactly("ok.md");
        assertThat(scan.assets()).isEmpty();
        assertThat(reported()).containsExactlyInAnyOrder(
                "W " + climb + ": skipped: the name holds a backslash, which Windows and browsers read as a folder "
                        + "separator; rename the file",
                "W ..\\..\\..\\..\\tmp\\x.png: skipped: the name holds a backslash, which Windows and browsers read "
                        + "as a folder separator; rename the file",
                "W a\\b: folder skipped: the name holds a backslash, which Windows and browsers read as a folder "
                        + "separator; rename it");
    }

    @Test
    void everythingIncludedStillNeverReadsGitOrLinksOut() throws IOException {
        Fixtures.write(dir, ".git/config", "[remote] url = https://token@github.com/x");
        Fixtures.write(dir, "sub/.git/HEAD", "ref");
        Files.createSymbolicLink(dir.resolve("passwd"), Path.of("/etc/passwd"));
        Fixtures.write(dir, "a.md", "a");
        ContentScanner.Scan scan = scan(List.of("**"), List.of(), List.of(".git", ".git/**", "**"));
        assertThat(paths(scan.notes())).containsExactly("a.md");
        assertThat(scan.assets()).isEmpty();
        assertThat(reported()).containsExactly("W passwd: symbolic link not followed: links could publish files "
                + "from outside the content folder");
    }

    @Test
    void theBuildsOwnFoldersAreLeftOut() throws IOException {
        Fixtures.write(dir, "target/classes/leak.md", "x");
        Fixtures.write(dir, "site-output/index.html", "x");
        Fixtures.write(dir, "keep/index.md", "x");
        ContentScanner.Scan scan = new ContentScanner(SiteConfig.DEFAULT_INCLUDES, List.of(), List.of(),
                Path::toString, problems, List.of(dir.resolve("target").toRealPath(),
                dir.resolve("site-output").toRealPath())).scan(dir);
        assertThat(paths(scan.notes())).containsExactly("keep/index.md");
        assertThat(scan.assets()).isEmpty();
    }

    // ---- issue 22 #4: private files are not copied ------------------------------------------------------------

    @Test
    void nothingUnderUnderscoreFoldersIsAnAsset() throws IOException {
        Fixtures.write(dir, "_drafts/plan.Md", "p");
        Fixtures.write(dir, "_drafts/resume.pdf", "pdf");
        Fixtures.write(dir, "_drafts/screenshot.png", "png");
        Fixtures.write(dir, "_drafts/notes.text", "t");
        Fixtures.write(dir, "_private/key.pdf", "pdf");
        Fixtures.write(dir, "_private/secret.md", "s");
        Fixtures.write(dir, "sub/_private/other.pdf", "pdf");
        Fixtures.write(dir, "sub/_data/x.yml", "a: 1");
        Fixtures.write(dir, "_data/nested/more.yaml", "a: 1");
        Fixtures.write(dir, "_data/photo.png", "png");
        Fixtures.write(dir, "_layouts/default.html", "<html>");
        ContentScanner.Scan scan = scan(List.of());
        assertThat(paths(scan.notes())).containsExactly("_drafts/notes.text", "_drafts/plan.Md");
        assertThat(scan.notes()).allSatisfy(e -> assertThat(e.inDrafts()).isTrue());
        Fixtures.write(dir, "_data/_hidden/x.yml", "a: 1");
        assertThat(paths(scan(List.of()).dataFiles())).containsExactly("_data/nested/more.yaml");
        assertThat(paths(scan.dataFiles())).containsExactly("_data/nested/more.yaml");
        assertThat(scan.assets()).isEmpty();
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void noteExtensionsMatchInAnyCaseAndNoteLikeFilesAreNeverCopied() throws IOException {
        Fixtures.write(dir, "Salary.MD", "s");
        Fixtures.write(dir, "other.mkd", "o");
        Fixtures.write(dir, "a.Markdown", "a");
        Fixtures.write(dir, "b.mdown", "b");
        Fixtures.write(dir, "c.TXT", "c");
        Fixtures.write(dir, "image.PNG", "png");
        assertThat(paths(scan(List.of()).notes()))
                .containsExactly("Salary.MD", "a.Markdown", "b.mdown", "c.TXT", "other.mkd");
        problems.sorted().forEach(p -> {
            throw new AssertionError(p.toString());
        });
        ContentScanner.Scan onlyMd = scan(List.of("**/*.md"), List.of(), List.of());
        assertThat(paths(onlyMd.notes())).containsExactly("Salary.MD");
        assertThat(paths(onlyMd.assets())).containsExactly("image.PNG");
        assertThat(reported()).hasSize(4).allSatisfy(p -> assertThat(p).contains(
                "skipped: a note file that the includes globs leave out"));
    }

    @Test
    void editorAndMergeBackupsAreSkippedWithOneWarningEach() throws IOException {
        List<String> backups = List.of("x.md~", "x.md.bak", "#x.md#", "x.md.orig", ".x.md.swp", "x.md.rej",
                ".#x.md", "x_BACKUP_4242.md", "x_REMOTE_4242.md", "photo.png.bak", "~$report.docx");
        for (String b : backups) {
            Fixtures.write(dir, "notes/" + b, "old copy");
        }
        Fixtures.write(dir, "notes/x.md", "x");
        ContentScanner.Scan scan = scan(List.of());
        assertThat(paths(scan.notes())).containsExactly("notes/x.md");
        assertThat(scan.assets()).isEmpty();
        assertThat(problems.sorted()).extracting(Problem::path)
                .containsExactlyInAnyOrderElementsOf(backups.stream().map(b -> "notes/" + b).toList());
        assertThat(problems.sorted()).allSatisfy(p -> assertThat(p.message())
                .startsWith("skipped: an editor or merge backup"));
    }

    @Test
    void documentsThatCarryScriptAreNotPublished() throws IOException {
        Fixtures.write(dir, "img/clean.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" "
                + "height=\"1\" fill=\"#369\"/><a href=\"https://example.com/\"><text>x</text></a></svg>");
        Fixtures.write(dir, "img/onload.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        Fixtures.write(dir, "img/script.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><svg:script "
                + "xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script></svg>");
        Fixtures.write(dir, "img/link.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"java&#x09;script:alert(1)\">"
                + "<text>x</text></a></svg>");
        Fixtures.write(dir, "img/animate.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a><animate "
                + "attributeName=\"href\" values=\"https://a/;javascript:alert(1)\"/><text>x</text></a></svg>");
        Fixtures.write(dir, "img/packed.svgz", "\u001f\u008b");
        Fixtures.write(dir, "img/picture.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image "
                + "href=\"data:image/png;base64,iVBORw0KGgo=\"/></svg>");
        Fixtures.write(dir, "img/use.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><use "
                + "href=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=#x\"/></svg>");
        Fixtures.write(dir, "embed/plain.html", "<!doctype html><title>t</title><p>Text.</p>");
        Fixtures.write(dir, "embed/script.HTML", "<!doctype html><title>t</title><script>alert(1)</script>");
        Fixtures.write(dir, "embed/frame.htm", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">");
        Fixtures.write(dir, "embed/refresh.html", "<meta http-equiv=\"Refresh\" content=\"0;url=javascript:x\">");
        Fixtures.write(dir, "data/styled.xml", "<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?><r/>");
        Fixtures.write(dir, "data/xhtml.xml", "<r><h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">x</h:script></r>");
        Fixtures.write(dir, "data/plain.xml", "<r><item>1</item></r>");
        Files.write(dir.resolve("img/utf16.svg"), "<svg onload=\"x\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_16));
        ContentScanner.Scan scan = scan(List.of());
        assertThat(paths(scan.assets())).containsExactly("data/plain.xml", "embed/plain.html", "img/clean.svg",
                "img/picture.svg");
        assertThat(problems.sorted()).extracting(Problem::path).containsExactlyInAnyOrder(
                "img/onload.svg", "img/script.svg", "img/link.svg", "img/animate.svg", "img/packed.svgz", "img/use.svg",
                "img/utf16.svg", "embed/script.HTML", "embed/frame.htm", "embed/refresh.html", "data/styled.xml",
                "data/xhtml.xml");
        assertThat(problems.sorted()).allSatisfy(p -> assertThat(p.message()).startsWith("not published: ")
                .contains("which would run in the site's origin"));
    }

    // ---- issue 16: the site structure Jekyll users have -------------------------------------------------------

    @Test
    void excludeAndIncludeMatchAsJekyllMatchesThem() throws IOException {
        Fixtures.write(dir, "old-notes/stale.md", "x");
        Fixtures.write(dir, "vendor/readme.md", "x");
        Fixtures.write(dir, "vendors.md", "Jekyll's prefix rule leaves this out too");
        Fixtures.write(dir, "node_modules/p/README.md", "x");
        Fixtures.write(dir, "lib/vendor/bundle/x.md", "not at the top: kept");
        Fixtures.write(dir, "Gemfile", "gem");
        Fixtures.write(dir, "Gemfile.lock", "lock");
        Fixtures.write(dir, "gemfiles/a.gemfile", "gem");
        Fixtures.write(dir, "drafts/a.md", "x");
        Fixtures.write(dir, "drafts/b.md", "x");
        Fixtures.write(dir, "notes/keep.md", "x");
        Fixtures.write(dir, "notes/skip.tmp.md", "x");
        Fixtures.write(dir, ".well-known/security.txt", "Contact: x");
        Fixtures.write(dir, ".htaccess", "Options -Indexes");
        Fixtures.write(dir, "_pages/about.md", "x");
        Fixtures.write(dir, "_layouts/page.html", "x");
        Fixtures.write(dir, ".hidden/x.png", "x");
        ContentScanner.Scan scan = scan(SiteConfig.DEFAULT_INCLUDES,
                List.of("old-notes/", "vendor", "drafts/b.md", "*.tmp.md"), List.of(".well-known", "_pages",
                        "_layouts", "drafts/b.md"));
        assertThat(paths(scan.notes())).containsExactly("_pages/about.md", "drafts/a.md", "drafts/b.md",
                "lib/vendor/bundle/x.md", "notes/keep.md");
        assertThat(paths(scan.assets())).containsExactly(".well-known/security.txt");
        assertThat(paths(scan(List.of()).assets())).contains(".htaccess");
    }

    @Test
    void postsAreNamedByDateAndOtherFilesThereAreCountedOnce() throws IOException {
        Fixtures.write(dir, "_posts/2020-01-05-first-post.md", "x");
        Fixtures.write(dir, "_posts/2021/2021-3-4-nested.markdown", "x");
        Fixtures.write(dir, "java/_posts/2022-06-07-category-post.md", "x");
        Fixtures.write(dir, "_posts/draft-idea.md", "x");
        Fixtures.write(dir, "_posts/Private_plan.md", "x");
        Fixtures.write(dir, "_posts/notes.txt", "x");
        Fixtures.write(dir, "_posts/2020-01-05-diagram.png", "x");
        Fixtures.write(dir, "_posts/2024-02-30-no-such-day.md", "x");
        Fixtures.write(dir, "_posts/_old/2019-01-01-hidden.md", "x");
        Fixtures.write(dir, "_drafts/_attic/x.md", "x");
        ContentScanner.Scan scan = scan(List.of());
        assertThat(paths(scan.notes())).containsExactly("_posts/2020-01-05-first-post.md",
                "_posts/2021/2021-3-4-nested.markdown", "java/_posts/2022-06-07-category-post.md");
        assertThat(scan.assets()).isEmpty();
        assertThat(reported()).containsExactly(
                "W _posts/2020-01-05-diagram.png: 4 files under _posts/ are not published, this one among them: "
                        + "only posts named YYYY-MM-DD-title, with a note's extension, are",
                "E _posts/2024-02-30-no-such-day.md: the date in the file name is not a day of the calendar; name "
                        + "the post YYYY-MM-DD-title with a real date");
        assertThat(PostName.of("java/_posts/2022-06-07-category-post.md")).contains(
                new PostName(LocalDate.of(2022, 6, 7), "category-post", List.of("java")));
        assertThat(PostName.of("_posts/2021/2021-3-4-nested.markdown")).contains(
                new PostName(LocalDate.of(2021, 3, 4), "nested", List.of()));
        assertThat(PostName.of("posts/2021-03-04-x.md")).isEmpty();
    }

    @Test
    void templatesWithFrontMatterAreSkippedWithAWarningEach() throws IOException {
        Fixtures.write(dir, "feed.xml", "---\nlayout: null\n---\n<feed/>");
        Fixtures.write(dir, "category/java.html", "---   \r\ntitle: Java\n---\n{{ x }}");
        Fixtures.write(dir, "assets/css/style.scss", "\uFEFF---\n---\n@import 'main';");
        Fixtures.write(dir, "data.json", "---\n---\n[]");
        Fixtures.write(dir, "plain.json", "[]");
        Fixtures.write(dir, "rule.html", "----\n<p>a rule, not front matter</p>");
        ContentScanner.Scan scan = scan(List.of());
        assertThat(paths(scan.assets())).containsExactly("plain.json", "rule.html");
        assertThat(problems.sorted()).extracting(Problem::path)
                .containsExactly("assets/css/style.scss", "category/java.html", "data.json", "feed.xml");
        assertThat(problems.sorted()).allSatisfy(p -> assertThat(p.message())
                .startsWith("skipped: it starts with front matter, so Jekyll would render it as a Liquid template"));
    }
}
