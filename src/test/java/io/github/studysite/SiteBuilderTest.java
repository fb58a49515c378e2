package io.github.studysite;

import io.github.studysite.config.SiteConfig;
import io.github.studysite.problem.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole builds: the seeds, and tiny projects written inline. */
class SiteBuilderTest {

    @TempDir
    Path project;

    private Path out;

    @BeforeEach
    void setUp() {
        out = project.resolve("site-output");
    }

    private Document page(String path) {
        return Jsoup.parse(Fixtures.read(out.resolve(path)));
    }

    @Test
    void seedsRenderAsFullPages() throws IOException {
        Fixtures.copySeeds(project);
        BuildResult result = Fixtures.build(project);
        assertThat(result.success()).as("%s", result.problems()).isTrue();
        assertThat(result.notes()).isEqualTo(5);
        for (String seed : Fixtures.ALL_SEEDS) {
            String slug = seed.substring(0, seed.length() - 4);
            Document doc = page("notes/" + slug + "/index.html");
            assertThat(doc.select("html").attr("lang")).isEqualTo("ko");
            assertThat(doc.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
            assertThat(doc.select(".note-body").text()).isNotBlank();
        }
        assertThat(page("notes/001_39e2b3392925d8bd/index.html").select("h1#note-title").text())
                .isEqualTo("AWS - Interview CSE");
        assertThat(page("notes/004_05ea4aff718872b0/index.html").select(".note-body").text()).doesNotContain("**");
    }

    @Test
    void seed003OwnTocLinksResolveOnItsPage() throws IOException {
        Fixtures.copySeeds(project);
        Fixtures.build(project);
        Document doc = page("notes/003_4de0ae601899b12d/index.html");
        List<Element> links = doc.select(".note-body a[href^=#]");
        assertThat(links).hasSize(4);
        for (Element link : links) {
            assertThat(doc.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
        // the page's own TOC leaves out the headings marked "omit from toc"
        assertThat(doc.select("nav.toc a").eachText()).doesNotContain("일정 확정", "예상 질문")
                .contains("1. 2분 내로 자기소개");
    }

    @Test
    void missingImagesAreWarningsWithFileAndLine() throws IOException {
        Fixtures.copySeeds(project);
        BuildResult result = Fixtures.build(project);
        assertThat(result.success()).isTrue();
        assertThat(result.problems()).extracting(Problem::toString).contains(
                "content/003_4de0ae601899b12d.txt:12:1: image target not found: "
                        + "../../../images/job/intern/amazon/interviewconfirmed.png (it points outside the content folder)");
    }

    @Test
    void aMissingImageShowsItsAltTextInAPlaceholderAndIsStillAWarning() throws IOException {
        Fixtures.write(project, "content/images/here.png", "png");
        Fixtures.write(project, "content/pics.md", """
                # Pics

                ![architecture diagram](missing.png) and ![here](images/here.png)

                ![아키텍처 그림][gone] ![](images/nope.png)

                [gone]: images/gone.png
                """);
        BuildResult result = Fixtures.build(project);
        assertThat(result.success()).isTrue();
        assertThat(result.problems()).extracting(Problem::toString).filteredOn(p -> p.contains("pics.md"))
                .containsExactly("content/pics.md:3:1: image target not found: missing.png",
                        "content/pics.md:5:1: image target not found: images/gone.png",
                        "content/pics.md:5:18: image target not found: images/nope.png");
        Document doc = page("notes/pics/index.html");
        assertThat(doc.select(".note-body img").eachAttr("src")).containsExactly("../../images/here.png");
        assertThat(doc.select(".note-body .image-missing").eachText())
                .containsExactly("architecture diagram", "아키텍처 그림", "images/nope.png");
    }

    @Test
    void aLongNoteWithoutHeadingsListsItsLeadInsAndEveryEntryLandsOnItsLabel() throws IOException {
        StringBuilder korean = new StringBuilder("자기소개 준비 노트입니다.\n\n");
        StringBuilder english = new StringBuilder("Notes for the phone screen.\n\n");
        String filler = "이 부분은 길게 쓴 답변입니다. 상황을 설명하고 제가 한 일을 구체적으로 적었습니다.\n\n".repeat(6);
        for (String label : List.of("상황", "과제", "행동", "결과")) {
            korean.append("**").append(label).append("**: ").append(filler);
        }
        korean.append("- **배운 점**: 작게 시작하기\n- 그냥 항목\n\n");
        korean.append("Q1. 가장 어려웠던 프로젝트는?\n\n").append(filler);
        String prose = "This is a long answer paragraph that goes on to describe what happened and why.\n\n".repeat(8);
        for (String label : List.of("Situation", "Task", "Action", "Result")) {
            english.append("**").append(label).append(":** ").append(prose);
        }
        english.append("**Q.** Why this team?\n\n").append(prose);
        Fixtures.write(project, "content/ko-long.md", "---\ntitle: 긴 노트\n---\n" + korean);
        Fixtures.write(project, "content/en-long.md", "---\ntitle: Long note\n---\n" + english);
        Fixtures.write(project, "content/short.md", "**A**: one\n\n**B**: two\n\n**C**: three\n");
        assertThat(Fixtures.build(project).success()).isTrue();

        Document ko = page("notes/ko-long/index.html");
        assertThat(ko.select("nav.toc a").eachText())
                .containsExactly("상황", "과제", "행동", "결과", "배운 점", "Q1. 가장 어려웠던 프로젝트는?");
        Document en = page("notes/en-long/index.html");
        assertThat(en.select("nav.toc a").eachText()).containsExactly("Situation", "Task", "Action", "Result", "Q");
        for (Document doc : List.of(ko, en)) {
            for (Element link : doc.select("nav.toc a")) {
                Element target = doc.getElementById(link.attr("href").substring(1));
                assertThat(target).as(link.attr("href")).isNotNull();
                assertThat(target.closest(".note-body")).as("inside the note: " + link.attr("href")).isNotNull();
                assertThat(target.text()).as(link.attr("href")).startsWith(link.text().replace("…", ""));
            }
            Element top = doc.selectFirst(".back-to-top a");
            assertThat(top).isNotNull();
            assertThat(doc.getElementById(top.attr("href").substring(1))).isNotNull();
        }
        assertThat(page("notes/short/index.html").select("nav.toc, .back-to-top")).as("a short note").isEmpty();
    }

    @Test
    void theHomePageListsTheTwentyNewestNotesAndLeadsToAllOfThem() throws IOException {
        for (int day = 1; day <= 25; day++) {
            Fixtures.write(project.resolve("content"), "2024-01-%02d-n.md".formatted(day),
                    "---\ntitle: Note %d\ndate: 2024-01-%02d\n---\n# Note %d\n\nText.\n".formatted(day, day, day));
        }
        Fixtures.build(project);
        Document home = page("index.html");
        List<String> listed = home.select("section[aria-labelledby=home-notes] .note-title").eachText();
        assertThat(listed).hasSize(20).startsWith("Note 25", "Note 24").endsWith("Note 6");
        assertThat(home.select("#home-notes").text()).contains("25");
        String all = home.select("section[aria-labelledby=home-notes] p a").attr("href");
        assertThat(all).isEqualTo("notes/index.html");
        assertThat(page(all).select(".note-card .note-title")).hasSize(25);
    }

    @Test
    void indexListsEveryNoteAndHostingFilesExist() throws IOException {
        Fixtures.copySeeds(project);
        Fixtures.build(project);
        Document index = page("notes/index.html");
        // 000 and 001 are two revisions of one note: listed once
        assertThat(index.select(".note-card .note-title").eachText()).hasSize(4).doesNotHaveDuplicates()
                .contains("AWS - Interview CSE", "자기소개", "Amazon Cloud Support Intern - Phone Interview 준비 1");
        assertThat(index.select(".note-card").select("time").eachText()).contains("2024-09-30");
        assertThat(index.select(".note-card .tag").eachText()).contains("취준");
        assertThat(out.resolve(".nojekyll")).exists();
        assertThat(out.resolve("404.html")).exists();
        assertThat(out.resolve("en/404.html")).exists();
        // no site URL, so no absolute sitemap address to give crawlers
        assertThat(Fixtures.read(out.resolve("robots.txt"))).startsWith("User-agent: *").doesNotContain("Sitemap");
        String sitemap = Fixtures.read(out.resolve("sitemap.xml"));
        assertThat(sitemap).contains("<loc>/notes/003_4de0ae601899b12d/</loc>").doesNotContain("404");
    }

    @Test
    void everyRelativeLinkResolvesInsideTheSite() throws IOException {
        Fixtures.copySeeds(project);
        Fixtures.write(project, "content/images/a.png", "png");
        Fixtures.write(project, "content/links.md", """
                # Links
                [to 003](003_4de0ae601899b12d.txt#1-2분-내로-자기소개) and ![img](images/a.png)
                and [abs](/images/a.png) and [web](https://aws.amazon.com)
                """);
        BuildResult result = Fixtures.build(project);
        assertThat(result.success()).isTrue();
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") && !f.endsWith("404.html")).toList()) {
                Document doc = Jsoup.parse(Fixtures.read(file));
                for (Element el : doc.select("[href], [src]")) {
                    String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                    if (url.isEmpty() || url.startsWith("#") || url.contains(":") || url.startsWith("../../../images")) {
                        continue;
                    }
                    String path = URLDecoder.decode(url.replaceAll("[#?].*$", ""), StandardCharsets.UTF_8);
                    Path target = file.getParent().resolve(path).normalize();
                    if (!target.startsWith(out) || !Files.exists(target)) {
                        broken.add(out.relativize(file) + " -> " + url);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        Document links = page("notes/links/index.html");
        assertThat(links.select(".note-body a").first().attr("href"))
                .isEqualTo("../../notes/003_4de0ae601899b12d/index.html#1-2분-내로-자기소개");
        assertThat(links.select(".note-body img").attr("src")).isEqualTo("../../images/a.png");
    }

    @Test
    void aBrokenFrontMatterFailsTheBuildListsEveryErrorAndKeepsThePreviousSite() throws IOException {
        Fixtures.write(project, "content/good.md", "# Good\n");
        assertThat(Fixtures.build(project).success()).isTrue();
        String previous = Fixtures.read(out.resolve("index.html"));

        Fixtures.write(project, "content/broken.md", "---\ntitle: [unclosed\n---\n# B\n");
        Fixtures.write(project, "content/broken2.md", "---\ntitle: x\n  bad: indent\n---\n");
        BuildResult result = Fixtures.build(project);
        assertThat(result.success()).isFalse();
        assertThat(result.problems()).filteredOn(Problem::isError).extracting(Problem::path)
                .containsExactly("content/broken.md", "content/broken2.md");
        assertThat(result.problems().get(0).toString()).matches("content/broken\\.md:\\d+:\\d+: invalid YAML.*");
        assertThat(Fixtures.read(out.resolve("index.html"))).isEqualTo(previous);
        try (Stream<Path> entries = Files.list(project)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content",
                    "site-output");
        }
    }

    @Test
    void withoutStrictTheOtherNotesArePublished() throws IOException {
        Fixtures.write(project, "content/good.md", "# Good\n");
        Fixtures.write(project, "content/broken.md", "---\ntitle: [unclosed\n---\n");
        BuildResult result = new SiteBuilder(SiteConfig.builder(project).strict(false).build()).build();
        assertThat(result.success()).isTrue();
        assertThat(result.errorCount()).isEqualTo(1);
        assertThat(out.resolve("notes/good/index.html")).exists();
        assertThat(out.resolve("notes/broken")).doesNotExist();
    }

    @Test
    void draftsOnlyWhenAskedFor() throws IOException {
        Fixtures.write(project, "content/public.md", "# P\n");
        Fixtures.write(project, "content/draft.md", "---\ndraft: true\n---\n# D\n");
        Fixtures.write(project, "content/_drafts/wip.md", "# W\n");
        Fixtures.build(project);
        assertThat(out.resolve("notes/draft")).doesNotExist();
        assertThat(out.resolve("notes/wip")).doesNotExist();
        new SiteBuilder(SiteConfig.builder(project).drafts(true).build()).build();
        assertThat(page("notes/draft/index.html").select(".banner-draft")).hasSize(1);
        assertThat(out.resolve("notes/wip/index.html")).exists();
    }

    @Test
    void projectTemplatesOverrideTheThemeByFileName() throws IOException {
        Fixtures.write(project, "content/a.md", "# A\n");
        // the body stays: the study pages link into it, and the link check fails a build whose links go nowhere
        Fixtures.write(project, "templates/note.mustache", "<p class=\"mine\">{{title}}</p>{{{bodyHtml}}}");
        assertThat(Fixtures.build(project).success()).isTrue();
        assertThat(page("notes/a/index.html").select("p.mine").text()).isEqualTo("A");
        assertThat(page("notes/a/index.html").select("link[rel=stylesheet][href$=style.css]")).hasSize(1);
    }

    @Test
    void aBrokenTemplateIsReportedAgainstItsFile() throws IOException {
        Fixtures.write(project, "content/a.md", "# A\n");
        Fixtures.write(project, "templates/note.mustache", "{{#unclosed}}");
        BuildResult result = Fixtures.build(project);
        assertThat(result.success()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo("templates/note.mustache"));
        assertThat(out).doesNotExist();
    }

    @Test
    void siteSettingsComeFromConfigYml() throws IOException {
        Fixtures.write(project, "content/_config.yml", "title: 나의 면접 노트\nlang: en\nurl: https://me.github.io\n"
                + "baseurl: /notes-repo\n");
        Fixtures.write(project, "content/a.md", "# A\nEnglish text here.\n");
        Fixtures.build(project);
        Document home = page("index.html");
        assertThat(home.select(".brand").text()).isEqualTo("나의 면접 노트");
        assertThat(home.select("html").attr("lang")).isEqualTo("en");
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo("https://me.github.io/notes-repo/");
        assertThat(Fixtures.read(out.resolve("sitemap.xml"))).contains("<loc>https://me.github.io/notes-repo/notes/a/</loc>");
        assertThat(page("404.html").select(".brand").attr("href")).isEqualTo("/notes-repo/index.html");
    }

    @Test
    void anOutputFolderWithForeignFilesIsRefused() throws IOException {
        Fixtures.write(project, "content/a.md", "# A\n");
        Fixtures.write(project, "site-output/my-thesis.docx", "precious");
        BuildResult result = Fixtures.build(project);
        assertThat(result.success()).isFalse();
        assertThat(result.problems().get(0).message()).contains("not empty");
        assertThat(Fixtures.read(out.resolve("my-thesis.docx"))).isEqualTo("precious");
    }

    @Test
    void storiesInTablesAreAnchoredOnTheirRow() throws IOException {
        Fixtures.write(project, "content/t.md", """
                ## Ownership
                | Title | Situation | Task | Action | Result |
                |---|---|---|---|---|
                | Weekend outage | Paged on Saturday | Restore | Rolled back | Fixed in 40 min |
                """);
        assertThat(Fixtures.build(project).success()).isTrue();
        assertThat(page("notes/t/index.html").select("tr#story-weekend-outage")).hasSize(1);
        assertThat(SiteCheck.brokenLinks(out)).isEmpty();
    }
}
