package io.github.studysite.render;

import io.github.studysite.Fixtures;
import io.github.studysite.address.NoteIndex;
import io.github.studysite.address.Urls;
import io.github.studysite.model.Note;
import io.github.studysite.markdown.MarkdownEngine;
import io.github.studysite.problem.Problem;
import io.github.studysite.problem.Problems;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NoteLinksTest {

    private final Problems problems = new Problems();

    private List<String> hrefs(String markdown, Set<String> assets) {
        Note note = Fixtures.note("a.md", markdown);
        NoteIndex index = NoteIndex.build(List.of(note), Set.of(), problems);
        NoteLinks links = new NoteLinks(note, index.page(note), index, assets, new Urls(false), problems);
        MarkdownEngine engine = new MarkdownEngine();
        String html = engine.render(engine.parse(note), Map.of(), links, false);
        return Jsoup.parseBodyFragment(html).select("[href], [src]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src")).toList();
    }

    @Test
    void aBarePercentSignInAPathIsTakenAsWritten() {
        assertThat(hrefs("![chart](50%.png) [doc](100%25.pdf) [gone](x%.md)", Set.of("50%.png", "100%.pdf")))
                .containsExactly(NoteLinks.SITE_ROOT + "50%25.png", NoteLinks.SITE_ROOT + "100%25.pdf", "x%.md");
        assertThat(problems.sorted()).extracting(Problem::toString)
                .containsExactly("content/a.md:1:37: link target not found: x%.md");
    }

    @Test
    void emailAutolinksAreAddressesNotFiles() {
        assertThat(hrefs("write to recruiter@bigcorp.co.kr", Set.of())).containsExactly("mailto:recruiter@bigcorp.co.kr");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void unsafeAddressesAreReportedAtTheirLink() {
        assertThat(hrefs("ok\n\n[x](javascript:alert(1))", Set.of())).isEmpty();
        assertThat(problems.sorted()).extracting(Problem::toString).containsExactly("content/a.md:3:1: removed from "
                + "the page as unsafe: href=javascript: (they could run scripts in readers' browsers; set "
                + "allowUnsafeHtml to publish them as written)");
    }
}
