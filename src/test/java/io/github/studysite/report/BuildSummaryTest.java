package io.github.studysite.report;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BuildSummaryTest {

    @Test
    void withoutTheStudyModelTheLineLeavesStoriesAndQuestionsOut() {
        BuildSummary summary = new BuildSummary(true, 10_000, 10_003, 0, 3, Duration.ofMillis(41_230));
        assertThat(summary.line()).isEqualTo("Built 10,000 notes into 10,003 pages in 41.2 s, 0 errors, 3 warnings");
    }

    @Test
    void studyCountsJoinTheLineOnceKnown() {
        BuildSummary summary = new BuildSummary(true, 5, 8, 0, 1, Duration.ofMillis(900)).withStudy(12, 1);
        assertThat(summary.line())
                .isEqualTo("Built 5 notes (12 stories, 1 question) into 8 pages in 0.9 s, 0 errors, 1 warning");
    }

    @Test
    void aFailedBuildSaysSo() {
        BuildSummary summary = new BuildSummary(false, 1, 0, 2, 0, Duration.ofMillis(250));
        assertThat(summary.line()).isEqualTo("Build failed after 0.3 s: 1 note read, 2 errors, 0 warnings");
    }
}
