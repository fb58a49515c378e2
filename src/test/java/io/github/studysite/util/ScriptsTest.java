package io.github.studysite.util;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptsTest {

    @Test
    void koreanWithEnglishTermsIsKorean() {
        assertThat(Scripts.language("KB카드 마이데이터 프로젝트에서는 EKS를 기반으로 신규 서비스를 구축", "en")).isEqualTo("ko");
    }

    @Test
    void englishIsEnglish() {
        assertThat(Scripts.language("I joined LG CNS GERP Manufacturing team for the first time in 2015.", "ko"))
                .isEqualTo("en");
    }

    @Test
    void noLettersFallsBack() {
        assertThat(Scripts.language("1234 ---", "ko")).isEqualTo("ko");
    }

    @Test
    void latinLettersAreTheSameWithAndWithoutTheFastPath() {
        java.util.List<String> different = new java.util.ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean expected = Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            if (Scripts.isLatin(c) != expected) {
                different.add(String.format("U+%04X", (int) c));
            }
        }
        assertThat(different).isEmpty();
    }
}
