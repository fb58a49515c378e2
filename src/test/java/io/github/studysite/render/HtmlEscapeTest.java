package io.github.studysite.render;

import com.github.mustachejava.util.HtmlEscaper;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's escaper must write exactly what mustache.java's own would. */
class HtmlEscapeTest {

    @Test
    void escapesEveryCharacterAsMustacheJavaDoes() {
        for (char c = 0; c < 0x3000; c++) {
            assertThat(escaped(String.valueOf(c))).as("U+%04X", (int) c).isEqualTo(reference(String.valueOf(c)));
        }
    }

    @Test
    void escapesMixedTextAsMustacheJavaDoes() {
        Random random = new Random(11);
        String alphabet = "ab가나 <>&\"'=`\n\t\r\u0000é😀";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(escaped(sb.toString())).isEqualTo(reference(sb.toString()));
        }
        assertThat(escaped("<a href=\"x\">고객 & 'Ownership'</a>"))
                .isEqualTo("&lt;a href&#61;&quot;x&quot;&gt;고객 &amp; &#39;Ownership&#39;&lt;/a&gt;");
    }

    private static String escaped(String s) {
        StringWriter out = new StringWriter();
        HtmlEscape.escape(s, out);
        return out.toString();
    }

    private static String reference(String s) {
        StringWriter out = new StringWriter();
        HtmlEscaper.escape(s, out);
        return out.toString();
    }
}
