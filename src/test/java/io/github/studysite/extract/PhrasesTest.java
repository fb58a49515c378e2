package io.github.studysite.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhrasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"왜 아마존에 입사하고 싶은가요?", "당신의 장점은 무엇입니까", "회사에서 하고 있는 사업에 대해 아는게 있는가?",
            "VPC에 대해 설명해보세요.", "하나씩 소개해주세요.", "큰 위험을 감수한 시간에 대해 말씀해 주십시오.",
            "최고의 기준을 고집하기 위해 노력했던 적", "주인의식을 가지고 일한적", "정보가 불충분한 상황에서 빠르게 의사결정을 내려본 경험",
            "Tell me about a time you failed", "Why Amazon?", "Q: anything", "\"만약 늘어난다면 어떻게 하시겠어요?\" (확장성)"})
    void questions(String text) {
        assertThat(Phrases.isQuestion(text)).isTrue();
    }

    /** Every ending the Korean question rule knows, so that its last-character shortcut cannot drop one. */
    @ParameterizedTest
    @ValueSource(strings = {"니까", "나요", "는가", "인가", "은가", "을까", "ㄹ까", "할까", "까요", "있나", "없나", "했나", "하나",
            "되나", "었나", "였나", "았나", "는지", "은지", "인지", "주십시오", "주세요", "보세요", "보십시오", "해보시오", "하시오", "말해봐",
            "설명해봐", "던 적", "한 경험", "은 사례", "는적", "둔 경험", "본 사례", "경험이 있나"})
    void everyKoreanQuestionEnding(String ending) {
        assertThat(Phrases.isQuestion("이번 프로젝트에서 그런 일을 " + ending)).as(ending).isTrue();
        assertThat(Phrases.isQuestion("이번 프로젝트에서 그런 일을 " + ending + ". (예시)")).as(ending).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"해결해야 할 문제가 있을 때 앞장서십시오.", "LG화학 CDN서비스", "프로젝트 목적", "결과적으로는 이슈도 해결했습니다.",
            "Leaders are owners.", "EC2:"})
    void notQuestions(String text) {
        assertThat(Phrases.isQuestion(text)).isFalse();
    }

    @Test
    void introTitles() {
        assertThat(Phrases.isIntroTitle("0. 자기소개")).isTrue();
        assertThat(Phrases.isIntroTitle("1. 2분 내로 자기소개")).isTrue();
        assertThat(Phrases.isIntroTitle("Tell me about yourself")).isTrue();
        assertThat(Phrases.isIntroTitle("Self-introduction (English)")).isTrue();
        assertThat(Phrases.isIntroTitle("1분 자기소개")).isTrue();
        assertThat(Phrases.isIntroTitle("자기소개에서 파생되어 나올 수 있는 질문")).isFalse();
        assertThat(Phrases.isIntroTitle("자기 PR / 자신의 주요 경력을 간략하게 소개해주세요")).isFalse();
        assertThat(Phrases.timeLimitSeconds("2분 내로 자기소개")).isEqualTo(120);
        assertThat(Phrases.timeLimitSeconds("90 seconds intro")).isEqualTo(90);
        assertThat(Phrases.timeLimitSeconds("자기소개")).isZero();
    }

    @Test
    void questionLists() {
        assertThat(Phrases.isQuestionSection("예상질문")).isTrue();
        assertThat(Phrases.isQuestionSection("예상 질문 <!-- omit -->")).isTrue();
        assertThat(Phrases.isQuestionSection("Interview Questions")).isTrue();
        assertThat(Phrases.isQuestionSection("면접관 역질문")).isTrue();
        assertThat(Phrases.isQuestionSection("이직 사유")).isFalse();
    }

    @Test
    void normalisesToLowerCaseLettersAndDigits() {
        assertThat(Phrases.normalise("Earth's Best (고객 집착) 2")).isEqualTo("earthsbest고객집착2");
        // lower-cased as the whole text is: İ into i and a dot (dropped), a final Σ into ς
        assertThat(Phrases.normalise("İSTANBUL ΟΔΟΣ")).isEqualTo("istanbulοδος");
        assertThat(Phrases.normalise("Customer Obsession", 5)).isEqualTo("custo");
        assertThat(Phrases.normalise("A-b", 5)).isEqualTo("ab");
    }

    @Test
    void cleanTitles() {
        assertThat(Phrases.cleanTitle("1) 인도 출장 GST 프로젝트 ->")).isEqualTo("인도 출장 GST 프로젝트");
        assertThat(Phrases.cleanTitle("2-1. 롤백정책은 어떻게 하였나요?")).isEqualTo("롤백정책은 어떻게 하였나요?");
        assertThat(Phrases.cleanTitle("10. Frugality")).isEqualTo("Frugality");
        assertThat(Phrases.cleanTitle("Q3. Why?")).isEqualTo("Why?");
        assertThat(Phrases.cleanTitle("2022년 계획")).isEqualTo("2022년 계획");
    }

    @Test
    void labelsAndGuidance() {
        assertThat(Phrases.label("EC2: ")).containsExactly("EC2", "");
        assertThat(Phrases.label("https://example.com")).isNull();
        assertThat(Phrases.label("10:30 회의")).isNull();
        assertThat(Phrases.isGuidance("컨테이너가 무엇인지 알아야 합니다.")).isTrue();
        assertThat(Phrases.isGuidance("EC2 인스턴스를 3대 운영했다.")).isFalse();
    }

    @Test
    void firstWords() {
        assertThat(Phrases.firstWords("short", 40)).isEqualTo("short");
        assertThat(Phrases.firstWords("one two three four five six seven eight nine ten", 20)).isEqualTo("one two three four…");
    }
}
