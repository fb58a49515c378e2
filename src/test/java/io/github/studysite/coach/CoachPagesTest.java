package io.github.studysite.coach;

import io.github.studysite.SeedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hints as a reader meets them on the seed site: on the story page, in the STAR index, on the dashboard. */
class CoachPagesTest {

    private static Element row(Document index, String title) {
        return index.select("#story-table tbody tr").stream()
                .filter(tr -> tr.select("td").first().text().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + title));
    }

    @Test
    void theStarIndexMarksStoriesThatNeedWorkAndCanFilterThem() {
        Document index = SeedSite.page("stories/index.html");
        Element cdn = row(index, "LG화학 CDN서비스");
        assertThat(cdn.select(".coach-hints-inline li").eachText()).contains("결과에 수치 없음");
        assertThat(index.select("form.filters select[name=feedback] option").eachAttr("value"))
                .containsExactly("", "needs-work", "ok");
        long needing = index.select("#story-table tbody tr:has(.coach-hints-inline li)").size();
        assertThat(needing).isPositive().isLessThan(index.select("#story-table tbody tr").size());
        assertThat(SeedSite.page("index.html").select(".stat-needs-work strong").text())
                .isEqualTo(String.valueOf(needing));
    }

    @Test
    void theAlarmStoryPageSaysItsResultRepeatsTheXRayStoryAndLinksIt() {
        Document index = SeedSite.page("stories/index.html");
        String href = row(index, "Application 오류에 대한 알람 서비스").select("td a").first().attr("href");
        Document page = SeedSite.page("stories/" + href);
        Element hint = page.selectFirst(".coach-hints li[data-hint=repeated-part]");
        assertThat(hint).isNotNull();
        assertThat(hint.text()).contains("결과 (Result)").contains("X-Ray 서비스");
        assertThat(hint.select("a").attr("href")).contains("x-ray");
        // a dismissal is remembered as <story slug>/<rule>: the box names the story, each hint its rule
        assertThat(page.selectFirst(".coach-hints").attr("data-hints"))
                .isEqualTo(href.substring(href.lastIndexOf('/') + 1).replaceAll("\\.html$", ""));
        assertThat(page.selectFirst(".coach-hints").attr("data-dismiss")).isNotBlank();
    }

    @Test
    void theEnglishInterfaceSaysTheHintsInEnglish() {
        Document index = SeedSite.page("en/stories/index.html");
        // the STAR index names each hint in a few words, the story's page says what to do
        assertThat(row(index, "LG화학 CDN서비스").select(".coach-hints-inline li").eachText())
                .contains("No figure in the result");
        String story = row(index, "LG화학 CDN서비스").select("td a").first().attr("href");
        assertThat(SeedSite.page("en/stories/" + story).select(".coach-hints li[data-hint=unquantified-result]").text())
                .startsWith("Quantify the result");
    }

    @Test
    void theLoopPlanListsTheGapsFirstThenOneSheetPerInterviewerAlsoInThePrintPack() {
        Document loop = SeedSite.page("loop/index.html");
        Element gaps = loop.selectFirst(".loop-gaps");
        assertThat(gaps).isNotNull();
        assertThat(gaps.text()).contains("근면, 검소");
        assertThat(loop.select(".loop-plan > *").indexOf(gaps))
                .isLessThan(loop.select(".loop-plan > *").indexOf(loop.selectFirst(".loop-slot")));
        assertThat(loop.select("article.loop-slot.one-pager")).hasSize(5)
                .allSatisfy(slot -> assertThat(slot.select(".loop-pick")).hasSizeBetween(2, 3));
        java.util.List<String> told = loop.select(".loop-best a, .loop-backup a").eachAttr("href");
        assertThat(told).isNotEmpty().doesNotHaveDuplicates();
        Document pack = SeedSite.page("print/index.html");
        assertThat(pack.select("article.loop-slot.one-pager")).hasSize(5);
        assertThat(SeedSite.page("index.html").select(".stat-loop strong").text()).isEqualTo("5");
    }
}
