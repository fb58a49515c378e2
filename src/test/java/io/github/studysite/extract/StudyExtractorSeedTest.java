package io.github.studysite.extract;

import io.github.studysite.Fixtures;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.Question;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.Story;
import io.github.studysite.model.StudyTopic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The facts a reader checks on the user's real notes. */
class StudyExtractorSeedTest {

    private static final NoteStudy S000 = Extract.seed(Fixtures.SEED_000);
    private static final NoteStudy S001 = Extract.seed(Fixtures.SEED_001);
    private static final NoteStudy S002 = Extract.seed(Fixtures.SEED_002);
    private static final NoteStudy S003 = Extract.seed(Fixtures.SEED_003);
    private static final NoteStudy S004 = Extract.seed(Fixtures.SEED_004);

    @Test
    void all16PrinciplesAreFoundWhateverTheNumbering() {
        assertThat(S001.sections()).hasSize(16);
        assertThat(S001.sections()).extracting(s -> s.principle()).contains("frugality", "earn-trust", "dive-deep");
        var frugality = S001.sections().stream().filter(s -> s.principle().equals("frugality")).findFirst()
                .orElseThrow();
        assertThat(frugality.title()).isEqualTo("Frugality");
        assertThat(frugality.source().line()).isEqualTo(217);
    }

    @Test
    void customerObsessionStoriesOf001() {
        assertThat(Extract.titles(Extract.under(S001, "customer-obsession"))).startsWith(
                "LG화학 CDN서비스", "X-Ray 서비스", "Application 오류에 대한 알람 서비스", "신뢰를 얻어야함");
    }

    @Test
    void aStoryKnowsItsPartsGroupAnchorAndLine() {
        Story cdn = Extract.under(S001, "customer-obsession").get(0);
        assertThat(cdn.group()).isEqualTo("고객 편의 제공");
        assertThat(cdn.part(StarPart.SITUATION)).startsWith("LG화학 홈페이지 및 기타 제품 광고 홈페이지등에 대해서")
                .contains("레거시와 비교한 결과에서는 큰 차이가 없었음");
        assertThat(cdn.part(StarPart.TASK)).isEqualTo("그렇게 저는 cloudfront를 적용해서 성능개선을 하려고 작업을 시작했습니다.");
        assertThat(cdn.part(StarPart.ACTION)).contains("whilelist header").hasLineCount(4);
        assertThat(cdn.part(StarPart.RESULT)).startsWith("결과적으로는 이슈도 해결하고");
        assertThat(cdn.isComplete()).isTrue();
        assertThat(cdn.source().line()).isEqualTo(36);
        assertThat(cdn.source().anchor()).isEqualTo("story-lg화학-cdn서비스");
    }

    @Test
    void aMultiParagraphActionStaysOnePart() {
        Story trust = Extract.under(S001, "customer-obsession").get(3);
        assertThat(trust.title()).isEqualTo("신뢰를 얻어야함");
        assertThat(trust.part(StarPart.ACTION)).startsWith("1) 일정에 대한 집착")
                .contains("KB카드 마이데이터 프로젝트에서 부하 테스트가 끝나가는 중").contains("가이드하였습니다.");
        assertThat(trust.part(StarPart.RESULT)).isEqualTo("개발/운영 환경을 모두 구축하고 부하테스트 까지 진행하면서 모든 일정안에 성공적으로 맞춤");
    }

    @Test
    void insistOnTheHighestStandardsHasBothPerformanceTestStories() {
        List<Story> stories = Extract.under(S001, "insist-on-the-highest-standards");
        assertThat(stories).hasSize(2);
        assertThat(stories.get(0).part(StarPart.ACTION)).contains("slow duration");
        assertThat(stories.get(1).part(StarPart.ACTION)).contains("메모리 누수");
        assertThat(stories.get(1).title()).startsWith("목표부하테스트, 임계부하테스트에 대한 목적을");
        assertThat(stories).allMatch(Story::isComplete);
    }

    @Test
    void halfWrittenStoriesAreIncomplete() {
        List<Story> co = Extract.under(S001, "customer-obsession");
        Story empty = co.stream().filter(Story::isEmpty).findFirst().orElseThrow();
        assertThat(empty.title()).isEmpty();
        assertThat(empty.missing()).containsExactly(StarPart.values());
        Story bigProject = Extract.under(S001, "think-big").get(0);
        assertThat(bigProject.title()).isEqualTo("대한항공 프로젝트");
        assertThat(bigProject.missing()).containsExactly(StarPart.ACTION);
        Story onlyS = Extract.under(S000, "ownership").get(0);
        assertThat(onlyS.title()).isEqualTo("시스템 최적화 - 이 자원이 나의 돈이라면 나는 이렇게 할 것인가?");
        assertThat(onlyS.missing()).containsExactly(StarPart.TASK, StarPart.ACTION, StarPart.RESULT);
        assertThat(Extract.under(S000, "ownership").get(1).isEmpty()).isTrue();
    }

    @Test
    void storiesOutsidePrinciplesAnswerTheQuestionTheySitUnder() {
        Question hard = Extract.question(S001, "경험해본 어려운 일들?");
        Story india = S001.stories().stream().filter(s -> s.title().equals("인도 출장 GST 프로젝트")).findFirst()
                .orElseThrow();
        assertThat(india.principles()).isEmpty();
        assertThat(hard.stories()).contains(india.key());
    }

    @Test
    void frugalityQuestionUnderNumberedQuestionsLinksToFrugality() {
        Question q = Extract.question(S001, "근검절약");
        assertThat(q.principles()).containsExactly("frugality");
        assertThat(q.isAnswered()).isTrue();
        assertThat(q.group()).isEqualTo("예상질문");
        assertThat(Extract.question(S001, "주인의식을 가지고 일한적").principles()).containsExactly("ownership");
    }

