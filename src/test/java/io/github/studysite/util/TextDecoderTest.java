package io.github.studysite.util;

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

    @Test
    void theFirstByteThatIsNotUtf8IsLocatedByLineAndColumn() {
        byte[] bytes = "# 제목\r\n한글 ok \n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 0x28;
        assertThat(TextDecoder.firstNonUtf8(broken, 0)).isEqualTo(new Position(3, 1));
        byte[] mid = "ab\ncd".getBytes(StandardCharsets.UTF_8);
        mid[4] = (byte) 0xFF;
        assertThat(TextDecoder.firstNonUtf8(mid, 0)).isEqualTo(new Position(2, 2));
    }

    @Test
    void latin1ThatHappensToBeValidCp949IsNotTakenForKorean() {
        // In Latin-1, "Ä" followed by a letter is a valid CP949 pair: a rare Hangul syllable of its extension range
        byte[] bytes = "Äpfel und Äther".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(new String(bytes, TextDecoder.CP949)).matches(".*\\p{IsHangul}.*");
        assertThat(TextDecoder.decode(bytes, "content/cv.md", problems)).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).startsWith("cannot tell the encoding").endsWith("save it as UTF-8");
        });
    }

    @Test
    void realEucKrIsRecognised() {
        assertThat(TextDecoder.looksLikeEucKr("# 자기소개\n안녕하십니까. 저는 클라우드 엔지니어입니다."
                .getBytes(Charset.forName("EUC-KR")))).isTrue();
        assertThat(TextDecoder.looksLikeEucKr("Résumé été".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
    }

    @Test
    void utf16WithoutBomIsReadWithAWarning() {
        byte[] bytes = "# 제목\r\n본문 text\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(bytes, "content/a.md", problems)).contains("# 제목\n본문 text\n");
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).startsWith("read as UTF-16LE (no byte order mark)");
        });
    }

    @Test
    void numbersThatLookLikeUtf16AreStillBinary() {
        byte[] bytes = new byte[64];
        for (int i = 0; i < bytes.length; i += 2) {
            bytes[i] = (byte) (i + 1);
        }
        assertThat(TextDecoder.decode(bytes, "a.md", problems)).isEmpty();
        assertThat(problems.sorted().get(0).message()).contains("binary");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("big.md"), new byte[3 * 1024 * 1024]);
        assertThat(TextDecoder.read(file, "content/big.md", 2 * 1024 * 1024, problems)).isEmpty();
        assertThat(problems.sorted()).extracting(Object::toString).containsExactly("content/big.md: file too large: 3 MB "
                + "(the limit is 2 MB); split it, or move it out of the content folder");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
