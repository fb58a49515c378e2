package io.github.studysite.address;

import io.github.studysite.Fixtures;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NoteIndexTest {

    private final Problems problems = new Problems();

    @Test
    void duplicateSlugsAreDeterministicWithAWarning() {
        var a = Fixtures.note("a.md", "---\nslug: same\n---\n");
        var b = Fixtures.note("b.md", "---\nslug: same\n---\n");
        NoteIndex index = NoteIndex.build(List.of(a, b), Set.of(), problems);
        assertThat(index.notes()).extracting(n -> n.slug()).containsExactly("same", "same-2");
        assertThat(index.pageOf("b.md")).contains("notes/same-2/index.html");
        assertThat(problems.sorted()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("content/b.md"));
    }

    @Test
    void permalinksBecomePages() {
        assertThat(NoteIndex.permalinkPage("/about/")).contains("about/index.html");
        assertThat(NoteIndex.permalinkPage("/a/b.html")).contains("a/b.html");
        assertThat(NoteIndex.permalinkPage("cv")).contains("cv/index.html");
    }

    @Test
    void permalinksThatEscapeAreRefused() {
        assertThat(NoteIndex.permalinkPage("../../x")).isEmpty();
        assertThat(NoteIndex.permalinkPage("/a/../../etc/passwd")).isEmpty();
        assertThat(NoteIndex.permalinkPage("https://evil.example/")).isEmpty();
        assertThat(NoteIndex.permalinkPage("/")).isEmpty();
        var n = Fixtures.note("a.md", "---\npermalink: ../../x\n---\n");
        NoteIndex.build(List.of(n), Set.of(), problems);
        assertThat(problems.hasErrors()).isTrue();
    }

    @Test
    void permalinkCannotTakeAReservedPage() {
        var n = Fixtures.note("a.md", "---\npermalink: /notes/\n---\n");
        NoteIndex.build(List.of(n), Set.of("notes/index.html"), problems);
        assertThat(problems.sorted().get(0).message()).contains("already the address");
    }
}
