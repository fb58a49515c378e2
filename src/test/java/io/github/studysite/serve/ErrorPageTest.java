package io.github.studysite.serve;

import io.github.studysite.BuildResult;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The page the preview shows while the last build failed: what a person reads to fix it. */
class ErrorPageTest {

    private static BuildResult failed(Problems problems) {
        return new BuildResult(false, problems.sorted(), Path.of("site-output"), 1, 0, Duration.ZERO, 0, 0);
    }

    @Test
    void listsEveryErrorWithItsPlaceAndTheWarningsApart() {
        Problems problems = new Problems();
        problems.error(Stage.SOURCE, "content/a.md", 3, 1, "front matter is never closed");
        problems.error(Stage.ADDRESS, "content/b.md", 2, 1, "permalink '../x/' is not a path inside the site folder");
        problems.warn(Stage.SOURCE, "content/c.md", 0, 0, "unknown key");
        Document page = Jsoup.parse(ErrorPage.render(failed(problems), "ko"));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ko");
        assertThat(page.select("ul.errors li").eachText()).containsExactly(
                "content/a.md:3:1: front matter is never closed",
                "content/b.md:2:1: permalink '../x/' is not a path inside the site folder");
        assertThat(page.select("h2").eachText()).hasSize(2).first().asString().endsWith("(2)");
        assertThat(page.select("ul.warnings li").eachText()).containsExactly("content/c.md: unknown key");
    }

    @Test
    void noWarningsNoWarningsSection() {
        Problems problems = new Problems();
        problems.error(Stage.SOURCE, "content/a.md", 3, 1, "broken");
        Document page = Jsoup.parse(ErrorPage.render(failed(problems), "en"));
        assertThat(page.select("ul.warnings")).isEmpty();
        assertThat(page.select("h2")).hasSize(1);
        assertThat(page.title()).isNotBlank();
    }
}
