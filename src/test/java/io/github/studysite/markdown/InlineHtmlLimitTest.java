package io.github.studysite.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InlineHtmlLimitTest {

    private static String tags(int n) {
        return "<b>x</b> ".repeat(n / 2);
    }

    @Test
    void aParagraphWithTooManyInlineTagsIsLeftOutLinesKept() {
        String body = "# T\n\nbefore\n\ntext " + tags(InlineHtmlLimit.MAX_TAGS + 2) + "\nmore " + tags(4)
                + "\n\nafter <kbd>K</kbd>\n";
        InlineHtmlLimit.Checked checked = InlineHtmlLimit.check(body);
        assertThat(checked.refusals()).extracting(ParsedNote.Refusal::line).containsExactly(5);
        assertThat(checked.refusals().get(0).message()).startsWith("this paragraph holds 506 HTML tags");
        assertThat(checked.body()).isEqualTo("# T\n\nbefore\n\n\n\n\nafter <kbd>K</kbd>\n").hasLineCount(body.split("\n").length);
    }

    @Test
    void characterReferencesCountAsTheyCostTheSame() {
        String body = "x " + "&amp; ".repeat(InlineHtmlLimit.MAX_TAGS + 1);
        assertThat(InlineHtmlLimit.check(body).refusals()).hasSize(1);
    }

    @Test
    void aLongParagraphMayHoldNoInlineHtmlButMayHoldText() {
        String text = "가나다 ".repeat(InlineHtmlLimit.MAX_CHARS / 4 + 10);
        assertThat(InlineHtmlLimit.check(text + "\n").refusals()).isEmpty();
        assertThat(InlineHtmlLimit.check(text + "<br>\n").refusals()).hasSize(1);
    }

    @Test
    void htmlBlocksTablesAndCodeAreNotInlineParsedAndSoNotLimited() {
        String many = tags(InlineHtmlLimit.MAX_TAGS * 4);
        String body = "<div>\n" + many + "\n</div>\n\n<table><tr><td>" + many + "</td></tr></table>\n\n"
                + "> <!-- pasted -->\n> " + many + "\n\n"
                + "| a | b |\n|---|:-:|\n" + ("| <br> | " + many + " |\n").repeat(3) + "\n"
                + "```html\n" + many + "\n\n" + many + "\n```\n\n"
                + "<span class=\"x\">\n" + many + "\n";
        InlineHtmlLimit.Checked checked = InlineHtmlLimit.check(body);
        assertThat(checked.refusals()).isEmpty();
        assertThat(checked.body()).isSameAs(body);
    }

    @Test
    void withinTheLimitNothingChanges() {
        String body = "a " + tags(InlineHtmlLimit.MAX_TAGS) + "\n";
        assertThat(InlineHtmlLimit.check(body).body()).isSameAs(body);
    }
}
