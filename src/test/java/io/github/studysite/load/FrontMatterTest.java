package io.github.studysite.load;

import io.github.studysite.problem.Problem;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrontMatterTest {

    private final Problems problems = new Problems();

    @Test
    void splitsAndKeepsLineNumbers() {
        String text = "---\ntitle: \"T\"\ntags: [a, b]\n---\n# Heading\nbody\n";
        FrontMatter fm = FrontMatter.split(text, "content/a.md", problems).orElseThrow();
        assertThat(fm.present()).isTrue();
        assertThat(fm.data()).containsEntry("title", "T");
        assertThat(fm.body().split("\n", -1)[4]).isEqualTo("# Heading");
        assertThat(fm.body().lines().count()).isEqualTo(text.lines().count());
    }

    @Test
    void noFrontMatterIsFine() {
        FrontMatter fm = FrontMatter.split("# Just a note\n", "a.md", problems).orElseThrow();
        assertThat(fm.present()).isFalse();
        assertThat(fm.data()).isEmpty();
    }

    @Test
    void nullValuesAreKept() {
        FrontMatter fm = FrontMatter.split("---\ntitle:\n---\nx\n", "a.md", problems).orElseThrow();
        assertThat(fm.data()).containsKey("title");
    }

    @Test
    void brokenYamlIsReportedAtFileLineAndColumn() {
        String text = "---\ntitle: ok\ntags: [a, b\nauthor: x\n---\nbody\n";
        assertThat(FrontMatter.split(text, "content/broken.md", problems)).isEmpty();
        Problem p = problems.sorted().get(0);
        assertThat(p.isError()).isTrue();
        assertThat(p.path()).isEqualTo("content/broken.md");
        assertThat(p.line()).isBetween(3, 5);
        assertThat(p.column()).isPositive();
        assertThat(p.toString()).startsWith("content/broken.md:" + p.line() + ":" + p.column() + ": invalid YAML");
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertThat(FrontMatter.split("---\ntitle: x\n\nbody\n", "a.md", problems)).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("never closed");
        });
    }

    @Test
    void javaTagsAreRefused() {
        String text = "---\nx: !!java.io.File [\"/etc/passwd\"]\n---\n";
        assertThat(FrontMatter.split(text, "a.md", problems)).isEmpty();
        assertThat(problems.hasErrors()).isTrue();
    }

    @Test
    void frontMatterThatIsAListIsAnError() {
        assertThat(FrontMatter.split("---\n- a\n- b\n---\n", "a.md", problems)).isEmpty();
        assertThat(problems.sorted().get(0).message()).contains("mapping");
    }
}
