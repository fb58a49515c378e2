package io.github.studysite.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProseIndentationTest {

    @Test
    void koreanAnswersAreProse() {
        assertThat(ProseIndentation.isProse("1. 낭비되는 자원을 말씀하셨는데?\n\t인적자원과 물적자원이 낭비된다고 판단하였습니다.")).isTrue();
    }

    @Test
    void englishSentencesAreProse() {
        assertThat(ProseIndentation.isProse("I joined the team in 2015 and worked on ERP systems.")).isTrue();
    }

    @Test
    void codeIsCode() {
        assertThat(ProseIndentation.isProse("int x = 1;\nif (x > 0) {\n  print(x);\n}")).isFalse();
        assertThat(ProseIndentation.isProse("$ mvn -B verify\n$ ls -la")).isFalse();
        assertThat(ProseIndentation.isProse("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web")).isFalse();
    }
}
