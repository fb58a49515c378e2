package io.github.studysite.config;

import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code coach:} in {@code _config.yml}: typed values, defaults, and each bad value reported where it is written. */
class CoachSettingsReaderTest {

    @TempDir
    Path project;

    private CoachSettings read(String yaml, Problems problems) throws IOException {
        io.github.studysite.Fixtures.write(project, "content/_config.yml", yaml);
        return SettingsLoader.load(SiteConfig.builder(project).build(), problems).coach();
    }

    @Test
    void readsRulesLimitsAndTheLoop() throws IOException {
        Problems problems = new Problems();
        CoachSettings s = read("""
                title: x
                coach:
                  rules:
                    team-voice: false
                    too-short: true
                  time_limit: 2:30
                  min_time: 40
                  max_principles: 3
                  overlap: 0.9
                  loop:
                    slots: 4
                    principles: 2
                """, problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(s).isEqualTo(new CoachSettings(true, Set.of("team-voice"), 150, 40, 3, 0.9, 4, 2));
        assertThat(s.on("team-voice")).isFalse();
        assertThat(s.on("too-short")).isTrue();
    }

    @Test
    void coachFalseSwitchesEveryHintOff() throws IOException {
        CoachSettings s = read("coach: false\n", new Problems());
        assertThat(s.enabled()).isFalse();
        assertThat(s.on("too-long")).isFalse();
    }

    @Test
    void badValuesAreEachReportedAtTheirLineAndColumnAndTheDefaultsKept() throws IOException {
        Problems problems = new Problems();
        CoachSettings s = read("""
                coach:
                  rules:
                    no-such-rule: false
                    team-voice: maybe
                  time_limit: soon
                  overlap: 3
                  loop:
                    slots: 0
                  colour: red
                """, problems);
        assertThat(problems.sorted()).extracting(Object::toString).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).contains("content/_config.yml:3:5").contains("unknown rule 'no-such-rule'"),
                p -> assertThat(p).contains("content/_config.yml:4:17").contains("coach.rules.team-voice"),
                p -> assertThat(p).contains("content/_config.yml:5:15").contains("coach.time_limit"),
                p -> assertThat(p).contains("content/_config.yml:6:12").contains("coach.overlap"),
                p -> assertThat(p).contains("content/_config.yml:8:12").contains("coach.loop.slots"),
                p -> assertThat(p).contains("content/_config.yml:9:3").contains("unknown setting 'colour'"));
        assertThat(s).isEqualTo(CoachSettings.DEFAULT);
    }

    @Test
    void aBuildWithABadCoachSettingFailsAtItsPlaceAndWritesNothing(@org.junit.jupiter.api.io.TempDir
                                                                   java.nio.file.Path project) throws Exception {
        io.github.studysite.Fixtures.write(project, "content/_config.yml", "title: t\ncoach:\n  time_limit: -5\n");
        io.github.studysite.Fixtures.write(project, "content/a.md", "## Ownership\n### A\nS: s\nT: t\nA: a\nR: r\n");
        io.github.studysite.BuildResult result = io.github.studysite.Fixtures.build(project);
        assertThat(result.success()).isFalse();
        assertThat(result.problems()).extracting(Object::toString)
                .anySatisfy(p -> assertThat(p).contains("content/_config.yml:3:15").contains("coach.time_limit"));
        assertThat(project.resolve("site-output/index.html")).doesNotExist();
    }
}
