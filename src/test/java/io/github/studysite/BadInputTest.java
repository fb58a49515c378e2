package io.github.studysite;

import io.github.studysite.config.Privacy;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.problem.Problem;
import io.github.studysite.publish.SiteWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/}): each case is built as a project of its own, and the
 * test asserts exactly what is reported ({@code W}arning or {@code E}rror, {@code path:line:col: message}), what is
 * skipped or refused, and what is — or is not — written.
 */
class BadInputTest {

    static final Path CORPUS = Fixtures.PROJECT.resolve("src/test/resources/bad-input");

    @TempDir
    Path project;

    private Path out;

    @BeforeEach
    void setUp() {
        out = project.resolve("site-output");
    }

    /** Copies corpus files into {@code content/} (same relative paths). */
    private void add(String... files) throws IOException {
        for (String file : files) {
            Path target = project.resolve("content").resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(CORPUS.resolve(file), target);
        }
    }

    private BuildResult build(String... files) throws IOException {
        return build(b -> b, files);
    }

    private BuildResult build(UnaryOperator<SiteConfig.Builder> options, String... files) throws IOException {
        add(files);
        return new SiteBuilder(options.apply(SiteConfig.builder(project)).build()).build();
    }

    /** Every problem as {@code W|E path:line:col: message}. */
    private static List<String> problems(BuildResult result) {
        return result.problems().stream().map(p -> (p.isError() ? "E " : "W ") + p).toList();
    }

    private Document page(String path) {
        return Jsoup.parse(Fixtures.read(out.resolve(path)));
    }

