package io.github.studysite.render;

import io.github.studysite.SeedSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sections with nothing in them are left out, not shown with a count of 0 over an empty list (mustache.java renders a
 * section for the number 0, so the templates test flags): on a story page, in a note's study panel, in the checklist.
 */
class EmptySectionsTest {

    private static Document page(String path) {
        return SeedSite.page(path);
    }

    @Test
    void aStoryNoQuestionAsksForHasNoQuestionsSection() {
        assertThat(page("stories/lg화학-cdn서비스.html").select(".sheet-questions")).isEmpty();
        assertThat(page("stories/고객에게-불만을-제공해주었던-적.html").select(".sheet-questions li")).isNotEmpty();
    }

    @Test
    void aNotesPanelListsOnlyWhatWasFound() {
        Document note = page("notes/003_4de0ae601899b12d/index.html");
        assertThat(note.select(".study-panel h3")).extracting(e -> e.ownText().strip()).containsExactly("질문");
        assertThat(note.select(".study-panel ul")).allSatisfy(ul -> assertThat(ul.children()).isNotEmpty());
    }

    @Test
    void noEmptyListsAnywhereOnTheStudyPages() {
        for (String path : new String[] {"study/index.html", "principles/ownership/index.html", "index.html",
                "print/index.html"}) {
            assertThat(page(path).select("main ul:not(:has(li))")).as(path).isEmpty();
        }
    }
}
