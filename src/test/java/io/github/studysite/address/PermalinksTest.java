package io.github.studysite.address;

import io.github.studysite.Fixtures;
import io.github.studysite.model.Note;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Jekyll's permalink styles and placeholders (jekyll 4.3 docs, "Permalinks"), and slugs that stay put. */
class PermalinksTest {

    private final Problems problems = new Problems();

    private static Note post(String path, String frontMatter) {
        return Fixtures.note(path, "---\n" + frontMatter + "---\n\ntext\n");
    }

    @Test
    void stylesAndPatternsGiveJekyllsAddresses() {
        Note note = post("_posts/2024-01-05-amazon-lp.md", "title: Amazon LP\ncategories: [Interview, AWS]\n");
        assertThat(Permalinks.expand("date", note)).contains("/interview/aws/2024/01/05/amazon-lp.html");
        assertThat(Permalinks.expand("pretty", note)).contains("/interview/aws/2024/01/05/amazon-lp/");
        assertThat(Permalinks.expand("ordinal", note)).contains("/interview/aws/2024/005/amazon-lp.html");
        assertThat(Permalinks.expand("none", note)).contains("/interview/aws/amazon-lp.html");
        assertThat(Permalinks.expand("/:categories/:title/", note)).contains("/interview/aws/amazon-lp/");
        assertThat(Permalinks.expand("/:year/:title:output_ext", note)).contains("/2024/amazon-lp.html");
        assertThat(Permalinks.expand("/:year/:i_month/:i_day/:short_year/:title/", note))
                .contains("/2024/1/5/24/amazon-lp/");
    }

    @Test
    void withoutCategoriesTheSlashesFold() {
        Note note = post("_posts/2024-01-05-cf.md", "title: CF\n");
        assertThat(Permalinks.expand("/:categories/:year/:month/:day/:title/", note)).contains("/2024/01/05/cf/");
    }

    @Test
    void theSitesPermalinkAppliesToPostsAndANotesOwnToIt() {
        Note post = post("_posts/2024-01-05-amazon-lp.md", "categories: interview\n");
        Note page = post("about.md", "title: About\n");
        Note own = post("cv.md", "title: CV\ndate: 2023-03-04\npermalink: /:year/:title/\n");
        NoteIndex index = NoteIndex.build(List.of(post, page, own), Set.of(), "pretty", problems);
        assertThat(index.pageOf("_posts/2024-01-05-amazon-lp.md"))
                .contains("interview/2024/01/05/amazon-lp/index.html");
        assertThat(index.pageOf("about.md")).contains("notes/about/index.html");
        assertThat(index.pageOf("cv.md")).contains("2023/cv/index.html");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void aPatternThatNeedsADateTheNoteLacksKeepsTheUsualPageWithAWarning() {
        Note note = post("notes.md", "title: Notes\npermalink: /:year/:title/\n");
        NoteIndex index = NoteIndex.build(List.of(note), Set.of(), "", problems);
        assertThat(index.pageOf("notes.md")).contains("notes/notes/index.html");
        assertThat(problems.sorted()).singleElement().satisfies(p -> assertThat(p.message()).contains("date"));
    }

    @Test
    void addingAnOlderPostWithTheSameTitleRenumbersNobody() {
        Note newer = post("_posts/2024-03-01-cf.md", "title: cf\n");
        Note newest = post("_posts/2024-05-01-cf.md", "title: cf\n");
        NoteIndex before = NoteIndex.build(List.of(newer, newest), Set.of(), "", problems);
        Note older = post("_posts/2023-01-01-cf.md", "title: cf\n");
        NoteIndex after = NoteIndex.build(List.of(older, newer, newest), Set.of(), "", problems);
        for (String path : List.of("_posts/2024-03-01-cf.md", "_posts/2024-05-01-cf.md")) {
            assertThat(after.pageOf(path)).isEqualTo(before.pageOf(path));
        }
        assertThat(after.pageOf("_posts/2024-03-01-cf.md")).contains("notes/cf-2024-03-01/index.html");
        assertThat(after.pageOf("_posts/2023-01-01-cf.md")).contains("notes/cf-2023-01-01/index.html");
    }
}