    /** Every file of the site, relative, with forward slashes. */
    private List<String> published() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** The text of every file of the site, for checks that something appears nowhere. */
    private String everything() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String file : published()) {
            all.append(new String(Files.readAllBytes(out.resolve(file)), StandardCharsets.UTF_8)).append('\n');
        }
        return all.toString();
    }

    // ---- encodings and files that are not notes ------------------------------------------------------------------

    @Test
    void utf8WithBomAndCrlfReadsCleanlyWithTheFilesLineNumbers() throws IOException {
        BuildResult result = build("utf8-bom-crlf.md");
        assertThat(result.success()).isTrue();
        assertThat(problems(result)).containsExactly("W content/utf8-bom-crlf.md:6:13: link target not found: nowhere.md");
        Document page = page("notes/utf8-bom-crlf/index.html");
        assertThat(page.select("h1#note-title").text()).isEqualTo("BOM and CRLF");
        assertThat(Fixtures.read(out.resolve("notes/utf8-bom-crlf/index.html"))).doesNotContain("\r", "\uFEFF");
    }

    @Test
    void koreanCp949IsDecodedWithAWarning() throws IOException {
        BuildResult result = build("cp949.txt");
        assertThat(problems(result)).containsExactly("W content/cp949.txt: not UTF-8; read as Korean CP949/EUC-KR. "
                + "Save the file as UTF-8 to silence this warning");
        assertThat(page("notes/cp949/index.html").select("h1#note-title").text()).isEqualTo("자기소개");
        assertThat(page("notes/cp949/index.html").select(".note-body").text()).contains("안녕하십니까");
    }

    @Test
    void bytesThatOnlyPartlyReadAsKoreanAreAnErrorNamingTheFix() throws IOException {
        BuildResult result = build("latin1.md");
        assertThat(result.success()).isFalse();
        assertThat(problems(result)).containsExactly("E content/latin1.md:1:3: cannot tell the encoding: the file is not "
                + "UTF-8, and only partly reads as Korean CP949/EUC-KR; open it in an editor that shows the right text "
                + "and save it as UTF-8");
        assertThat(out).doesNotExist();
    }

    @Test
    void undecodableBytesAreAnErrorNamingTheFix() throws IOException {
        assertThat(problems(build("undecodable.md"))).containsExactly("E content/undecodable.md:2:1: cannot decode the "
                + "file: it is neither UTF-8 nor Korean CP949/EUC-KR; save it as UTF-8");
    }

    @Test
    void utf16IsReadWithOrWithoutByteOrderMark() throws IOException {
        BuildResult result = build("utf16le-bom.md", "utf16le-no-bom.md");
        assertThat(problems(result)).containsExactly(
                "W content/utf16le-bom.md: read as UTF-16LE (byte order mark); UTF-8 is recommended",
                "W content/utf16le-no-bom.md: read as UTF-16LE (no byte order mark); save the file as UTF-8 to "
                        + "silence this warning");
        assertThat(page("notes/utf16le-bom/index.html").select("h1#note-title").text()).isEqualTo("UTF-16 노트");
        assertThat(page("notes/utf16le-no-bom/index.html").select("h1#note-title").text())
                .isEqualTo("UTF-16 without BOM");
    }

    @Test
    void binaryEmptyAndBlankFilesAreSkippedWithAWarning() throws IOException {
        Fixtures.write(project, "content/good.md", "# Good\n");
        BuildResult result = build("binary.md", "empty.md", "blank.md");
        assertThat(result.success()).isTrue();
        assertThat(result.notes()).isEqualTo(1);
        assertThat(problems(result)).containsExactly(
                "W content/binary.md: skipped: binary file (contains NUL bytes), not a text note",
                "W content/blank.md: skipped: the file holds only blank lines",
                "W content/empty.md: skipped: empty file");
        assertThat(published()).filteredOn(f -> f.startsWith("notes/")).containsExactly("notes/good/index.html",
                "notes/index.html");
    }

    // ---- front matter ----------------------------------------------------------------------------------------------

    @Test
    void frontMatterNeverClosedIsAnErrorAtLineOne() throws IOException {
        assertThat(problems(build("unclosed-front-matter.md"))).containsExactly("E content/unclosed-front-matter.md:1:1: "
                + "front matter is never closed: add a line with --- after the YAML block (or remove the first line if "
                + "it is not front matter)");
    }

    @Test
    void malformedYamlIsReportedAtSnakeyamlsMarkInTheFile() throws IOException {
        assertThat(problems(build("malformed-yaml.md"))).containsExactly("E content/malformed-yaml.md:4:5: invalid "
                + "YAML: expected ',' or ']', but got : (while parsing a flow sequence)");
    }

    @Test
    void javaTypeTagsAreRefused() throws IOException {
        assertThat(problems(build("yaml-java-tag.md"))).containsExactly("E content/yaml-java-tag.md:3:10: invalid YAML: "
                + "tag !!javax.script.ScriptEngineManager refused: front matter holds plain values, lists and maps only");
    }

    @Test
    void unknownLocalTagsAreRefused() throws IOException {
        assertThat(problems(build("yaml-custom-tag.md"))).containsExactly("E content/yaml-custom-tag.md:2:8: invalid "
                + "YAML: tag !secret refused: front matter holds plain values, lists and maps only");
    }

    @Test
    void anAliasBombIsRefusedBeforeItExpands() throws IOException {
        assertThat(problems(build("yaml-alias-bomb.md"))).containsExactly("E content/yaml-alias-bomb.md:8:11: invalid "
                + "YAML: aliases (*name) expand this document past 1000000 values: refused, a document built from aliases "
                + "can grow without bound");
    }

    @Test
    void aBombWithinTheAliasCountIsRefusedByItsExpandedSize() throws IOException {
        // 48 aliases, each doubling the last: 2^25 values once expanded
        assertThat(problems(build("yaml-alias-expansion.md"))).containsExactly("E content/yaml-alias-expansion.md:19:22: "
                + "invalid YAML: aliases (*name) expand this document past 1000000 values: refused, a document built "
                + "from aliases can grow without bound");
    }

    @Test
    void aRecursiveAnchorInFrontMatterIsRefusedAtTheAlias() throws IOException {
        assertThat(problems(build("yaml-recursive-anchor.md"))).containsExactly("E content/yaml-recursive-anchor.md:3:21: "
                + "invalid YAML: alias *l is inside the value &l names, which would make it contain itself without end: "
                + "recursive structures are refused");
    }

    @Test
    void aRecursiveAnchorInTheSiteSettingsIsRefusedAtTheAlias() throws IOException {
        Fixtures.write(project, "content/_config.yml", "languages: &l [ko, [*l]]");
        Fixtures.write(project, "content/a.md", "# A\n");
        BuildResult result = build();
        assertThat(result.success()).isFalse();
        assertThat(problems(result)).containsExactly("E content/_config.yml:1:21: invalid YAML: alias *l is inside the "
                + "value &l names, which would make it contain itself without end: recursive structures are refused");
    }

    @Test
    void aHugeFrontMatterIsRefused() throws IOException {
        Fixtures.write(project, "content/huge.md", "---\ntitle: x\nfiller: \"" + "x".repeat(4 * 1024 * 1024)
                + "\"\n---\n# Huge\n");
        BuildResult result = build();
        assertThat(problems(result)).singleElement().asString().startsWith("E content/huge.md:2")
                .endsWith("invalid YAML: document too large (more than 3145728 characters); front matter and data "
                        + "files are meant to be small");
    }

    @Test
    void frontMatterMustBeAMapping() throws IOException {
        assertThat(problems(build("yaml-list.md"))).containsExactly(
                "E content/yaml-list.md:2:1: YAML must be a mapping of keys to values (key: value), found a list");
    }

    @Test
    void aKeyWrittenTwiceKeepsTheLastValueAsJekyllDoes() throws IOException {
        BuildResult result = build("yaml-duplicate-key.md");
        assertThat(result.success()).isTrue();
        assertThat(problems(result)).containsExactly("W content/yaml-duplicate-key.md:3:1: key 'title' is written twice "
                + "(first at line 2); the last value is used, as Jekyll does: remove one of them");
        assertThat(page("notes/yaml-duplicate-key/index.html").select("h1#note-title").text()).isEqualTo("two");
    }

    @Test
    void tabIndentedFrontMatterIsReadWithAWarning() throws IOException {
        BuildResult result = build("yaml-tab-indent.md");
        assertThat(problems(result)).containsExactly("W content/yaml-tab-indent.md:4:1: tab used for indentation; read "
                + "as 2 spaces per tab (YAML indents with spaces only): replace the tabs with spaces");
        assertThat(page("notes/yaml-tab-indent/index.html").select(".note-header .tag").eachText())
                .containsExactly("aws", "k8s");
    }

    @Test
    void anImpossibleDateIsAnErrorAtItsLineNotTheNextMonth() throws IOException {
        BuildResult result = build(b -> b.strict(false), "date-invalid.md", "date-not-a-date.md");
        assertThat(problems(result)).containsExactly(
                "E content/date-invalid.md:3:1: date '2024-02-30' is not a real date (Invalid date 'FEBRUARY 30'): "
                        + "write it as YYYY-MM-DD; the note is dated as if it had no date",
                "E content/date-not-a-date.md:3:1: date 'last spring' is not a date: write it as YYYY-MM-DD; the note "
                        + "is dated as if it had no date");
        assertThat(page("notes/date-invalid/index.html").select("time")).isEmpty();
        assertThat(everything()).doesNotContain("2024-03-01");
    }

    @Test
    void hugoTomlFrontMatterIsReadLikeYaml() throws IOException {
        BuildResult result = build("toml-front-matter.md", "toml-draft.md");
        assertThat(result.success()).isTrue();
        assertThat(problems(result)).isEmpty();
        assertThat(result.notes()).isEqualTo(1);
        Document page = page("notes/toml-front-matter/index.html");
        assertThat(page.select("h1#note-title").text()).isEqualTo("Hugo TOML 노트");
        assertThat(page.select(".note-header time").attr("datetime")).isEqualTo("2024-03-05");
        assertThat(page.select(".note-header .tag").eachText()).containsExactly("interview", "aws", "system design");
        assertThat(page.select(".note-body").text()).contains("TOML 본문입니다.").doesNotContain("+++", "aliases");
        assertThat(everything()).doesNotContain("toml-draft-secret");
    }

    @Test
    void hugoJsonFrontMatterIsReadLikeYaml() throws IOException {
        BuildResult result = build("json-front-matter.md", "json-draft.md");
        assertThat(result.success()).isTrue();
        assertThat(problems(result)).containsExactly("W content/json-front-matter.md:5:3: key \"title\" is written "
                + "twice (first at line 2); the last value is used, as Hugo does: remove one of them");
        Document page = page("notes/json-front-matter/index.html");
        assertThat(page.select("h1#note-title").text()).isEqualTo("JSON 노트 (고침)");
        assertThat(page.select(".note-header time").attr("datetime")).isEqualTo("2024-04-01");
        assertThat(page.select(".note-header .tag").eachText()).containsExactly("json", "hugo");
        assertThat(page.select(".note-body").text()).isEqualTo("본문 JSON 본문입니다.");
        assertThat(everything()).doesNotContain("json-draft-secret");
    }

    @Test
    void brokenTomlAndJsonAreErrorsAtTheirLineAndColumn() throws IOException {
        assertThat(problems(build(b -> b.strict(false), "toml-broken.md", "json-broken.md"))).containsExactly(
                "E content/json-broken.md:3:3: invalid JSON: Unexpected character ('\"' (code 34)): was expecting "
                        + "comma to separate Object entries",
                "E content/toml-broken.md:3:13: invalid TOML: Unexpected \", expected ], a comma, or a newline");
    }

    @Test
    void frontMatterThatDoesNotStartTheFileIsStillReadAndItsPrivateNoteHidden() throws IOException {
        Fixtures.write(project, "content/public.md", "# Public\n");
        BuildResult result = build("front-matter-after-blank-line.md", "front-matter-double-bom.md",
                "front-matter-trailing-spaces.md", "front-matter-nbsp.md");
        String jekyll = "; read as front matter, though Jekyll and Hugo would publish it as text: start the file with "
                + "a line --- and nothing else";
        assertThat(problems(result)).containsExactly(
                "W content/front-matter-after-blank-line.md:2:1: front matter starts on line 2, after blank lines"
                        + jekyll,
                "W content/front-matter-double-bom.md:1:1: front matter starts after an invisible character (U+FEFF)"
                        + jekyll,
                "W content/front-matter-nbsp.md:1:1: front matter opens with a line that has more than the marker on "
                        + "it" + jekyll);
        assertThat(result.notes()).isEqualTo(1);
        assertThat(everything()).doesNotContain("blank-line-secret", "double-bom-secret", "trailing-space-secret",
                "nbsp-secret", "희망 연봉");
    }

    @Test
    void aRuleAfterABlankFirstLineIsNotTakenForFrontMatter() throws IOException {
        BuildResult result = build("front-matter-hr-after-blank-line.md");
        assertThat(problems(result)).isEmpty();
        Document page = page("notes/front-matter-hr-after-blank-line/index.html");
        assertThat(page.select(".note-body hr")).hasSize(2);
        assertThat(page.select(".note-body").text()).contains("A rule, a heading and text.", "More text.");
    }

    @Test
    void everyTrueLookingVisibilityHidesTheNoteWithAWarningAtItsLine() throws IOException {
        Fixtures.write(project, "content/public.md", "# Public\n");
        BuildResult result = build("visibility-private-1.md", "visibility-private-capital.md", "visibility-draft-y.md",
                "visibility-published-0.md", "visibility-published-no.md", "visibility-draft-quoted.md",
                "visibility-private-upper-yes.md", "visibility-private-unknown.md");
        String hiddenPrivate = " (the note is private and left out of the site): write private: true";
        String hiddenDraft = " (the note is a draft and left out of the site): write ";
        assertThat(problems(result)).containsExactly(
                "W content/visibility-draft-quoted.md:3:1: 'draft: \"true\"' is read as draft: true" + hiddenDraft
                        + "draft: true",
                "W content/visibility-draft-y.md:3:1: 'draft: y' is read as draft: true" + hiddenDraft + "draft: true",
                "W content/visibility-private-1.md:3:1: 'private: 1' is read as private: true" + hiddenPrivate,
                "W content/visibility-private-capital.md:3:1: 'Private: true' is read as private: true" + hiddenPrivate,
                "W content/visibility-private-unknown.md:3:1: 'private: maybe' is not a yes/no value; read as private: "
                        + "true to be safe (the note is private and left out of the site): write private: true or "
                        + "private: false",
                "W content/visibility-private-upper-yes.md:3:1: 'PRIVATE: true' is read as private: true" + hiddenPrivate,
                "W content/visibility-published-0.md:3:1: 'published: 0' is read as published: false" + hiddenDraft
                        + "published: false");
        assertThat(result.notes()).isEqualTo(1);
        String all = everything();
        for (int i = 1; i <= 8; i++) {
            assertThat(all).doesNotContain("vis-secret-" + i);
        }
    }

    @Test
    void badNotesInANonStrictBuildAreReportedAndTheOthersStillBuild() throws IOException {
        Fixtures.write(project, "content/good.md", "# Good\n");
        BuildResult result = build(b -> b.strict(false), "yaml-recursive-anchor.md", "toml-broken.md",
                "json-broken.md", "malformed-yaml.md", "date-invalid.md");
        assertThat(result.success()).isTrue();
        assertThat(problems(result)).hasSize(5).allMatch(p -> p.matches("E content/[a-z-]+\\.md:\\d+:\\d+: .*"));
        assertThat(published()).filteredOn(f -> f.startsWith("notes/")).containsExactly("notes/date-invalid/index.html",
                "notes/good/index.html", "notes/index.html");
    }

    // ---- Markdown that breaks parsers ------------------------------------------------------------------------------

    @Test
    void deepNestingIsAnErrorOnThatNoteAndTheOthersStillBuild() throws IOException {
        Fixtures.write(project, "content/good.md", "# Good\n");
        BuildResult result = build(b -> b.strict(false), "deep-quotes.md", "deep-list.md");
        assertThat(problems(result)).containsExactly(
                "E content/deep-list.md:103: lists and quotes nest 101 levels deep here (the limit is 100); flatten "
                        + "them — this note is left out of the site",
                "E content/deep-quotes.md:5: lists and quotes nest 5000 levels deep here (the limit is 100); flatten "
                        + "them — this note is left out of the site");
        assertThat(out.resolve("notes/good/index.html")).exists();
        assertThat(out.resolve("notes/deep-list")).doesNotExist();
    }

    @Test
    @Timeout(30)
    void thousandsOfStrayAsterisksBuildQuickly() throws IOException {
        BuildResult result = build("stray-asterisks.md");
        assertThat(problems(result)).isEmpty();
        assertThat(page("notes/stray-asterisks/index.html").select(".note-body p").text()).startsWith("*a *a");
    }

    // ---- paths -----------------------------------------------------------------------------------------------------

    @Test
    void permalinksLeavingTheSiteAreRefused() throws IOException {
        BuildResult result = build(b -> b.strict(false), "permalink-escape.md", "permalink-windows.md",
                "permalink-control.md");
        assertThat(problems(result)).containsExactly(
                "E content/permalink-control.md:2:1: permalink '/a?b/' is not a path inside the site folder; use a path "
                        + "such as /my-note/",
                "E content/permalink-escape.md:2:1: permalink '../../outside/' is not a path inside the site folder; use "
                        + "a path such as /my-note/",
                "E content/permalink-windows.md:2:1: permalink 'C:\\Windows\\System32\\x.html' is not a path inside the "
                        + "site folder; use a path such as /my-note/");
        // the notes still get their ordinary pages, inside the site, and nothing appears beside it
        assertThat(out.resolve("notes/permalink-escape/index.html")).exists();
        try (Stream<Path> entries = Files.list(project)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content",
                    "site-output");
        }
    }

    @Test
    void aSlugNamingAPathIsRefusedAndTheFileNameUsed() throws IOException {
        BuildResult result = build(b -> b.strict(false), "slug-escape.md");
        assertThat(problems(result)).containsExactly("E content/slug-escape.md:2:1: slug '../../etc/passwd' is not a plain "
                + "name (it would place the page outside notes/); use letters, digits and hyphens, such as "
                + "'etcpasswd'");
        assertThat(out.resolve("notes/slug-escape/index.html")).exists();
    }

    @Test
    void duplicateSlugsAreNumberedInPathOrderWithAWarning() throws IOException {
        BuildResult first = build("duplicate-slug/b/note.md", "duplicate-slug/a/note.md");
        assertThat(problems(first)).containsExactly("W content/duplicate-slug/b/note.md: slug 'note' is already used "
                + "by another note; this note's page is notes/note-2/");
        assertThat(page("notes/note/index.html").select("h1#note-title").text()).isEqualTo("First");
        assertThat(page("notes/note-2/index.html").select("h1#note-title").text()).isEqualTo("Second");
        BuildResult again = new SiteBuilder(SiteConfig.builder(project).build()).build();
        assertThat(problems(again)).isEqualTo(problems(first));
        assertThat(page("notes/note-2/index.html").select("h1#note-title").text()).isEqualTo("Second");
    }

    @Test
    void symbolicLinksOutOfTheContentFolderAreNotFollowed() throws IOException {
        Path outside = Files.createDirectories(project.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "# Secret\nssh-key\n");
        Files.createDirectories(project.resolve("content"));
        Fixtures.write(project, "content/good.md", "# Good\n");
        Files.createSymbolicLink(project.resolve("content/linked.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(project.resolve("content/linked-dir"), outside);
        BuildResult result = build();
        assertThat(problems(result)).containsExactly(
                "W content/linked-dir: symbolic link not followed: links could publish files from outside the "
                        + "content folder",
                "W content/linked.md: symbolic link not followed: links could publish files from outside the "
                        + "content folder");
        assertThat(everything()).doesNotContain("ssh-key");
    }

    @Test
    void symbolicLinksOutOfTheTemplatesFolderAreNotFollowed() throws IOException {
        Path outside = Files.createDirectories(project.resolve("outside"));
        Files.writeString(outside.resolve("note.mustache"), "EVIL TEMPLATE");
        Files.writeString(outside.resolve("steal.css"), "EVIL CSS");
        Fixtures.write(project, "content/a.md", "# A\n");
        Files.createDirectories(project.resolve("templates"));
        Files.createSymbolicLink(project.resolve("templates/note.mustache"), outside.resolve("note.mustache"));
        Files.createSymbolicLink(project.resolve("templates/assets"), outside);
        Fixtures.write(project, "templates/notes.mustache", "MINE");
        BuildResult result = build();
        assertThat(problems(result)).isEmpty();
        assertThat(page("notes/a/index.html").select("h1#note-title").text()).isEqualTo("A");
        assertThat(everything()).doesNotContain("EVIL").contains("MINE");
        assertThat(out.resolve("assets/steal.css")).doesNotExist();
        assertThat(out.resolve("assets/style.css")).exists();
    }

    // ---- raw HTML and template escaping ----------------------------------------------------------------------------

    @Test
    void rawHtmlKeepsWhatIsHarmlessAndLosesWhatRuns() throws IOException {
        BuildResult result = build("raw-html-xss.md");
        String why = " (they could run scripts in readers' browsers; set allowUnsafeHtml to publish them as written)";
        // one warning per note, at the first place, with the count; style="color:red" is harmless and kept
        assertThat(problems(result)).containsExactly("W content/raw-html-xss.md:10:1: removed from the page as "
                + "unsafe: <script>, onerror=, href=javascript:, <iframe>, onmouseover=, in 7 places, lines 10, 12, 14, "
                + "16, 18" + why);
        Document page = page("notes/raw-html-xss/index.html");
        Element body = page.selectFirst(".note-body");
        assertThat(body.select("details > summary").text()).isEqualTo("답변 보기");
        assertThat(body.select("details strong").text()).isEqualTo("STAR");
        assertThat(body.select("kbd").eachText()).containsExactly("Ctrl", "C");
        assertThat(body.select("br")).hasSize(1);
        assertThat(body.select("table th").text()).isEqualTo("Q");
        assertThat(body.select("img").attr("src")).isEqualTo("diagram.png");
        assertThat(body.select("a").eachText()).containsExactly("click", "md link", "javascript:alert(3)");
        assertNothingRuns(page);
        assertThat(page.select("script").eachAttr("src")).containsExactly("../../assets/theme.js", "../../assets/site.js");
    }

    @Test
    void allowUnsafeHtmlPublishesRawHtmlAsWritten() throws IOException {
        BuildResult result = build(b -> b.allowUnsafeHtml(true), "raw-html-xss.md");
        assertThat(problems(result)).isEmpty();
        Document page = page("notes/raw-html-xss/index.html");
        assertThat(page.select(".note-body script")).hasSize(1);
        assertThat(page.select(".note-body img").attr("onerror")).isEqualTo("alert(1)");
        assertThat(page.select(".note-body a").first().attr("href")).isEqualTo("javascript:alert(1)");
    }

    @Test
    void frontMatterValuesAreEscapedEverywhereTheyAppear() throws IOException {
        BuildResult result = build("front-matter-xss.md");
        assertThat(result.success()).isTrue();
        Document page = page("notes/front-matter-xss/index.html");
        assertThat(page.select("h1#note-title").text()).isEqualTo("<script>alert('title')</script> & co");
        assertThat(page.title()).startsWith("<script>alert('title')</script> & co");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("\"><img src=x onerror=alert(1)>");
        assertThat(page.select(".note-header .tag").eachText()).containsExactly("<b>tag</b>", "\" onmouseover=\"alert(1)");
        assertThat(page.select(".note-header dd").eachText()).contains("<i>me</i>");
        assertThat(page.select("h1#note-title").attr("lang")).isEqualTo("ko\" onload=\"alert(1)");
        assertNothingRuns(page);
        assertNothingRuns(page("notes/index.html"));
        assertNothingRuns(page("index.html"));
    }

    /** No element a note could have smuggled in runs anything: only the theme's own script, no handlers, no script URLs. */
    private static void assertNothingRuns(Document page) {
        assertThat(page.select("script:not([src$=assets/site.js]):not([src$=assets/print.js]):not([src$=assets/theme.js])"
                + ":not([src$=assets/lists.js]), iframe, object, embed, style")).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(element.outerHtml()).doesNotStartWith("on");
                if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
                    assertThat(attribute.getValue().strip().toLowerCase()).as(element.outerHtml())
                            .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:text");
                }
            }
        }
    }

    // ---- nothing leaked --------------------------------------------------------------------------------------------

    @Test
    void draftUnpublishedAndPrivateNotesNeverReachANormalBuild() throws IOException {
        Fixtures.write(project, "content/public.md", "# Public\n");
        BuildResult result = build("draft.md", "unpublished.md", "private-note.md", "_drafts/wip.md");
        assertThat(result.success()).isTrue();
        assertThat(result.notes()).isEqualTo(1);
        assertThat(published()).filteredOn(f -> f.startsWith("notes/")).containsExactly("notes/index.html",
                "notes/public/index.html");
        assertThat(everything()).doesNotContain("Draft note", "Unpublished note", "Private note", "Work in progress",
                "/draft/", "/wip/", "private-note");
        BuildResult drafts = new SiteBuilder(SiteConfig.builder(project).drafts(true).build()).build();
        assertThat(drafts.notes()).isEqualTo(5);
        assertThat(page("notes/private-note/index.html").select(".banner").text()).contains("비공개");
        assertThat(page("notes/wip/index.html").select(".banner").text()).contains("초안");
    }

    @Test
    void privateBlocksAreLeftOutOfPublicBuildsLineNumbersIntact() throws IOException {
        BuildResult result = build("private-block.md");
        assertThat(problems(result)).containsExactly("W content/private-block.md:9:1: link target not found: missing.md");
        assertThat(everything()).doesNotContain("6100", "010-1234-5678", "담당자");
        assertThat(page("notes/private-block/index.html").select(".note-body h2").eachText())
                .containsExactly("희망연봉 수준", "마지막 질문");
    }

    @Test
    void privateBlocksShowMarkedInADraftsBuild() throws IOException {
        BuildResult result = build(b -> b.drafts(true), "private-block.md");
        assertThat(problems(result)).containsExactly("W content/private-block.md:9:1: link target not found: missing.md");
        Element body = page("notes/private-block/index.html").selectFirst(".note-body");
        assertThat(body.text()).contains("6100만원입니다. 담당자 010-1234-5678");
        assertThat(body.select(".private-mark.private-open + p")).singleElement().asString().contains("6100만원");
        assertThat(body.select(".private-mark.private-close")).hasSize(1);
    }

    @Test
    void anUnclosedPrivateBlockHidesTheRestAndSaysSo() throws IOException {
        BuildResult result = build("private-unclosed.md");
        assertThat(problems(result)).containsExactly("W content/private-unclosed.md:4:1: <!-- private --> is never "
                + "closed: everything after it is left out of the site; add <!-- /private --> where the private part "
                + "ends");
        assertThat(everything()).contains("public line").doesNotContain("secret line");
    }

    @Test
    void nestedPrivateBlocksStayHiddenToTheOuterClose() throws IOException {
        BuildResult result = build("private-nested.md");
        assertThat(problems(result)).isEmpty();
        assertThat(everything()).contains("공개 소개 문단", "공개 마무리 문단").doesNotContain("바깥 비밀", "안쪽 비밀");
    }

    @Test
    void personalDataInAPublicNoteIsReportedWhereItIs() throws IOException {
        BuildResult result = build("personal-data.md");
        String fix = " — move it into a <!-- private --> block, mark the note private: true, or list it under "
                + "privacy_allow in _config.yml";
        assertThat(result.success()).isTrue();
        assertThat(problems(result)).containsExactly(
                "W content/personal-data.md:6:9: possible phone number in a public page: 0**-****-***2" + fix,
                "W content/personal-data.md:7:7: possible e-mail address in a public page: r********.***@*******.**.*r"
                        + fix,
                "W content/personal-data.md:8:16: possible resident registration number in a public page: "
                        + "9*****-******7" + fix,
                "W content/personal-data.md:9:10: possible salary figure in a public page: 6,**0만 원" + fix);
    }

    @Test
    void strictPrivacyFailsTheBuildAndKeepsThePreviousSite() throws IOException {
        Fixtures.write(project, "content/good.md", "# Good\n");
        assertThat(build().success()).isTrue();
        String previous = Fixtures.read(out.resolve("index.html"));
        BuildResult result = build(b -> b.privacy(Privacy.STRICT), "personal-data.md");
        assertThat(result.success()).isFalse();
        assertThat(result.problems()).hasSize(4).allMatch(Problem::isError);
        assertThat(Fixtures.read(out.resolve("index.html"))).isEqualTo(previous);
        assertThat(out.resolve("notes/personal-data")).doesNotExist();
    }

    @Test
    void privacyOffAndDraftBuildsDoNotScan() throws IOException {
        assertThat(build(b -> b.privacy(Privacy.OFF), "personal-data.md").problems()).isEmpty();
        assertThat(new SiteBuilder(SiteConfig.builder(project).drafts(true).build()).build().problems()).isEmpty();
    }

    @Test
    void privacyAllowListedValuesAreNotReported() throws IOException {
        Fixtures.write(project, "content/_config.yml", "privacy_allow: [recruiter.kim@bigcorp.co.kr, 010-9876-5432]\n");
        assertThat(build("personal-data.md").problems()).extracting(Problem::line).containsExactly(8, 9);
    }

    @Test
    void seed002SalaryAnswerIsFlagged() throws IOException {
        Fixtures.copySeeds(project);
        BuildResult result = new SiteBuilder(SiteConfig.builder(project).build()).build();
        assertThat(result.success()).isTrue();
        assertThat(problems(result)).filteredOn(p -> p.contains("possible")).containsExactly(
                "W content/002_201329728b60437e.txt:204:2: possible salary figure in a public page: 6**0만원 — move it "
                        + "into a <!-- private --> block, mark the note private: true, or list it under privacy_allow "
                        + "in _config.yml");
    }

    // ---- nothing lost ----------------------------------------------------------------------------------------------

    @Test
    void anOutputFolderOverTheUsersOwnFilesIsRefusedEvenWhenForced() throws IOException {
        Fixtures.write(project, "content/a.md", "# A\n");
        Fixtures.write(project, "templates/note.mustache", "{{title}}");
        for (Path output : List.of(project, project.resolve("content"), project.resolve("templates"),
                project.getParent(), project.resolve("templates/site"))) {
            BuildResult result = new SiteBuilder(SiteConfig.builder(project).outputDir(output).force(true).build())
                    .build();
            assertThat(result.success()).as("%s", output).isFalse();
            assertThat(result.problems()).as("%s", output).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("force does not override this"));
        }
        assertThat(Fixtures.read(project.resolve("content/a.md"))).isEqualTo("# A\n");
        assertThat(Fixtures.read(project.resolve("templates/note.mustache"))).isEqualTo("{{title}}");
        try (Stream<Path> entries = Files.list(project)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "templates");
        }
    }

    @Test
    void aForeignFolderIsReplacedOnlyWhenForced() throws IOException {
        Fixtures.write(project, "content/a.md", "# A\n");
        Fixtures.write(project, "docs/thesis.docx", "precious");
        SiteConfig.Builder docs = SiteConfig.builder(project).outputDir(project.resolve("docs"));
        BuildResult refused = new SiteBuilder(docs.build()).build();
        assertThat(problems(refused)).singleElement().asString().startsWith("E docs: ")
                .contains("the output folder is not empty and was not written by studysite");
        assertThat(Fixtures.read(project.resolve("docs/thesis.docx"))).isEqualTo("precious");
        BuildResult forced = new SiteBuilder(docs.force(true).build()).build();
        assertThat(problems(forced)).containsExactly("W docs: forced: replacing a folder studysite did not create; the "
                + "files it held are deleted");
        assertThat(project.resolve("docs/thesis.docx")).doesNotExist();
        assertThat(project.resolve("docs/notes/a/index.html")).exists();
    }

    @Test
    void anOutputInsideTheContentFolderIsRefusedEvenWhenForced() throws IOException {
        Fixtures.write(project, "content/java/gc.md", "# GC\n");
        SiteConfig config = SiteConfig.builder(project).outputDir(project.resolve("content/java")).force(true).build();
        BuildResult result = new SiteBuilder(config).build();
        assertThat(result.success()).isFalse();
        assertThat(problems(result)).singleElement().asString().startsWith("E content/java: the output folder is "
                + "inside the content folder");
        assertThat(Fixtures.read(project.resolve("content/java/gc.md"))).isEqualTo("# GC\n");
    }

    @Test
    void anOutputInsideNotesReadFromTheProjectFolderIsNotPublishedAgain() throws IOException {
        Fixtures.write(project, "a.md", "# A\n");
        SiteConfig config = SiteConfig.builder(project).contentDir(project).outputDir(project.resolve("public")).build();
        assertThat(new SiteBuilder(config).build().success()).isTrue();
        BuildResult again = new SiteBuilder(config).build();
        assertThat(again.success()).isTrue();
        assertThat(again.notes()).isEqualTo(1);
        assertThat(project.resolve("public/public")).doesNotExist();
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousSiteAsItWas() throws IOException {
        Fixtures.write(project, "content/a.md", "# A\n");
        assertThat(build().success()).isTrue();
        List<String> before = published();
        String previous = Fixtures.read(out.resolve("notes/a/index.html"));
        // a content file named like the notes folder: copying it into the site fails half-way through writing
        Fixtures.write(project, "content/notes", "not a folder");
        Fixtures.write(project, "content/b.md", "# B\n");
        BuildResult failed = build();
        assertThat(failed.success()).isFalse();
        assertThat(problems(failed)).singleElement().asString().startsWith("E site-output: cannot write the site:");
        assertThat(published()).isEqualTo(before);
        assertThat(Fixtures.read(out.resolve("notes/a/index.html"))).isEqualTo(previous);
        assertNoStagingFolders();
    }

    @Test
    void aFailureWhileRenderingLeavesThePreviousSiteAsItWas() throws IOException {
        Fixtures.write(project, "content/a.md", "# A\n");
        assertThat(build().success()).isTrue();
        List<String> before = published();
        Fixtures.write(project, "templates/notes.mustache", "{{> no-such-partial}}{{#broken}}");
        BuildResult failed = build();
        assertThat(failed.success()).isFalse();
        assertThat(problems(failed)).singleElement().asString().startsWith("E templates/notes.mustache:");
        assertThat(published()).isEqualTo(before);
        assertNoStagingFolders();
    }

    private void assertNoStagingFolders() throws IOException {
        try (Stream<Path> entries = Files.list(project)) {
            List<String> names = new ArrayList<>(entries.map(p -> p.getFileName().toString()).toList());
            assertThat(names).noneMatch(n -> n.startsWith(".site-output"));
        }
        assertThat(out.resolve(SiteWriter.MARKER)).exists();
    }
}
