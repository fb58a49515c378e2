package io.github.studysite.extract;

import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.PrincipleCatalog;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.Story;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Notes in formats the seeds do not show, as other users write them. */
class StudyExtractorFormatsTest {

    @Test
    void englishHeadingsWithBoldLabels() {
        NoteStudy study = Extract.note("lp.md", """
                # Amazon LP stories

                ## Customer Obsession

                ### Rebuilt the checkout flow

                **Situation:** Customers abandoned carts at payment.
                **Task:** Cut the drop-off in one quarter.
                **Action:** I interviewed ten customers,
                then simplified the form.

                **Result:** Drop-off fell by 30%.

                ### Second story
                - **Situation:** An outage.
                - **Task:** Restore service.

                ## Ownership

                Tell me about a time you took on something outside your role.

                ## Dive Deep
                """);
        List<Story> stories = study.stories();
        assertThat(stories).extracting(Story::title).containsExactly("Rebuilt the checkout flow", "Second story");
        Story first = stories.get(0);
        assertThat(first.principles()).containsExactly("customer-obsession");
        assertThat(first.part(StarPart.ACTION)).isEqualTo("I interviewed ten customers,\nthen simplified the form.");
        assertThat(first.part(StarPart.RESULT)).isEqualTo("Drop-off fell by 30%.");
        assertThat(first.isComplete()).isTrue();
        assertThat(first.source().anchor()).isEqualTo("rebuilt-the-checkout-flow");
        assertThat(stories.get(1).missing()).containsExactly(StarPart.ACTION, StarPart.RESULT);
        assertThat(study.sections()).extracting(s -> s.principle())
                .containsExactly("customer-obsession", "ownership", "dive-deep");
        assertThat(Extract.question(study, "Tell me about a time you took on something outside your role.")
                .principles()).containsExactly("ownership");
    }

    @Test
    void koreanLabelsInABulletedList() {
        NoteStudy study = Extract.note("ko.md", """
                ## 고객 집착 (Customer Obsession)

                **배포 직전 요구사항 변경**
                - 상황: 고객이 배포 하루 전에 요구사항을 바꾸었다.
                - 과제: 일정 안에 반영해야 했다.
                - 행동: 변경 범위를 나누고 우선순위를 정했다.
                - 결과: 일정 내 배포, 고객 만족.

                ## 주인 의식
                - 상황: 장애 알림을 받았다.
                - 결과:
                """);
        assertThat(study.stories()).hasSize(2);
        Story first = study.stories().get(0);
        assertThat(first.title()).isEqualTo("배포 직전 요구사항 변경");
        assertThat(first.principles()).containsExactly("customer-obsession");
        assertThat(first.part(StarPart.TASK)).isEqualTo("일정 안에 반영해야 했다.");
        assertThat(first.isComplete()).isTrue();
        Story second = study.stories().get(1);
        assertThat(second.principles()).containsExactly("ownership");
        assertThat(second.missing()).containsExactly(StarPart.TASK, StarPart.ACTION, StarPart.RESULT);
        assertThat(second.title()).isEqualTo("장애 알림을 받았다.");
    }

    @Test
    void crlfNotesExtractTheSame() {
        String lf = "## Bias for Action\n\n1) Quick call\nS: No data.\nT: Decide.\nA: Chose the reversible option.\nR: Shipped.\n";
        NoteStudy crlf = Extract.note("crlf.md", lf.replace("\n", "\r\n"));
        NoteStudy plain = Extract.note("lf.md", lf);
        assertThat(crlf.stories()).hasSize(1);
        assertThat(crlf.stories().get(0).parts()).isEqualTo(plain.stories().get(0).parts());
        assertThat(crlf.stories().get(0).title()).isEqualTo("Quick call");
        assertThat(crlf.stories().get(0).principles()).containsExactly("bias-for-action");
    }

