package io.github.studysite.extract;

import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.Question;
import io.github.studysite.model.SelfIntro;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.Story;
import io.github.studysite.model.StudyTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Shapes of public notes the second held-out set showed were misread: each rule, and where it must not fire. */
class StudyExtractorUnseenShapesTest {

    @Test
    void boldLabelsInsideOneParagraphEachOpenTheirPart() {
        NoteStudy study = Extract.note("p.md", """
                ## Pushed for a rollback

                **Situation:** The canary failed. **Task:** Decide. **Action:** I blocked it. **Result:** No errors.

                ## Mentoring

                **S** A junior joined.

                **T** Get her productive.

                **A** Paired daily.

                **R** She shipped in week three.

                ## Plain prose

                The **result** was fine and the **action** items were done.
                """);
        assertThat(study.stories()).extracting(Story::title).containsExactly("Pushed for a rollback", "Mentoring");
        Story first = study.stories().get(0);
        assertThat(first.part(StarPart.SITUATION)).isEqualTo("The canary failed.");
        assertThat(first.part(StarPart.TASK)).isEqualTo("Decide.");
        assertThat(first.part(StarPart.RESULT)).isEqualTo("No errors.");
        assertThat(study.stories().get(1).part(StarPart.ACTION)).isEqualTo("Paired daily.");
        assertThat(study.stories().get(1).isComplete()).isTrue();
    }

    @Test
    void aTableWithLabelledRowsIsOneStoryTitledByItsHeading() {
        NoteStudy study = Extract.note("t.md", """
                # Dive Deep

                ## Latency spike

                | | |
                |---|---|
                | **Situation** | p99 doubled on Tuesdays. |
                | **Task** | Find the cause. |
                | **Action** | Replayed the traces. |
                | **Result** | p99 back to 180 ms. |

                ## Tools

                | name | use |
                |---|---|
                | S3 | storage |
                """);
        assertThat(study.stories()).singleElement().satisfies(story -> {
            assertThat(story.title()).isEqualTo("Latency spike");
            assertThat(story.principles()).containsExactly("dive-deep");
            assertThat(story.part(StarPart.ACTION)).isEqualTo("Replayed the traces.");
            assertThat(story.isComplete()).isTrue();
        });
        assertThat(study.topics()).extracting(StudyTopic::title).doesNotContain("Tools", "Latency spike");
    }

    @Test
    void aKoreanLabelOpeningAParagraphIsALabelButTheEndOfAWrappedSentenceIsNot() {
        NoteStudy study = Extract.note("k.md", """
                ## 문서 개선

                상황
                첫 호출까지 5일이 걸렸다.

                과제
                하루 안으로 줄이기.

                행동
                빠른 시작 문서를 새로 썼다.

                결과
                하루로 줄었다.

                ## 회고

                그때 가장 힘들었던 것은 팀의
                상황
                """);
        assertThat(study.stories()).singleElement().satisfies(story -> {
            assertThat(story.title()).isEqualTo("문서 개선");
            assertThat(story.part(StarPart.TASK)).isEqualTo("하루 안으로 줄이기.");
            assertThat(story.isComplete()).isTrue();
        });
    }

    @Test
    void theCandidatesOwnQuestionsAreNotQuestionsToPractise() {
        NoteStudy study = Extract.note("q.md", """
                ## Common ones

                1. Why are you leaving?
                   - I want to own a product.

                ## Questions to ask them

                - How is on-call organised?

                ## 면접관 역질문

                1. 질문있으세요?
                   어떤 업무를 맡게 되는지 궁금합니다.
                """);
        assertThat(study.questions()).extracting(Question::text)
                .containsExactly("Why are you leaving?", "질문있으세요?");
    }

    @Test
    void asidesAndTablesOfContentsAreNeitherQuestionsNorTopics() {
        NoteStudy study = Extract.note("a.md", """
                # 🙋 1분 자기소개

                안녕하세요, 백엔드 개발자입니다.

                # 예상 질문

                - 왜 이직하려고 하시나요?
                    - 더 큰 트래픽을 다뤄 보고 싶어서.

                # Index

                - [[#Queue migration]] - deliver results
                - [Intro](#intro) - me

                # Notes

                1. Salary expectations → give a range
                2. Follow up within 24h

                # 복습할 것

                - [ ] 분산 락
                """);
        assertThat(study.intros()).extracting(SelfIntro::title).containsExactly("1분 자기소개");
        assertThat(study.questions()).extracting(Question::text).containsExactly("1분 자기소개", "왜 이직하려고 하시나요?");
        assertThat(study.topics()).extracting(StudyTopic::title).containsExactly("분산 락");
    }
}
