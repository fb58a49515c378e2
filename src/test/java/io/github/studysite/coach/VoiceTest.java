package io.github.studysite.coach;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VoiceTest {

    @Test
    void countsWhoTheTextSpeaksFor() {
        assertThat(Voice.mostlyTeam("저희 팀은 계획을 세웠고 우리는 배포했습니다. 제가 검토했습니다.")).isTrue();
        assertThat(Voice.mostlyTeam("We planned it, but I wrote it and my tests caught it.")).isFalse();
        assertThat(Voice.mostlyTeam("OUR team shipped it; I watched.")).isFalse(); // one each: not more
    }

    @Test
    void wordsInsideOtherWordsAreNotCounted() {
        // 제 after a syllable (강제, 해제), I and us inside words (HI, bus): the text before a word decides
        assertThat(Voice.mostlyTeam("강제 해제 폐제 우리")).isTrue();
        assertThat(Voice.mostlyTeam("HI KI we")).isTrue();
        assertThat(Voice.mostlyTeam("bus campus thus I")).isFalse();
        assertThat(Voice.mostlyTeam("제품 제도 우리")).isTrue();
    }
}
