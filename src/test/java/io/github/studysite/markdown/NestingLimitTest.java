package io.github.studysite.markdown;

import io.github.studysite.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NestingLimitTest {

    private static int depth(String line) {
        return NestingLimit.depth(line, 0, line.length());
    }

    @Test
    void countsQuoteAndListMarkersAndTheIndentationBeforeThem() {
        assertThat(depth("plain text")).isZero();
        assertThat(depth("> quote")).isEqualTo(1);
        assertThat(depth("> > - 1. item")).isEqualTo(4);
        assertThat(depth("    - item")).isEqualTo(3);
        assertThat(depth("\t\t- item")).isEqualTo(5);
        assertThat(depth("        indented code")).isZero();
        assertThat(depth("-not a list")).isZero();
        assertThat(depth("2024. year")).isEqualTo(1);
    }

    @Test
    void theSeedsAreFarBelowTheLimit() {
        for (String seed : Fixtures.ALL_SEEDS) {
            assertThatCode(() -> NestingLimit.check(Fixtures.seedText(seed))).doesNotThrowAnyException();
        }
    }

    @Test
    void tooDeepIsReportedAtItsLine() {
        String body = "# Deep\n\n" + "> ".repeat(NestingLimit.MAX_DEPTH + 1) + "x\n";
        assertThatThrownBy(() -> NestingLimit.check(body)).isInstanceOfSatisfying(NestingLimit.TooDeepException.class,
                e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).isEqualTo("lists and quotes nest 101 levels deep here (the limit is "
                            + "100); flatten them — this note is left out of the site");
                });
    }

    @Test
    void fencedCodeIsNotCounted() {
        assertThatCode(() -> NestingLimit.check("```\n" + "> ".repeat(500) + "\n```\n")).doesNotThrowAnyException();
    }

    /** The limit holds in practice: every kind of nesting at the limit renders on a small stack. */
    @Test
    void nestingAtTheLimitRendersOnASmallStack() throws InterruptedException {
        MarkdownEngine engine = new MarkdownEngine();
        int depth = NestingLimit.MAX_DEPTH;
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            list.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        }
        String[] bodies = {"> ".repeat(depth) + "quote\n", "- ".repeat(depth) + "x\n", "1. ".repeat(depth) + "x\n",
                list.toString(), "> - ".repeat(depth / 2) + "**bold [link](x)**\n"};
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                for (String body : bodies) {
                    ParsedNote parsed = engine.parse(Fixtures.note("deep.md", body));
                    assertThat(engine.render(parsed, Map.of(), LinkRewriter.NONE, false)).isNotEmpty();
                }
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "small-stack", 512 * 1024);
        thread.start();
        thread.join();
        assertThat(failure[0]).isNull();
    }
}
