package io.github.studysite.load;

import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecoderTest {

    private final Problems problems = new Problems();

    @Test
    void utf8WithBomLosesTheBom() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "# 제목".getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoder.decode(bytes, "a.md", problems)).contains("# 제목");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void crlfBecomesLf() {
        assertThat(TextDecoder.decode("a\r\nb\rc".getBytes(StandardCharsets.UTF_8), "a.md", problems)).contains("a\nb\nc");
    }

    @Test
    void cp949IsReadWithAWarning() {
        byte[] bytes = "# 자기소개\n안녕하십니까".getBytes(Charset.forName("x-windows-949"));
        assertThat(TextDecoder.decode(bytes, "content/old.txt", problems)).contains("# 자기소개\n안녕하십니까");
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("CP949");
        });
    }

    @Test
    void binaryIsSkippedWithAWarning() {
        assertThat(TextDecoder.decode(new byte[] {'P', 'N', 'G', 0, 1, 2}, "a.md", problems)).isEmpty();
        assertThat(problems.sorted().get(0).message()).contains("binary");
        assertThat(problems.hasErrors()).isFalse();
    }

    @Test
    void undecodableIsAnError() {
        assertThat(TextDecoder.decode(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 'a'}, "a.md",
                problems)).isEmpty();
        assertThat(problems.hasErrors()).isTrue();
        assertThat(problems.sorted().get(0).message()).contains("UTF-8");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
