package io.github.studysite;

import io.github.studysite.config.SiteConfig;
import io.github.studysite.problem.Stage;
import io.github.studysite.report.Timings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code -Dstudysite.timings}: a build ends with its time per stage, every stage in pipeline order. */
class BuildTimingsTest {

    @TempDir
    Path project;

    private List<String> build() {
        List<String> log = new CopyOnWriteArrayList<>();
        String before = System.getProperty(Timings.PROPERTY);
        System.setProperty(Timings.PROPERTY, "");
        try {
            new SiteBuilder(SiteConfig.builder(project).build(), log::add).build();
        } finally {
            if (before == null) {
                System.clearProperty(Timings.PROPERTY);
            } else {
                System.setProperty(Timings.PROPERTY, before);
            }
        }
        return log;
    }

    /** The lines after the heading, by stage name. */
    private static List<String> stageLines(List<String> log) {
        int heading = log.indexOf("Time per stage:");
        assertThat(heading).as("the timings heading in %s", log).isNotNegative();
        return new ArrayList<>(log.subList(heading + 1, log.size()));
    }

    @Test
    void aBuildWithTimingsOnReportsEveryStageInOrder() throws IOException {
        Fixtures.copySeeds(project);
        List<String> lines = stageLines(build());
        assertThat(lines).extracting(line -> line.trim().split(" +")[0])
                .containsExactlyElementsOf(Arrays.stream(Stage.values()).map(Stage::label).toList());
        assertThat(lines).allMatch(line -> line.matches("  \\S+ +\\d+\\.\\d ms.*, \\d+ errors, \\d+ warnings"));
        // the per-note stages ran on the seeds, and say their time is summed over the threads that ran them
        assertThat(lines).filteredOn(line -> line.contains("summed over threads"))
                .extracting(line -> line.trim().split(" +")[0]).containsExactly("markdown", "extract");
    }

    @Test
    void eachStageCountsTheProblemsItFound() throws IOException {
        Fixtures.write(project, "content/a.md", "---\ntitle: [unclosed\n---\nbody\n");
        Fixtures.write(project, "content/b.md", "# B\n\ntext\n");
        List<String> lines = stageLines(build());
        assertThat(lines).filteredOn(line -> line.trim().startsWith("source "))
                .singleElement().satisfies(line -> assertThat(line).endsWith(", 1 errors, 0 warnings"));
        assertThat(lines).filteredOn(line -> !line.trim().startsWith("source "))
                .allMatch(line -> line.endsWith(", 0 errors, 0 warnings"));
    }

    @Test
    void withoutTheSettingABuildPrintsNoTimings() throws IOException {
        Fixtures.copySeeds(project);
        List<String> log = new CopyOnWriteArrayList<>();
        new SiteBuilder(SiteConfig.builder(project).build(), log::add).build();
        assertThat(log).doesNotContain("Time per stage:");
    }
}
