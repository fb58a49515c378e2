package io.github.studysite.source;

import io.github.studysite.Fixtures;
import io.github.studysite.model.Note;
import io.github.studysite.model.Visibility;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

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

    private final Problems problems = new Problems();

    private Note read(String text) {
        return new NoteReader(Fixtures.settings(), problems).read("content/a.md", "a.md", text, false).orElseThrow();
    }

    private List<String> reported() {
        return problems.sorted().stream().map(p -> (p.isError() ? "E " : "W ") + p).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "private: true|PRIVATE|false", "private: yes|PRIVATE|false", "private: 1|PRIVATE|true",
            "Private: true|PRIVATE|true", "PRIVATE: yes|PRIVATE|true", "private: \"true\"|PRIVATE|true",
            "private: [a]|PRIVATE|true", "private: ''|PRIVATE|true", "private: false|PUBLIC|false",
            "private: 0|PUBLIC|true", "private:|PUBLIC|false", "draft: y|DRAFT|true", "draft: \"true\"|DRAFT|true",
            "draft: T|DRAFT|true", "Draft: on|DRAFT|true", "draft: no|PUBLIC|false", "published: 0|DRAFT|true",
            "published: no|DRAFT|false", "published: \"false\"|DRAFT|true", "published: never|DRAFT|true",
            "published: true|PUBLIC|false", "published: 2024-01-05|PUBLIC|false", "Published: false|DRAFT|true"})
    void visibilityFailsClosedAndWarnsAboutUnusualSpellings(String line, Visibility expected, boolean warned) {
        assertThat(read("---\ntitle: T\n" + line + "\n---\n").visibility()).as(line).isEqualTo(expected);
        assertThat(problems.sorted()).as(line).hasSize(warned ? 1 : 0)
                .allSatisfy(p -> assertThat(p.location()).isEqualTo("content/a.md:3:1"));
    }

    @Test
    void hugoDraftInTomlAndJsonHidesTheNote() {
        assertThat(read("+++\ndraft = true\n+++\n").visibility()).isEqualTo(Visibility.DRAFT);
        assertThat(read("{\"draft\": true}\n").visibility()).isEqualTo(Visibility.DRAFT);
        assertThat(read("+++\ndraft = false\n+++\n").visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void hugoKeysMapAsInYaml() {
        Note toml = read("+++\ntitle = \"T\"\ndate = 2024-03-05T23:30:00-08:00\ntags = [\"a\"]\n"
                + "categories = [\"c\"]\naliases = [\"/old/\"]\n+++\n");
        Note yaml = read("---\ntitle: T\ndate: 2024-03-05 23:30:00 -08:00\ntags: [a]\ncategories: [c]\n"
                + "aliases: [/old/]\n---\n");
        Note json = read("{\"title\": \"T\", \"date\": \"2024-03-05T23:30:00-08:00\", \"tags\": [\"a\"],\n"
                + "\"categories\": [\"c\"], \"aliases\": [\"/old/\"]}\n");
        for (Note note : List.of(toml, yaml, json)) {
            assertThat(note.title()).isEqualTo("T");
            assertThat(note.date()).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(note.tags()).containsExactly("a");
            assertThat(note.categories()).containsExactly("c");
            assertThat(note.frontMatter().get("aliases")).isEqualTo(List.of("/old/"));
        }
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void anImpossibleDateIsAnErrorAtItsLine() {
        Note note = read("---\ntitle: T\ndate: 2024-02-30\n---\n");
        assertThat(note.date()).isNull();
        assertThat(reported()).containsExactly("E content/a.md:3:1: date '2024-02-30' is not a real date (Invalid date "
                + "'FEBRUARY 30'): write it as YYYY-MM-DD; the note is dated as if it had no date");
    }

    @Test
    void datesInOtherCommonFormsAreRead() {
        assertThat(read("---\ndate: \"2024.03.05\"\n---\n").date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(read("---\ndate: 2024/3/5\n---\n").date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(read("---\ndate: 2024-03-05 10:00\n---\n").date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void anImpossibleFileNameDateIsAnError() {
        Note note = new NoteReader(Fixtures.settings(), problems).read("content/2024-02-30-leap.md",
                "2024-02-30-leap.md", "# Leap\n", false).orElseThrow();
        assertThat(note.date()).isNull();
        assertThat(note.slug()).isEqualTo("leap");
        assertThat(reported()).containsExactly("E content/2024-02-30-leap.md: the file name's date 2024-02-30 is not a "
                + "real date: rename the file; the note is dated as if it had no date");
    }

    @Test
    void aBadSlugIsReportedAtItsLine() {
        read("---\ntitle: T\nslug: ../x\n---\n");
        assertThat(reported()).singleElement().asString().startsWith("E content/a.md:3:1: slug '../x' is not a plain "
                + "name");
    }
}