    @Test
    void headingLabelledParts() {
        NoteStudy study = Extract.note("h.md", """
                ## Deliver Results
                ### Migration under deadline
                #### Situation
                Legacy servers were end-of-life.

                #### Task
                Move 40 services in 6 weeks.
                #### Action
                Automated the cut-over.
                #### Result

                Done in 5 weeks.

                ## Notes
                Unrelated text.
                """);
        assertThat(study.stories()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Migration under deadline");
            assertThat(s.part(StarPart.SITUATION)).isEqualTo("Legacy servers were end-of-life.");
            assertThat(s.part(StarPart.RESULT)).isEqualTo("Done in 5 weeks.");
            assertThat(s.principles()).containsExactly("deliver-results");
        });
    }

    @Test
    void questionAndAnswerPairsAreNotStories() {
        NoteStudy study = Extract.note("qa.md", """
                # Java
                Q: What is a record?
                A: An immutable data carrier.

                Q: What does volatile guarantee?
                A:
                """);
        assertThat(study.stories()).isEmpty();
        assertThat(Extract.question(study, "What is a record?").answer()).isEqualTo("A: An immutable data carrier.");
        assertThat(study.questions()).hasSize(2);
    }

    @Test
    void principleNameWithTranslationInBrackets() {
        NoteStudy study = Extract.note("b.md", """
                **Customer Obsession(고객 집착)**
                S: a
                T: b
                A: c
                R: d
                """);
        assertThat(study.sections()).singleElement().satisfies(s -> assertThat(s.principle())
                .isEqualTo("customer-obsession"));
        assertThat(study.stories().get(0).principles()).containsExactly("customer-obsession");
    }

    @Test
    void frontMatterFilesAWholeNoteUnderAPrinciple() {
        NoteStudy study = Extract.note("f.md", """
                ---
                principles: [ownership]
                ---
                # Weekend outage
                S: Paged on Saturday.
                R: Fixed before Monday.
                """);
        assertThat(study.stories().get(0).principles()).containsExactly("ownership");
    }

    @Test
    void aCustomCatalogReplacesTheLeadershipPrinciples() {
        Problems problems = new Problems();
        PrincipleCatalog catalog = CatalogReader.fromMap(Map.of("title", "핵심가치", "principles", List.of(
                Map.of("id", "challenge", "en", "Challenge", "ko", "도전"),
                Map.of("en", "Teamwork", "aliases", List.of("협업")))), "content/_data/principles.yml", problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(catalog.principles()).extracting(p -> p.id()).containsExactly("challenge", "teamwork");
        NoteStudy study = Extract.note("c.md", """
                ## 도전
                S: 새 기술 도입
                ## 협업
                팀과 협업했던 경험이 있나?
                """, catalog);
        assertThat(study.stories().get(0).principles()).containsExactly("challenge");
        assertThat(study.questions().get(0).principles()).containsExactly("teamwork");
    }

    @Test
    void codeBlocksAreNotMined() {
        NoteStudy study = Extract.note("code.md", """
                ## Ownership
                ```
                S: this is code
                R: not a story
                ```
                """);
        assertThat(study.stories()).isEmpty();
    }

    @Test
    void aTableOfContentsIsNotQuestionsOrIntros() {
        NoteStudy study = Extract.note("toc.md", """
                # 예상 질문
                - [1. 자기소개](#1-자기소개)
                - [2. 왜 지원했나요?](#2-왜-지원했나요)

                ### 1. 자기소개
                안녕하세요.
                ### 2. 왜 지원했나요?
                성장하고 싶어서.
                """);
        assertThat(study.intros()).hasSize(1);
        assertThat(study.questions()).extracting(q -> q.text()).containsExactly("자기소개", "왜 지원했나요?");
    }

    @Test
    void questionsTypedWithQPrefixesInOneParagraph() {
        NoteStudy study = Extract.note("q.md", """
                ## 예상 질문
                Q1. 왜 아마존인가요?
                고객 중심 문화 때문입니다.
                Q2. 강점은?
                끈기입니다.
                """);
        assertThat(study.questions()).extracting(q -> q.text()).containsExactly("왜 아마존인가요?", "강점은?");
        assertThat(Extract.question(study, "왜 아마존인가요?").answer()).isEqualTo("고객 중심 문화 때문입니다.");
        assertThat(Extract.question(study, "강점은?").answer()).isEqualTo("끈기입니다.");
    }

    @Test
    void dashLabelsNumberedPrinciplesAndStoryLabels() {
        NoteStudy study = Extract.note("d.md", """
                ### LP3 - Invent and Simplify
                Situation - 배포가 느렸다.
                Task - 배포 시간을 줄여야 했다.
                Action - 파이프라인을 병렬화했다.
                Result - 30분에서 5분으로.

                ## [Customer Obsession]
                - 스토리: 고객 요청 대응
                  - S: 고객이 새벽에 장애를 알렸다.
                  - R: 40분 만에 복구.
                """);
        assertThat(study.sections()).extracting(s -> s.title()).containsExactly("Invent and Simplify", "Customer Obsession");
        assertThat(study.stories()).extracting(Story::title).containsExactly("배포가 느렸다.", "고객 요청 대응");
        assertThat(study.stories().get(0).isComplete()).isTrue();
        assertThat(study.stories().get(0).principles()).containsExactly("invent-and-simplify");
        assertThat(study.stories().get(1).principles()).containsExactly("customer-obsession");
    }

    @Test
    void tagLinesFileAStoryUnderThePrinciplesTheyName() {
        NoteStudy study = Extract.note("t.md", """
                ## Tell me about a time you disagreed with your manager.
                **Project Atlas rollout**
                - Situation: My manager wanted a big-bang release.
                - Task: Reduce risk without missing the date.
                - Action: I proposed a canary plan with data.
                - Result: We shipped on time with zero incidents.
                - LPs: Have Backbone; Disagree and Commit, Dive Deep
                """);
        Story story = study.stories().get(0);
        assertThat(story.title()).isEqualTo("Project Atlas rollout");
        assertThat(story.principles()).containsExactly("have-backbone-disagree-and-commit", "dive-deep");
        assertThat(story.part(StarPart.RESULT)).isEqualTo("We shipped on time with zero incidents.");
        assertThat(Extract.question(study, "Tell me about a time you disagreed with your manager.").stories())
                .containsExactly(story.key());
    }

    @Test
    void bulletsTypedAsCharacters() {
        NoteStudy study = Extract.note("b.md", """
                # 면접 준비

                ■ 고객 집착
                ● 상황: 고객사 홈페이지가 느렸다.
                ● 과제: 응답 속도 개선.
                ● 행동: CDN 적용.
                ● 결과: 응답 시간 절반.
                ※ 관련 LP: 고객 집착, 주인 의식
                """);
        assertThat(study.sections()).extracting(s -> s.principle()).containsExactly("customer-obsession");
        assertThat(study.stories()).singleElement().satisfies(story -> {
            assertThat(story.isComplete()).isTrue();
            assertThat(story.principles()).containsExactly("customer-obsession", "ownership");
            assertThat(story.part(StarPart.RESULT)).isEqualTo("응답 시간 절반.");
        });
    }

    @Test
    void principlesNamedInAStoryTitlesBrackets() {
        NoteStudy study = Extract.note("p.md", """
                # Stories
                ### 주말 장애 대응 (Ownership / Dive Deep)
                S: 토요일 새벽 장애.
                R: 두 시간 내 복구.
                """);
        assertThat(study.stories().get(0).principles()).containsExactly("ownership", "dive-deep");
    }

    @Test
    void questionBanksAndStoriesInTables() {
        NoteStudy study = Extract.note("tables.md", """
                ## 예상 질문
                | 질문 | 답변 |
                |------|------|
                | 왜 아마존인가요? | 고객 중심 문화 때문입니다. |
                | 주인의식을 보여준 경험 | |

                ## Ownership
                | Title | Situation | Task | Action | Result |
                |---|---|---|---|---|
                | Weekend outage | Paged on Saturday | Restore | Rolled back | Fixed in 40 min |
                | Cost cleanup | Idle servers | | | |
                """);
        assertThat(study.questions()).extracting(q -> q.text()).containsExactly("왜 아마존인가요?", "주인의식을 보여준 경험");
        assertThat(Extract.question(study, "왜 아마존인가요?").answer()).isEqualTo("고객 중심 문화 때문입니다.");
        assertThat(Extract.question(study, "주인의식을 보여준 경험").isAnswered()).isFalse();
        assertThat(Extract.question(study, "주인의식을 보여준 경험").principles()).containsExactly("ownership");
        assertThat(study.stories()).extracting(Story::title).containsExactly("Weekend outage", "Cost cleanup");
        assertThat(study.stories().get(0).isComplete()).isTrue();
        assertThat(study.stories().get(0).principles()).containsExactly("ownership");
        assertThat(study.stories().get(1).missing()).containsExactly(StarPart.TASK, StarPart.ACTION, StarPart.RESULT);
    }
}
