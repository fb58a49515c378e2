package io.github.studysite.coach;

import io.github.studysite.config.Rule;
import io.github.studysite.config.CoachSettings;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.StudySite;
import io.github.studysite.model.StarPart;
import io.github.studysite.util.SpeakingTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The facts the issue asks of the real seed notes. */
class CoachSeedTest {

    static StudySite site;
    static CoachReport report;

    @BeforeAll
    static void review() {
        site = Sites.seeds();
        report = new Coach(CoachSettings.DEFAULT, SpeakingTime.DEFAULT).review(site);
    }

    private static Optional<Feedback> hint(SiteStory story, Rule rule) {
        return report.of(story).stream().filter(f -> f.rule() == rule).findFirst();
    }

    @Test
    void theCdnStoryIsFlaggedForAnUnquantifiedResult() {
        assertThat(hint(Sites.story(site, "LG화학 CDN서비스"), Rule.UNQUANTIFIED_RESULT)).isPresent();
    }

    @Test
    void theAlarmStorysResultIsACopyOfTheXRayStorys() {
        SiteStory alarm = Sites.story(site, "Application 오류에 대한 알람 서비스");
        Feedback f = hint(alarm, Rule.REPEATED_PART).orElseThrow();
        assertThat(f.part()).contains(StarPart.RESULT);
        assertThat(f.other().orElseThrow().story().title()).isEqualTo("X-Ray 서비스");
    }

    @Test
    void theLongestStoryIsFlaggedWithItsLongestPart() {
        SpeakingTime speaking = SpeakingTime.DEFAULT;
        SiteStory longest = site.stories().stream()
                .max(Comparator.comparingInt(s -> speaking.seconds(s.story().text()))).orElseThrow();
        assertThat(speaking.seconds(longest.story().text())).isGreaterThan(120);
        Feedback f = hint(longest, Rule.TOO_LONG).orElseThrow();
        StarPart part = f.part().orElseThrow();
        for (Map.Entry<StarPart, Integer> e : f.partSeconds().entrySet()) {
            assertThat(f.partSeconds().get(part)).isGreaterThanOrEqualTo(e.getValue());
            assertThat(e.getValue()).isEqualTo(speaking.seconds(longest.story().part(e.getKey())));
        }
    }

    @Test
    void storiesWithAFigureInTheirResultAreNotFlaggedForIt() {
        long quantified = site.stories().stream().filter(s -> !s.story().part(StarPart.RESULT).isEmpty())
                .filter(s -> hint(s, Rule.UNQUANTIFIED_RESULT).isEmpty()).count();
        assertThat(quantified).isPositive();
        assertThat(report.storiesNeedingWork()).isLessThanOrEqualTo(site.stories().size());
    }
}
