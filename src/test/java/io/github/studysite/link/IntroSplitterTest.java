package io.github.studysite.link;

import io.github.studysite.Fixtures;
import io.github.studysite.extract.CatalogReader;
import io.github.studysite.extract.StudyExtractor;
import io.github.studysite.model.IntroParagraph;
import io.github.studysite.model.SelfIntro;
import io.github.studysite.markdown.MarkdownEngine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntroSplitterTest {

    private static SelfIntro introOf(String seed) {
        return new StudyExtractor(CatalogReader.builtIn()).extract(new MarkdownEngine().parse(Fixtures.seed(seed)))
                .study().intros().get(0);
    }

    @Test
    void seed001SplitsIntoKoreanAndEnglishByScript() {
        IntroVersions v = IntroSplitter.split(introOf(Fixtures.SEED_001).paragraphs(), "ko");
        assertThat(v.korean()).hasSize(1);
        assertThat(v.korean().get(0).text()).startsWith("자기소개 하도록 하겠습니다.").endsWith("이상입니다.");
        assertThat(v.english()).hasSize(3);
        assertThat(v.english().get(0).text()).startsWith("I joined LG CNS GERP Manufacturing team");
        assertThat(v.englishText()).endsWith("thank you.");
    }

    @Test
    void koreanOnlyIntroductionsHaveNoEnglishVersion() {
        IntroVersions v = IntroSplitter.split(introOf(Fixtures.SEED_002).paragraphs(), "ko");
        assertThat(v.korean()).hasSize(6);
        assertThat(v.english()).isEmpty();
    }

    @Test
    void mixedParagraphsGoByTheirMainScript() {
        IntroVersions v = IntroSplitter.split(List.of(
                new IntroParagraph("AWS EKS와 Kubernetes 기반으로 MSA 서비스를 구축했습니다.", ""),
                new IntroParagraph("I built MSA services on AWS EKS, 2년 동안.", ""),
                new IntroParagraph("2015 - 2019", ""),
                new IntroParagraph("Thank you.", "")), "ko");
        assertThat(v.korean()).extracting(IntroParagraph::text)
                .containsExactly("AWS EKS와 Kubernetes 기반으로 MSA 서비스를 구축했습니다.");
        assertThat(v.english()).extracting(IntroParagraph::text)
                .containsExactly("I built MSA services on AWS EKS, 2년 동안.", "2015 - 2019", "Thank you.");
    }

    @Test
    void explicitSubsectionsWinOverScript() {
        IntroVersions v = IntroSplitter.split(List.of(
                new IntroParagraph("안녕하세요, 저는 개발자입니다.", "한국어"),
                new IntroParagraph("AWS 서비스 이름이 많은 영어 문단 with 한국어 words 많이 섞인 문장입니다", "English"),
                new IntroParagraph("Hello, I am a developer.", "영어")), "ko");
        assertThat(v.korean()).hasSize(1);
        assertThat(v.english()).hasSize(2);
    }

    @Test
    void declaredLanguages() {
        assertThat(IntroSplitter.declared("English")).isEqualTo("en");
        assertThat(IntroSplitter.declared("영문 버전")).isEqualTo("en");
        assertThat(IntroSplitter.declared("한국어:")).isEqualTo("ko");
        assertThat(IntroSplitter.declared("Background")).isNull();
    }
}
