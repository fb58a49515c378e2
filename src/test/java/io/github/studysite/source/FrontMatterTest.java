package io.github.studysite.source;

import io.github.studysite.util.Position;
import io.github.studysite.problem.Problem;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

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

    private FrontMatter split(String text) {
        return FrontMatter.split(text, "content/a.md", problems).orElseThrow(() -> new AssertionError(problems.sorted()));
    }

    private List<String> reported() {
        return problems.sorted().stream().map(p -> (p.isError() ? "E " : "W ") + p).toList();
    }

    @Test
    void eachKeyKnowsItsLineAndColumnInTheFile() {
        FrontMatter fm = split("---\ntitle: T\n  # comment\ndate: 2024-01-05\n---\n");
        assertThat(fm.at("title")).isEqualTo(new Position(2, 1));
        assertThat(fm.at("date")).isEqualTo(new Position(4, 1));
        assertThat(fm.at("absent")).isEqualTo(new Position(1, 0));
    }

    @Test
    void datesAreReadStrictlyAndKeepTheDateAsWritten() {
        FrontMatter fm = split("---\na: 2024-02-29\nb: 2024-02-30\nc: 2024-01-05 01:30:00 +09:00\n"
                + "d: 2024-01-05T25:00:00Z\n---\n");
        assertThat(fm.data().get("a")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(fm.data().get("b")).isEqualTo("2024-02-30");
        assertThat(fm.data().get("c")).isEqualTo(OffsetDateTime.of(2024, 1, 5, 1, 30, 0, 0, ZoneOffset.ofHours(9)));
        assertThat(fm.data().get("d")).isEqualTo("2024-01-05T25:00:00Z");
    }

    @Test
    void aKeyWrittenTwiceKeepsTheLastValueWithAWarning() {
        FrontMatter fm = split("---\ntitle: one\nmeta:\n  a: 1\n  a: 2\ntitle: two\n---\n");
        assertThat(fm.data()).containsEntry("title", "two").containsEntry("meta", Map.of("a", 2));
        assertThat(fm.at("title")).isEqualTo(new Position(6, 1));
        assertThat(reported()).containsExactly(
                "W content/a.md:5:3: key 'a' is written twice (first at line 4); the last value is used, as Jekyll "
                        + "does: remove one of them",
                "W content/a.md:6:1: key 'title' is written twice (first at line 2); the last value is used, as "
                        + "Jekyll does: remove one of them");
    }

    @Test
    void tabsAreExpandedOnlyWhenTheYamlDoesNotParseWithThem() {
        FrontMatter fm = split("---\ncode: |\n  \tindented\ntags:\n\t- a\n---\n");
        assertThat(fm.data()).containsEntry("tags", List.of("a"));
        assertThat(reported()).singleElement().asString().startsWith("W content/a.md:3:3: tab used for indentation");
        problems.sorted();
        FrontMatter fine = FrontMatter.split("---\ncode: |\n  \tindented\n---\n", "b.md", new Problems()).orElseThrow();
        assertThat(fine.data()).containsEntry("code", "\tindented\n");
    }

    @Test
    void recursiveAnchorsAreRefusedAtTheAlias() {
        assertThat(FrontMatter.split("---\nx: &a\n  y: *a\n---\n", "content/a.md", problems)).isEmpty();
        assertThat(reported()).containsExactly("E content/a.md:3:6: invalid YAML: alias *a is inside the value &a "
                + "names, which would make it contain itself without end: recursive structures are refused");
    }

    @Test
    void anAliasOfAFinishedValueIsFine() {
        FrontMatter fm = split("---\nbase: &b [x, y]\ncopy: *b\n---\n");
        assertThat(fm.data()).containsEntry("copy", List.of("x", "y"));
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void hugoTomlIsReadIntoTheSameValuesAsYaml() {
        String text = "+++\ntitle = \"T\"\ndate = 2024-03-05\nweight = 3\ntags = [\"a\", \"b\"]\n\n[params]\n"
                + "  x = 1.5\n+++\n# Body\n";
        FrontMatter fm = split(text);
        assertThat(fm.present()).isTrue();
        assertThat(fm.data()).containsEntry("title", "T").containsEntry("date", LocalDate.of(2024, 3, 5))
                .containsEntry("weight", 3).containsEntry("tags", List.of("a", "b"))
                .containsEntry("params", Map.of("x", 1.5));
        assertThat(fm.at("weight")).isEqualTo(new Position(4, 1));
        assertThat(fm.body().split("\n", -1)[9]).isEqualTo("# Body");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void tomlErrorsAreAllReportedAtTheirLines() {
        assertThat(FrontMatter.split("+++\ntitle = \"a\"\ntitle = \"b\"\nx = \n+++\n", "content/a.md", problems))
                .isEmpty();
        assertThat(problems.sorted()).allMatch(p -> p.isError() && p.line() >= 3 && p.column() > 0)
                .extracting(p -> p.line()).contains(3, 4);
    }

    @Test
    void unclosedTomlIsAnError() {
        assertThat(FrontMatter.split("+++\ntitle = \"a\"\n# Body\n", "content/a.md", problems)).isEmpty();
        assertThat(reported()).containsExactly("E content/a.md:1:1: front matter is never closed: add a line with +++ "
                + "after the TOML block (or remove the first line if it is not front matter)");
    }

    @Test
    void hugoJsonIsReadUpToItsClosingBrace() {
        FrontMatter fm = split("{\n  \"title\": \"T\",\n  \"n\": 7, \"big\": 12345678901,\n  \"tags\": [\"a\"],"
                + " \"m\": {\"k\": null}\n}\n# Body\n");
        assertThat(fm.data()).containsEntry("title", "T").containsEntry("n", 7).containsEntry("big", 12345678901L)
                .containsEntry("tags", List.of("a"));
        assertThat(fm.data().get("m")).isEqualTo(java.util.Collections.singletonMap("k", null));
        assertThat(fm.at("n")).isEqualTo(new Position(3, 3));
        assertThat(fm.body()).isEqualTo("\n\n\n\n\n# Body\n");
    }

    @Test
    void jsonOnOneLineAndTextAfterTheBrace() {
        assertThat(split("{\"title\": \"T\"}\nbody\n").body()).isEqualTo("\nbody\n");
        assertThat(FrontMatter.split("{\"title\": \"T\"} body\n", "content/a.md", problems)).isEmpty();
        assertThat(reported()).containsExactly("E content/a.md:1:15: text after the } that closes the JSON front "
                + "matter: start the note on the next line");
    }

    @Test
    void liquidAndShortcodesAtTheTopAreNotJson() {
        for (String text : List.of("{% raw %}\nx\n", "{{< note >}}\nx\n", "{{ page.title }}\n")) {
            FrontMatter fm = split(text);
            assertThat(fm.present()).as(text).isFalse();
            assertThat(fm.body()).isEqualTo(text);
        }
    }

    @Test
    void frontMatterAfterBlankLinesIsReadWithAWarning() {
        FrontMatter fm = split("\n  \n---\nprivate: true\n---\n# Body\n");
        assertThat(fm.data()).containsEntry("private", true);
        assertThat(fm.body()).isEqualTo("\n\n\n\n\n# Body\n");
        assertThat(reported()).singleElement().asString().startsWith("W content/a.md:3:1: front matter starts on "
                + "line 3, after blank lines");
    }

    @Test
    void anUnclosedBlockAfterABlankLineIsAnErrorWhenItReadsLikeFrontMatter() {
        assertThat(FrontMatter.split("\n---\nprivate: true\n# Body\n", "content/a.md", problems)).isEmpty();
        assertThat(reported()).singleElement().asString().startsWith("E content/a.md:2:1: front matter is never "
                + "closed");
    }

    @Test
    void aRuleAfterABlankLineIsBodyText() {
        String text = "\n---\n# Heading\n\ntext\n---\n";
        FrontMatter fm = split(text);
        assertThat(fm.present()).isFalse();
        assertThat(fm.body()).isEqualTo(text);
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void markersWithTrailingSpacesAreStandard() {
        FrontMatter fm = split("---  \t\ntitle: T\n... \n# Body\n");
        assertThat(fm.data()).containsEntry("title", "T");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void deepNestingIsAnErrorInEveryFormatNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(FrontMatter.split("---\nx: " + deep + "\n---\n", "content/a.yaml.md", problems)).isEmpty();
        assertThat(FrontMatter.split("+++\nx = " + deep + "\n+++\n", "content/a.toml.md", problems)).isEmpty();
        assertThat(FrontMatter.split("{\"x\": " + deep + "}\n", "content/a.json.md", problems)).isEmpty();
        assertThat(problems.sorted()).hasSize(3).allSatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isEqualTo(2 - (p.path().contains("json") ? 1 : 0));
            assertThat(p.column()).isPositive();
            assertThat(p.message()).containsPattern("nest");
        });
    }
}
