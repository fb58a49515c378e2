package io.github.studysite.extract;

import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.Question;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BilingualTest {

    @Test
    void aQuestionAndItsTranslationOnOneLineAreOneQuestion() {
        assertThat(Bilingual.split("Why Amazon? (왜 아마존인가요?)")).containsExactly("Why Amazon?", "왜 아마존인가요?");
        assertThat(Bilingual.split("Why are you leaving? / 지금 회사를 떠나려는 이유는?"))
                .containsExactly("Why are you leaving?", "지금 회사를 떠나려는 이유는?");
        assertThat(Bilingual.split("What is a VPC? (Virtual Private Cloud)")).isNull();
        assertThat(Bilingual.split("TCP와 UDP의 차이는? (네트워크)")).isNull();
    }

    @Test
    void theTranslationOnTheNextLineIsNeitherTheAnswerNorAQuestion() {
        NoteStudy study = Extract.note("b.md", """
                1. Tell me about a time you disagreed with your manager.
                   상사와 의견이 달랐던 경험을 말해 주세요.

                   I wrote down both options and we tried mine for a week.
                2. Have you ever missed a deadline?
                   - 마감을 놓친 적이 있나요?
                """);
        assertThat(study.questions()).extracting(Question::text).containsExactly(
                "Tell me about a time you disagreed with your manager.", "Have you ever missed a deadline?");
        Question first = study.questions().get(0);
        assertThat(first.translation()).isEqualTo("상사와 의견이 달랐던 경험을 말해 주세요.");
        assertThat(first.answer()).isEqualTo("I wrote down both options and we tried mine for a week.");
        assertThat(study.questions().get(1).translation()).isEqualTo("마감을 놓친 적이 있나요?");
        assertThat(study.questions().get(1).answer()).isEmpty();
    }
}
