package io.github.studysite.render;

import io.github.studysite.BuildResult;
import io.github.studysite.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader sees of a note's study panel and of the notes list, rendered from their typed views. */
class NotePanelTest {

    @TempDir
    Path project;

    @Test
    void aNotesPanelListsItsStoriesAndANoteWithoutStudyHasNoPanel() throws IOException {
        Fixtures.write(project, "content/a.md", "---\ntitle: 이야기 모음\n---\n## Ownership\n### 장애 대응\n"
                + "S: 새벽 장애\nT: 복구\nA: 제가 롤백했습니다\nR: 30분 만에 복구\n### Cost cut\nS: s\nT: t\nA: I cut it\n"
                + "R: 40% less\n");
        Fixtures.write(project, "content/b.md", "---\ntitle: Plain\n---\nJust text.\n");
        BuildResult result = Fixtures.build(project);
        assertThat(result.success()).isTrue();
        Path site = project.resolve("site-output");

        Document notes = page(site, "notes/index.html");
        assertThat(notes.selectFirst("main h1 .count").text()).isEqualTo("2");
        assertThat(notes.select("main").text()).contains("이야기 모음", "Plain");

        Document a = page(site, "notes/a/index.html");
        Element panel = a.selectFirst("aside.study-panel");
        assertThat(panel).isNotNull();
        Element stories = panel.select("h3").stream().filter(h -> h.select(".count").text().equals("2"))
                .findFirst().orElseThrow();
        assertThat(stories.nextElementSibling().select("li a").eachText()).containsExactly("장애 대응", "Cost cut");
        for (Element link : stories.nextElementSibling().select("li a")) {
            Document story = page(site.resolve("notes/a"), link.attr("href"));
            assertThat(story.select("main h1").text()).contains(link.text());
        }
        assertThat(panel.text()).doesNotContain("+0");

        assertThat(page(site, "notes/b/index.html").select("aside.study-panel")).isEmpty();
    }

    private static Document page(Path dir, String href) {
        String file = href.endsWith("/") ? href + "index.html" : href;
        return Jsoup.parse(Fixtures.read(dir.resolve(file).normalize()));
    }
}
