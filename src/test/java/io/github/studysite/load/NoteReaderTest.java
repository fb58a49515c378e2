package io.github.studysite.load;

import io.github.studysite.Fixtures;
import io.github.studysite.model.Note;
import io.github.studysite.model.Visibility;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NoteReaderTest {

    @Test
    void seed000HasTitleAuthorLayoutAndNoDate() {
        Note note = Fixtures.seed(Fixtures.SEED_000);
        assertThat(note.title()).isEqualTo("AWS - Interview CSE");
        assertThat(note.author()).isEqualTo("Bys");
        assertThat(note.layout()).isEqualTo("resume");
        assertThat(note.categories()).containsExactly("resume");
        assertThat(note.date()).isNull();
        assertThat(note.lang()).isEqualTo("ko");
        assertThat(note.slug()).isEqualTo("000_ca69e49fd9764789");
    }

    @Test
    void seed002HasNoFrontMatterSoTheFirstHeadingIsTheTitle() {
        Note note = Fixtures.seed(Fixtures.SEED_002);
        assertThat(note.title()).isEqualTo("자기소개");
        assertThat(note.frontMatter()).isEmpty();
    }

    @Test
    void seed003HasDateTagsAndDescription() {
        Note note = Fixtures.seed(Fixtures.SEED_003);
        assertThat(note.title()).isEqualTo("Amazon Cloud Support Intern - Phone Interview 준비 1");
        assertThat(note.date()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(note.tags()).containsExactly("Blog", "취준", "Amazon");
        assertThat(note.description()).startsWith("Cloud Support Intern");
    }

    @Test
    void seed004FallsBackToItsFirstHeading() {
        assertThat(Fixtures.seed(Fixtures.SEED_004).title()).isEqualTo("클라우드 (AWS)에 대한 기본 이해");
    }

    @Test
    void jekyllFileNameGivesDateAndSlug() {
        Note note = Fixtures.note("2024-05-01-system-design.md", "Some text without heading\n");
        assertThat(note.date()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(note.slug()).isEqualTo("system-design");
        assertThat(note.title()).isEqualTo("system-design");
    }

    @Test
    void unquotedYamlDateIsRead() {
        Note note = Fixtures.note("a.md", "---\ndate: 2023-01-02\n---\nx\n");
        assertThat(note.date()).isEqualTo(LocalDate.of(2023, 1, 2));
    }

    @Test
    void tagsAsStringAreSplitLikeJekyll() {
        assertThat(Fixtures.note("a.md", "---\ntags: aws interview\n---\n").tags()).containsExactly("aws", "interview");
        assertThat(Fixtures.note("a.md", "---\ntags: \"a b, c\"\n---\n").tags()).containsExactly("a b", "c");
    }

    @Test
    void draftsAndPrivateNotes() {
        assertThat(Fixtures.note("a.md", "---\ndraft: true\n---\n").visibility()).isEqualTo(Visibility.DRAFT);
        assertThat(Fixtures.note("a.md", "---\npublished: false\n---\n").visibility()).isEqualTo(Visibility.DRAFT);
        assertThat(Fixtures.note("a.md", "---\nprivate: true\n---\n").visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(Fixtures.note("a.md", "x\n").visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void englishNoteIsDetectedAsEnglish() {
        assertThat(Fixtures.note("a.md", "# Customer Obsession\nI worked backwards from the customer.\n").lang())
                .isEqualTo("en");
    }

    @Test
    void frontMatterSlugWins() {
        assertThat(Fixtures.note("a.md", "---\nslug: 면접 준비\n---\n").slug()).isEqualTo("면접-준비");
    }

    @Test
    void crlfFilesReadTheSame() {
        Note crlf = Fixtures.note("a.md", "---\r\ntitle: T\r\n---\r\n# H\r\nbody\r\n");
        assertThat(crlf.title()).isEqualTo("T");
        assertThat(crlf.body()).doesNotContain("\r");
    }
}
