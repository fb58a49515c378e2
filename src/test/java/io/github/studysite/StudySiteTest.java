package io.github.studysite;

import io.github.studysite.search.SearchFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The study pages of the seed notes, as a reader checks them. */
class StudySiteTest {

    @TempDir
    static Path project;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        out = Fixtures.buildSeeds(project);
    }

    private static Document page(String path) {
        return Jsoup.parse(Fixtures.read(out.resolve(path)));
    }

    @Test
    void principlesIndexListsAll16WithKoreanNamesAndCounts() {
        Document doc = page("principles/index.html");
        assertThat(doc.select(".principle-card")).hasSize(16);
        assertThat(doc.select(".principle-card .principle-ko").eachText()).contains("고객 집착", "주인 의식");
        assertThat(doc.select(".principle-card").first().select(".meta").text()).contains("7").contains("6");
    }

    @Test
    void customerObsessionListsTheStoriesOf001() {
        Document doc = page("principles/customer-obsession/index.html");
        assertThat(doc.select(".story-title").eachText()).contains("LG화학 CDN서비스", "X-Ray 서비스",
                "Application 오류에 대한 알람 서비스");
        assertThat(doc.select(".principle-ko").text()).isEqualTo("고객 집착");
        assertThat(doc.select(".definition").text()).startsWith("Leaders start with the customer");
    }

    @Test
    void insistOnTheHighestStandardsListsBothPerformanceTestStories() {
        Document doc = page("principles/insist-on-the-highest-standards/index.html");
        assertThat(doc.select(".story-title").eachText()).containsExactly("최고의 기준을 고집하기 위해 노력했던 적",
                "목표부하테스트, 임계부하테스트에 대한 목적을 모두 달성하고…");
    }

    @Test
    void frugalityIsFoundAndLinksTheQuestion() {
        Document doc = page("principles/frugality/index.html");
        assertThat(doc.select(".question .q-text").eachText()).contains("근검절약");
        assertThat(doc.select(".empty-state").text()).contains("스토리가 없습니다");
    }

    /**
     * A principle's page lists its questions as the question bank does, without their answers: each names its note and
     * the search file its answer is shown from when it is opened, and no tag links the page to itself; the print
     * pack's principle sheets keep the answers.
     */
    @Test
    void principlePageQuestionsNameTheirNoteAndSearchFileNotTheirAnswer() throws IOException {
        Document doc = page("principles/frugality/index.html");
        Element item = doc.select(".question").stream()
                .filter(q -> q.selectFirst(".q-text").text().equals("근검절약")).findFirst().orElseThrow();
        assertThat(item.select(".q-answer, .q-body")).isEmpty();
        assertThat(item.selectFirst(".meta a").text()).startsWith("노트에서 보기: ").hasSizeGreaterThan(9);
        String file = SearchFiles.read(out.resolve("search/c" + item.attr("data-file") + ".js"));
        assertThat(file).contains("[\"q\",\"" + item.id() + "\",");
        assertThat(doc.select(".question a.tag").eachAttr("href")).doesNotContain("index.html");
        List<Element> packed = new java.util.ArrayList<>();
        try (var pages = java.nio.file.Files.walk(out.resolve("print"))) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".html")).toList()) {
                packed.addAll(Jsoup.parse(Fixtures.read(p)).select("article.principle .question.is-answered"));
            }
        }
        assertThat(packed).isNotEmpty().allSatisfy(q -> assertThat(q.select(".q-answer p").text()).isNotBlank());
    }

    /** On the Korean interface's pages a note's text says its language where it is not Korean, and only there. */
    @Test
    void principlePageTextsSayTheirLanguageWhereItIsNotThePages() {
        Document doc = page("principles/customer-obsession/index.html");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("ko");
        List<Element> texts = doc.select("main .story-title, main .story-card .meta a, main .story-result, "
                + "main .q-text, main .question a.tag, main #p-notes + ul a");
        assertThat(texts).hasSizeGreaterThan(5);
        for (Element text : texts) {
            assertThat(text.attr("lang")).as(text.text()).isNotEqualTo("ko");
            assertThat(text.closest("[lang]").attr("lang")).as(text.text())
                    .isEqualTo(io.github.studysite.util.Scripts.language(text.text(), "en"));
        }
    }

    @Test
    void principlesWithoutStoriesSaySo() {
        assertThat(page("principles/invent-and-simplify/index.html").select(".empty-state").first().text())
                .contains("아직 이 원칙에 해당하는 스토리가 없습니다");
    }

    @Test
    void starIndexMarksIncompleteStoriesAndCountsEachStoryOnce() {
        Document doc = page("stories/index.html");
        List<String> titles = doc.select("#story-table tbody td:first-child").eachText();
        assertThat(titles).hasSize(19).doesNotHaveDuplicates();
        assertThat(titles.stream().filter(t -> t.equals("LG화학 CDN서비스"))).hasSize(1);
        assertThat(doc.select("tr.status-incomplete td:first-child").eachText()).contains("대한항공 프로젝트");
        assertThat(doc.select("tr.status-empty td:first-child").eachText()).contains("(제목 없는 스토리)");
        assertThat(doc.select("tr.status-complete td:first-child").eachText()).contains("LG화학 CDN서비스");
        assertThat(doc.select("tr").get(1).select("a.tag").eachAttr("href"))
                .containsExactly("../principles/customer-obsession/index.html");
    }

    @Test
    void storyPageShowsFourLabelledPartsAndLinksBothWays() {
        Document doc = page("stories/대한항공-프로젝트.html");
        assertThat(doc.select(".star-part")).hasSize(4);
        assertThat(doc.select(".star-part.is-empty h2").text()).contains("A").contains("Action");
        assertThat(doc.select(".star-part.is-empty .todo")).hasSize(1);
        assertThat(doc.select("a.tag").eachAttr("href")).contains("../principles/think-big/index.html");
        assertThat(doc.select("a[href*=notes/001]").attr("href"))
                .isEqualTo("../notes/001_39e2b3392925d8bd/index.html#story-대한항공-프로젝트");
        assertThat(doc.select("#s-questions + ul a").eachText()).contains("본인의 경력 중에서 가장 의미 있던 성과는?");
    }

    @Test
    void questionBankHasTheQuestionsOf002And003() {
        Document doc = page("questions/index.html");
        List<String> questions = doc.select(".question .q-text").eachText();
        assertThat(questions).contains("이전 직장에서 이직한 이유는 무엇입니까?", "VPC에 대해 설명해보세요.",
                "Cloud Support에 대해 간단히 설명해보세요.");
        assertThat(doc.select(".question.is-unanswered .q-text").eachText()).contains("VPC에 대해 설명해보세요.");
    }

    /**
     * A question of the bank carries what browsing needs — its text, whether it is answered, its speaking time, a link
     * to its answer on the note's page — but not the answer, which its note's search file (named by the note's
     * group) holds for the page to show when the question is opened.
     */
    @Test
    void questionBankItemsLinkToTheirAnswerInTheNoteAndItsSearchFile() throws IOException {
        Document doc = page("questions/index.html");
        Element item = doc.select("#by-note ~ .question-group li.question").stream()
                .filter(q -> q.selectFirst(".q-text").text().equals("이전 직장에서 이직한 이유는 무엇입니까?"))
                .findFirst().orElseThrow();
        assertThat(item.hasClass("is-answered")).isTrue();
        // a Korean question on the Korean interface's page inherits the page's lang
        assertThat(item.selectFirst(".q-text").hasAttr("lang")).isFalse();
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(item.select(".q-answer, .q-body")).isEmpty();
        Element link = item.selectFirst(".meta a");
        assertThat(item.selectFirst(".meta").text()).startsWith("말하기 ");
        // the note's title is the group's heading, not said again by each question
        assertThat(link.text()).isEqualTo("노트에서 보기");
        Element group = item.closest(".question-group");
        String note = group.selectFirst("h3 a").attr("href");
        assertThat(link.attr("href")).startsWith(note + "#");
        assertThat(Jsoup.parse(Fixtures.read(out.resolve("questions").resolve(note).normalize()))
                .getElementById(link.attr("href").substring(note.length() + 1))).isNotNull();
        String file = SearchFiles.read(out.resolve("search/c" + group.attr("data-file") + ".js"));
        assertThat(file).contains("[\"q\",\"" + item.id() + "\",");
    }

    @Test
    void studyChecklistHasTheEmptyTopicsOf004() {
        Document doc = page("study/index.html");
        assertThat(doc.select(".checklist .topic-title").eachText()).contains("EC2", "S3", "RDS", "VPC");
        assertThat(doc.select(".checklist input[type=checkbox]").first().attr("data-remember")).startsWith("topic:");
    }

    @Test
    void dashboardShowsTheCoverageMatrixAndWhatToDoNext() {
        Document doc = page("index.html");
        assertThat(doc.select(".coverage-cell")).hasSize(16);
        assertThat(doc.select(".coverage-cell.coverage-complete .coverage-name").eachText()).contains("고객 집착");
        assertThat(doc.select(".coverage-cell.coverage-none .coverage-name").eachText()).contains("근면, 검소");
        assertThat(doc.select("#next-stories + ul .story-title").eachText()).contains("대한항공 프로젝트");
        // the first topics in note order: 000's "1차 면접: Docker, PKI, Token, …" list (issue 23)
        assertThat(doc.select("#next-topics + ul a").eachText()).contains("Docker", "PKI");
        assertThat(doc.select(".note-card")).hasSize(4);
    }

    @Test
    void revisionsAreOneNoteWithAChangesPage() {
        Document current = page("notes/001_39e2b3392925d8bd/index.html");
        assertThat(current.select(".revisions a").eachText()).contains("content/000_ca69e49fd9764789.txt");
        Document older = page("notes/000_ca69e49fd9764789/index.html");
        assertThat(older.select(".banner-revision a").attr("href")).isEqualTo("../001_39e2b3392925d8bd/index.html");
        Document changes = page("notes/001_39e2b3392925d8bd/changes/index.html");
        assertThat(changes.select(".change-added").text()).contains("Application 오류에 대한 알람 서비스");
        assertThat(changes.select(".change-removed").text()).contains("시스템 최적화");
        assertThat(changes.select(".change-changed").text()).contains("X-Ray 서비스");
    }

    @Test
    void notePagesCarryTheAnchorsTheStudyPagesLinkTo() {
        Document note = page("notes/001_39e2b3392925d8bd/index.html");
        assertThat(note.getElementById("story-lg화학-cdn서비스")).isNotNull();
        assertThat(note.getElementById("lp-frugality")).isNotNull();
        assertThat(note.select(".study-panel a").eachText()).contains("LG화학 CDN서비스", "고객 집착", "근면, 검소");
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        assertThat(SiteCheck.brokenLinks(out)).isEmpty();
    }
}
