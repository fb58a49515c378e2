package io.github.studysite.util;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @Test
    void keepsKoreanAsGitHubDoes() {
        assertThat(Slugs.github("1. 2분 내로 자기소개")).isEqualTo("1-2분-내로-자기소개");
        assertThat(Slugs.github("2. Cloud Support에 대해 간단히 설명해보세요."))
                .isEqualTo("2-cloud-support에-대해-간단히-설명해보세요");
    }

    @Test
    void doesNotCollapseHyphensLikeGitHub() {
        assertThat(Slugs.github("장점 / 단점")).isEqualTo("장점--단점");
        assertThat(Slugs.github("A - B")).isEqualTo("a---b");
    }

    @Test
    void keepsUnderscoresAndDigits() {
        assertThat(Slugs.github("snake_case 42")).isEqualTo("snake_case-42");
    }

    @Test
    void segmentCollapsesAndTrimsForUrls() {
        assertThat(Slugs.segment("AWS - Interview CSE", "x")).isEqualTo("aws-interview-cse");
        assertThat(Slugs.segment("  ?!  ", "note")).isEqualTo("note");
    }
}
