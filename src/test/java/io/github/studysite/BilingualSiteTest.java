package io.github.studysite;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The site in two interface languages, and the self-introduction pages. */
class BilingualSiteTest {

    @TempDir
    static Path project;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        Fixtures.copySeeds(project);
        Fixtures.write(project, "content/intro-ko.md", """
                ---
                title: "자기소개 (국문)"
                lang: ko
                translationKey: my-intro
                ---
                # 1분 자기소개
                안녕하세요. 클라우드 엔지니어 김개발입니다.
                """);
        Fixtures.write(project, "content/intro-en.md", """
                ---
                title: "Self-introduction (English)"
                lang: en
                translationKey: my-intro
                ---
                # Tell me about yourself
                Hello, I am a cloud engineer.
                """);
        Fixtures.write(project, "content/short.md", "# 30초 자기소개\n"
                + "저는 여러 프로젝트에서 클라우드 인프라를 설계하고 운영하면서 장애 대응과 성능 개선을 꾸준히 해 왔습니다. ".repeat(4)
                + "\n");
        out = Fixtures.builtSite(project);
    }

    private static Document page(String path) {
        return Fixtures.page(out, path);
    }

    @Test
    void everyKoreanPageHasItsEnglishMirror() throws IOException {
        List<String> pages;
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(f -> f.toString().endsWith(".html") && !f.startsWith(out.resolve("en"))
                    && !f.endsWith("404.html")).map(f -> out.relativize(f).toString()).toList();
        }
        assertThat(pages).hasSizeGreaterThan(40);
        for (String p : pages) {
            assertThat(out.resolve("en").resolve(p)).as(p).exists();
        }
    }

    @Test
    void everyPageLinksItsLanguageVersionsAndSwitchesToTheSamePage() {
        Document ko = page("principles/ownership/index.html");
        // hreflang links must be absolute for search engines: without a siteUrl there are none
        assertThat(ko.select("link[rel=alternate]")).isEmpty();
        assertThat(ko.select(".language-switcher a[hreflang=en]").attr("href"))
                .isEqualTo("../../en/principles/ownership/index.html");
        Document en = page("en/principles/ownership/index.html");
        assertThat(en.select(".language-switcher a[hreflang=ko]").attr("href"))
                .isEqualTo("../../../principles/ownership/index.html");
        assertThat(en.select("link[rel=stylesheet]").attr("href")).isEqualTo("../../../assets/style.css");
    }

    @Test
    void theInterfaceSpeaksThePagesLanguageButNotesStayAsWritten() {
        Document ko = page("index.html");
        Document en = page("en/index.html");
        assertThat(ko.select("html").attr("lang")).isEqualTo("ko");
        assertThat(en.select("html").attr("lang")).isEqualTo("en");
        assertThat(ko.select(".site-nav a").eachText()).contains("리더십 원칙", "자기소개");
        assertThat(en.select(".site-nav a").eachText()).contains("Leadership Principles", "Self-intro");
        assertThat(ko.select(".coverage-name").first().text()).isEqualTo("고객 집착");
        assertThat(en.select(".coverage-name").first().text()).isEqualTo("Customer Obsession");
        Document enNote = page("en/notes/002_201329728b60437e/index.html");
        assertThat(enNote.select("html").attr("lang")).isEqualTo("ko");
        assertThat(enNote.select(".site-header").attr("lang")).isEqualTo("en");
        assertThat(enNote.select(".note-body").text()).contains("안녕하십니까 신세계아이앤씨");
    }

    @Test
    void introIndexListsEveryIntroductionWithLanguageCoverage() {
        Document doc = page("intro/index.html");
        assertThat(doc.select(".intro-card")).hasSize(5);
        Element cse = doc.select(".intro-card").stream()
                .filter(c -> c.select(".meta").text().contains("AWS - Interview CSE")).findFirst().orElseThrow();
        assertThat(cse.select(".lang-ko.is-written")).hasSize(1);
        assertThat(cse.select(".lang-en.is-written")).hasSize(1);
        Element intern = doc.select(".intro-card").stream()
                .filter(c -> c.select(".meta").text().contains("Phone Interview")).findFirst().orElseThrow();
        assertThat(intern.select(".lang-en.is-missing")).hasSize(1);
        assertThat(intern.select(".meta").text()).contains("2:00").doesNotContain("기본값");
    }

    @Test
    void seed001IntroHasKoreanAndEnglishSideBySide() {
        Document doc = page("intro/aws-interview-cse.html");
        Element ko = doc.selectFirst(".intro-column[lang=ko]");
        Element en = doc.selectFirst(".intro-column[lang=en]");
        assertThat(ko.text()).contains("자기소개 하도록 하겠습니다").doesNotContain("I joined");
        assertThat(en.text()).contains("I joined LG CNS").doesNotContain("자기소개 하도록");
        assertThat(ko.select(".meta").text()).matches("말하기 \\d+:\\d\\d");
    }

    @Test
    void aMissingTranslationIsAToDo() {
        Document doc = page("intro/자기소개.html");
        assertThat(doc.select(".intro-column[lang=en] .todo").text()).contains("English version not written yet");
        assertThat(doc.select(".intro-column.is-over")).isEmpty();
    }

    @Test
    void anIntroductionOverItsStatedLimitIsFlagged() {
        Document doc = page("intro/30초-자기소개.html");
        assertThat(doc.select(".intro-column[lang=ko].is-over .warning").text()).contains("제한 시간 0:30");
        assertThat(page("intro/index.html").select(".intro-card .is-over .badge").eachText()).contains("시간 초과");
    }

    @Test
    void translatedNotesArePairedOnOneIntroPage() {
        Document doc = page("intro/자기소개-국문.html");
        assertThat(doc.select(".intro-column[lang=ko]").text()).contains("클라우드 엔지니어 김개발");
        assertThat(doc.select(".intro-column[lang=en]").text()).contains("Hello, I am a cloud engineer.");
        assertThat(page("intro/index.html").select(".intro-card").eachText())
                .noneMatch(t -> t.contains("Self-introduction (English)"));
    }

    @Test
    void questionsAskingForTheIntroLinkToItsPage() {
        Document doc = page("questions/index.html");
        assertThat(doc.select("a[href$=intro/aws-interview-cse.html]")).isNotEmpty();
    }

    @Test
    void everyLinkResolvesInBothLanguages() {
        assertThat(SiteCheck.brokenLinks(out)).isEmpty();
    }
}