    @Test
    void behaviouralQuestionsWrittenUnderPrinciples() {
        Question risk = Extract.question(S001, "큰 위험을 감수한 시간에 대해 말씀해 주십시오. 위험은 무엇이며, 어떻게 하기로 결정했으며 결과는 무엇이었습니까?");
        assertThat(risk.principles()).containsExactly("think-big");
        assertThat(risk.isAnswered()).isFalse();
        Question best = Extract.question(S001, "본인의 경력 중에서 가장 의미 있던 성과는?");
        assertThat(best.stories()).hasSize(1);
        assertThat(Extract.question(S001, "팀원들의 신뢰를 얻기 위해 무엇을 했나?").principles()).containsExactly("earn-trust");
        assertThat(S001.questions()).extracting(Question::text).doesNotContain("해결해야 할 문제가 있을 때 앞장서십시오.");
        // answered only by an empty "S:" skeleton: not answered yet
        assertThat(Extract.question(S001, "계산된 리스크 (실패해도 대안이 있는) 안고 한 경험이 있나?").isAnswered()).isFalse();
    }

    @Test
    void emptyNumberedItemsAreNotQuestions() {
        assertThat(S001.questions()).extracting(Question::text).doesNotContain("", "4.").contains("창의적인");
        assertThat(Extract.question(S001, "창의적인").isAnswered()).isFalse();
    }

    @Test
    void seed002QuestionsAndAnswers() {
        Question why = Extract.question(S002, "이전 직장에서 이직한 이유는 무엇입니까?");
        assertThat(why.group()).isEqualTo("이직 사유");
        assertThat(why.answer()).startsWith("서비스 연계 및 개발에 대한 역량을 발전시키고 싶고");
        assertThat(Extract.question(S002, "롤백정책은 어떻게 하였나요?").answer()).startsWith("롤백정책은 각종 툴에");
        // consecutive questions share the answer under the second
        assertThat(Extract.question(S002, "이 회사에 적합한 인재라고 생각하는 이유가 무엇인가요?").answer())
                .startsWith("서비스 연계능력을 가지고 있기에");
        // headings answered in a Q&A note are questions too
        assertThat(Extract.question(S002, "희망연봉 수준").answer()).startsWith("6100만원입니다.");
        assertThat(Extract.question(S002, "취미 / 특기").answer()).isEqualTo("배스 낚시");
        // a heading that only groups questions is not one itself
        assertThat(S002.questions()).extracting(Question::text).doesNotContain("회사에 대해 얼마나 아는가?");
        assertThat(Extract.question(S002, "회사에서 하고 있는 사업에 대해 아는게 있는가?").group())
                .isEqualTo("회사에 대해 얼마나 아는가?");
        assertThat(S002.questions()).filteredOn(q -> !q.intro()).hasSize(28);
    }

    @Test
    void seed003QuestionsAndTimedIntro() {
        assertThat(S003.intros()).singleElement().satisfies(intro -> {
            assertThat(intro.title()).isEqualTo("2분 내로 자기소개");
            assertThat(intro.limitSeconds()).isEqualTo(120);
            assertThat(intro.paragraphs()).hasSize(3);
            assertThat(intro.source().anchor()).isEqualTo("1-2분-내로-자기소개");
        });
        assertThat(S003.questions()).extracting(Question::text).contains(
                "Cloud Support에 대해 간단히 설명해보세요.",
                "Cloud Support Engineer와 Cloud Support Associate의 차이를 설명해보세요. 둘 중 더 선호하는게 있나요?",
                "VPC에 대해 설명해보세요.", "EC2 인스턴스의 종류에 대해 설명해보세요.");
        assertThat(S003.questions()).hasSize(13);
        assertThat(Extract.question(S003, "VPC에 대해 설명해보세요.").isAnswered()).isFalse();
        assertThat(Extract.question(S003, "왜 Cloud Support Intern에 지원하셨나요?").isAnswered()).isTrue();
    }

    @Test
    void seed004StudyChecklist() {
        assertThat(S004.topics()).extracting(StudyTopic::title).startsWith("EC2", "S3", "RDS", "VPC")
                .contains("MSA의 장단점 (왜 사용하냐)", "Docker", "ACID", "RAG (Retrieval-Augmented Generation)");
        assertThat(S004.topics().get(0).group()).isEqualTo("클라우드 (AWS)에 대한 기본 이해");
        assertThat(S004.topics()).filteredOn(t -> t.title().equals("Docker")).singleElement()
                .satisfies(t -> assertThat(t.hint()).endsWith("알아야 합니다."));
        assertThat(S004.questions()).extracting(Question::text).contains("서울에서 일 할 수 있나?",
                "프로젝트 중 겪었던 가장 어려웠던 기술적 문제");
        assertThat(S004.stories()).isEmpty();
    }

    @Test
    void selfIntroductionsOfEverySeed() {
        assertThat(S000.intros()).singleElement().satisfies(i -> assertThat(i.title()).isEqualTo("자기소개"));
        assertThat(S001.intros().get(0).paragraphs()).hasSize(4);
        assertThat(S001.intros().get(0).paragraphs().get(1).text()).startsWith("I joined LG CNS");
        assertThat(S002.intros()).singleElement().satisfies(i -> {
            assertThat(i.paragraphs()).hasSize(6);
            assertThat(i.source().anchor()).isEqualTo("자기소개");
        });
        assertThat(S004.intros()).isEmpty();
        assertThat(Extract.question(S002, "자기소개").intro()).isTrue();
    }
}
