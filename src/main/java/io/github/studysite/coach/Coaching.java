package io.github.studysite.coach;

import io.github.studysite.config.CoachSettings;
import io.github.studysite.link.StudySite;
import io.github.studysite.util.SpeakingTime;

/**
 * What the coach makes of a site, once per build for every language: the hints the pages show and the loop plan.
 *
 * @param report the hints (none when {@code coach: false})
 * @param loop   the loop plan, which judges stories by every rule whatever hints are switched off
 */
public record Coaching(CoachReport report, LoopPlan loop) {

    public static Coaching of(StudySite site, CoachSettings settings, SpeakingTime speaking) {
        CoachReport report = new Coach(settings, speaking).review(site);
        CoachReport full = settings.allOn().equals(settings) ? report
                : new Coach(settings.allOn(), speaking).review(site);
        return new Coaching(report, LoopPlan.of(site, full, settings.loopSlots(), settings.loopPrinciples()));
    }

    /** No hints and an empty plan: for pages that show neither (a preview's note pages). */
    public static Coaching none(StudySite site) {
        return new Coaching(CoachReport.NONE, LoopPlan.of(site, CoachReport.NONE, 0, 2));
    }
}
