package io.github.studysite.link;

import io.github.studysite.Fixtures;
import io.github.studysite.model.Note;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Revisions of one note share a front-matter title, compared without case and white space differences. */
class RevisionsTest {

    private static Note titled(String name, String title, String date) {
        return Fixtures.note(name, "---\ntitle: \"" + title + "\"\ndate: " + date + "\n---\nbody\n");
    }

    @Test
    void titlesGroupWhateverTheirCaseAndWhiteSpace() {
        List<List<Note>> groups = Revisions.group(List.of(
                titled("a.md", "Amazon  LP\\t준비", "2024-03-01"),
                titled("b.md", " amazon lp 준비 ", "2024-01-01"),
                titled("c.md", "Amazon LP 준비 2", "2024-02-01")));
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).extracting(Note::contentPath).containsExactly("b.md", "a.md");
        assertThat(groups.get(1)).extracting(Note::contentPath).containsExactly("c.md");
    }

    @Test
    void aKeyRewritesOnlyTitlesWithRunsOrOtherWhiteSpace() {
        assertThat(Revisions.key("  Plain Title ")).isEqualTo("plain title");
        assertThat(Revisions.key("Two  spaces")).isEqualTo("two spaces");
        assertThat(Revisions.key("tab\there")).isEqualTo("tab here");
        assertThat(Revisions.key("line\nbreak")).isEqualTo("line break");
        assertThat(Revisions.key("끝 공백 ")).isEqualTo("끝 공백");
    }
}
