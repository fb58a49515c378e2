package io.github.studysite.coach;

import io.github.studysite.config.CoachSettings;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.StudySite;
import io.github.studysite.model.Principle;
import io.github.studysite.util.SpeakingTime;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The loop plan's choices: gaps first, best and backup stories, no story twice, slots of two or three. */
class LoopPlanTest {

    private static final String ACTION = "I measured every request and rewrote the slowest handlers one by one. ";

    private static String story(String principle, String title, String result) {
        return "## " + principle + "\n### " + title + "\nS: The site was slow for our users.\nT: I owned the fix.\n"
                + "A: " + ACTION.repeat(9) + "\nR: " + result + "\n";
    }

    private static LoopPlan plan(StudySite site, int slots, int perSlot) {
        CoachReport report = new Coach(CoachSettings.DEFAULT, SpeakingTime.DEFAULT).review(site);
        return LoopPlan.of(site, report, slots, perSlot);
    }

    private static List<SiteStory> told(LoopPlan plan) {
        List<SiteStory> told = new ArrayList<>();
        for (LoopPlan.Slot slot : plan.slots()) {
            for (LoopPlan.Pick pick : slot.picks()) {
                pick.best().ifPresent(told::add);
                pick.backup().ifPresent(told::add);
            }
        }
        return told;
    }

    @Test
    void theQuantifiedStoryIsBestAndTheOtherTheBackup() {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("a.md", story("Ownership", "Vague", "Users were happy."));
        notes.put("b.md", story("Ownership", "Measured", "Pages got 40% faster."));
        StudySite site = Sites.of(notes);
        LoopPlan.Pick pick = plan(site, 5, 3).slots().get(0).picks().get(0);
        assertThat(pick.principle().id()).isEqualTo("ownership");
        assertThat(pick.best().map(s -> s.story().title())).contains("Measured");
        assertThat(pick.backup().map(s -> s.story().title())).contains("Vague");
    }

    @Test
    void principlesWithoutAStoryAreTheGapAndAStoryIsNeverToldTwice() {
        Map<String, String> notes = new LinkedHashMap<>();
        // one story for both Ownership and Frugality, and one more for Ownership: Frugality keeps the shared one
        notes.put("a.md", story("Ownership", "Shared (Frugality)", "Cost fell 30%."));
        notes.put("b.md", story("Ownership", "Own", "Pages got 40% faster."));
        notes.put("c.md", "## Dive Deep\n### Unfinished\nS: Something broke.\n");
        StudySite site = Sites.of(notes);
        LoopPlan plan = plan(site, 5, 3);
        List<SiteStory> told = told(plan);
        assertThat(told).doesNotHaveDuplicates().hasSize(2);
        Map<String, Optional<String>> best = new LinkedHashMap<>();
        plan.slots().forEach(s -> s.picks().forEach(p -> best.put(p.principle().id(),
                p.best().map(x -> x.story().title()))));
        assertThat(best.get("frugality")).contains("Shared");
        assertThat(best.get("ownership")).contains("Own");
        assertThat(plan.gaps()).extracting(g -> g.principle().id()).contains("dive-deep", "customer-obsession")
                .doesNotContain("ownership", "frugality");
        assertThat(plan.gaps()).hasSize(site.principles().size() - 2);
        assertThat(plan.gaps().get(0).principle().number()).isLessThan(plan.gaps().get(1).principle().number());
    }

    @Test
    void slotsGetTwoOrThreePrinciplesStoriesFirstAndWhatDoesNotFitIsLeft() {
        Map<String, String> notes = new LinkedHashMap<>();
        String[] principles = {"Ownership", "Frugality", "Dive Deep", "Bias for Action", "Invent and Simplify",
            "Earn Trust", "Deliver Results"};
        for (int i = 0; i < principles.length; i++) {
            notes.put("n" + i + ".md", story(principles[i], "Story " + i, "Saved " + (i + 1) + " hours a week."));
        }
        StudySite site = Sites.of(notes);
        LoopPlan plan = plan(site, 5, 3);
        assertThat(plan.slots()).hasSize(5);
        assertThat(plan.slots()).allSatisfy(s -> assertThat(s.picks()).hasSizeBetween(2, 3));
        List<Principle> inLoop = plan.slots().stream().flatMap(s -> s.picks().stream()).map(LoopPlan.Pick::principle)
                .toList();
        assertThat(inLoop).hasSize(15).doesNotHaveDuplicates();
        assertThat(plan.left()).hasSize(site.principles().size() - 15);
        // every principle with a story is in the loop with it
        assertThat(plan.slots().stream().flatMap(s -> s.picks().stream()).filter(p -> p.best().isPresent()))
                .hasSize(principles.length);
        assertThat(plan.left()).allSatisfy(p -> assertThat(site.storiesOf(p)).isEmpty());

        LoopPlan four = plan(site, 4, 2);
        assertThat(four.slots()).hasSize(4).allSatisfy(s -> assertThat(s.picks()).hasSize(2));
        assertThat(told(four)).doesNotHaveDuplicates();
    }

    @Test
    void theSeedsGapsComeFirstAndNoSeedStoryIsToldTwice() {
        StudySite site = Sites.seeds();
        LoopPlan plan = plan(site, 5, 3);
        assertThat(told(plan)).doesNotHaveDuplicates().isNotEmpty();
        assertThat(plan.gaps()).isNotEmpty()
                .allSatisfy(g -> assertThat(g.taken() || site.storiesOf(g.principle()).stream()
                        .noneMatch(s -> s.story().isComplete())).isTrue());
        assertThat(plan.gaps()).extracting(g -> g.principle().id()).contains("frugality");
    }
}
