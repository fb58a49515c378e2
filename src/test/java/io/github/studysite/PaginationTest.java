package io.github.studysite;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists that outgrow a page continue on numbered pages, and every link still finds its item. */
class PaginationTest {

    @TempDir
    static Path project;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        StringBuilder questions = new StringBuilder("# 예상 질문\n\n");
        for (int i = 1; i <= 450; i++) {
            questions.append(i).append(". 질문 ").append(i).append("번은 무엇인가요?\n");
            if (i != 420) { // one unanswered question, on the third page
                questions.append("   답 ").append(i).append(".\n");
            }
            questions.append('\n');
        }
        Fixtures.write(project, "content/questions.md", questions.toString());
        Fixtures.write(project, "content/_config.yml", Fixtures.BILINGUAL_CONFIG); // the English pages are paged too
        StringBuilder stories = new StringBuilder("## Ownership\n\n");
        for (int i = 1; i <= 210; i++) {
            stories.append("### 스토리 ").append(i).append("\nS: 상황 ").append(i).append("\nR: 결과 ").append(i)
                    .append("\n\n");
        }
        Fixtures.write(project, "content/stories.md", stories.toString());
        for (int i = 1; i <= 130; i++) { // 131 notes with an Ownership section, stories.md included
            Fixtures.write(project, "content/own-" + i + ".md", "# 노트 " + i + "\n\n## Ownership\n\n메모 " + i + "\n");
        }
        out = Fixtures.builtSite(project);
    }

    private static Document page(String path) {
        return Fixtures.page(out, path);
    }

    @Test
    void theQuestionBankContinuesOnNumberedPages() {
        assertThat(page("questions/index.html").select(".question-list .question")).hasSize(200);
        assertThat(page("questions/page/2.html").select(".question-list .question")).hasSize(200);
        assertThat(page("questions/page/3.html").select(".question-list .question")).hasSize(50);
        assertThat(out.resolve("questions/page/4.html")).doesNotExist();
        Document first = page("questions/index.html");
        assertThat(first.select(".pagination a").eachText()).contains("1", "2", "3", "다음 →");
        assertThat(first.select(".pagination a[aria-current=page]").text()).isEqualTo("1");
        assertThat(page("en/questions/page/3.html").select(".question-list .question")).hasSize(50);
    }

    @Test
    void aPrincipleWithManyStoriesContinuesOnItsOwnPages() {
        Document first = page("principles/ownership/index.html");
        assertThat(first.select(".story-card")).hasSize(100);
        assertThat(first.select("#p-stories .count").text()).isEqualTo("0/210");
        assertThat(page("principles/ownership/page/3.html").select(".story-card")).hasSize(10);
    }

    @Test
    void aPrincipleInManyNotesListsThemPageByPage() {
        assertThat(page("principles/ownership/index.html").select("#p-notes + ul li")).hasSize(100);
        assertThat(page("principles/ownership/page/2.html").select("#p-notes + ul li")).hasSize(31);
        assertThat(page("principles/ownership/page/3.html").select("#p-notes + ul li")).isEmpty();
    }

    @Test
    void linksToAQuestionGoToThePageItIsOn() {
        Document dashboard = page("index.html");
        String link = dashboard.select("#next-questions + ul a").first().attr("href");
        assertThat(link).startsWith("questions/page/3.html#q-");
        Document story = page("stories/index.html");
        assertThat(story.select("#story-table tbody tr")).hasSize(210);
        assertThat(SiteCheck.brokenLinks(out)).isEmpty();
    }
}
