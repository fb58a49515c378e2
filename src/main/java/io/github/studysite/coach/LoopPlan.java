package io.github.studysite.coach;

import io.github.studysite.config.Rule;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.StudySite;
import io.github.studysite.model.Principle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plan for an interview loop: each interviewer slot gets two or three principles, each with its best story and a
 * backup, no story told twice in the whole loop; the principles without a usable story come first, as the gap to
 * close before the loop.
 *
 * <p>A story is usable for a principle when it is filed under it and all four parts are written. The best is the one
 * with a quantified result, then within the time limits, then with the fewest hints, then filed under the fewest
 * principles (a story that belongs to one principle says it most clearly), then the first written. Principles are
 * served most-constrained first (fewest usable stories), best stories before any backup, so a principle with one
 * story keeps it. Principles with a story fill the slots first, in catalog order, dealt round the slots one at a time
 * so that the slots stay even.
 *
 * @param gaps     principles without a story to tell, in catalog order
 * @param slots    the interviewers, in order
 * @param left     principles the slots had no room for
 */
public record LoopPlan(List<Gap> gaps, List<Slot> slots, List<Principle> left) {

    public LoopPlan {
        gaps = List.copyOf(gaps);
        slots = List.copyOf(slots);
        left = List.copyOf(left);
    }

    /**
     * A principle without a story to tell.
     *
     * @param principle the principle
     * @param taken     whether it has usable stories, all of them told for other principles of the loop
     */
    public record Gap(Principle principle, boolean taken) {
    }

    /**
     * One interviewer.
     *
     * @param number 1-based
     * @param picks  the principles they ask about, each with its stories
     */
    public record Slot(int number, List<Pick> picks) {
        public Slot {
            picks = List.copyOf(picks);
        }
    }

    /**
     * A principle of a slot.
     *
     * @param principle the principle
     * @param best      the story to tell, if any
     * @param backup    the story to tell if asked for another, if any
     */
    public record Pick(Principle principle, Optional<SiteStory> best, Optional<SiteStory> backup) {
    }

    /**
     * @param slots    interviewers
     * @param perSlot  principles per interviewer at most (2 or 3)
     */
    public static LoopPlan of(StudySite site, CoachReport report, int slots, int perSlot) {
        Map<Principle, List<SiteStory>> usable = new IdentityHashMap<>();
        for (Principle p : site.principles()) {
            List<SiteStory> stories = new ArrayList<>(site.storiesOf(p).stream()
                    .filter(s -> s.story().isComplete()).toList());
            stories.sort(best(report, site));
            usable.put(p, stories);
        }
        List<Principle> ordered = new ArrayList<>(site.principles().stream()
                .filter(p -> !usable.get(p).isEmpty()).toList());
        site.principles().stream().filter(p -> usable.get(p).isEmpty()).forEach(ordered::add);
        int room = slots * perSlot;
        List<Principle> inLoop = ordered.subList(0, Math.min(room, ordered.size()));
        List<Principle> left = ordered.subList(inLoop.size(), ordered.size());

        List<Principle> constrained = new ArrayList<>(inLoop);
        constrained.sort(Comparator.comparingInt(p -> usable.get(p).size()));
        Set<SiteStory> used = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Principle, SiteStory> bests = new IdentityHashMap<>();
        Map<Principle, SiteStory> backups = new IdentityHashMap<>();
        for (Principle p : constrained) {
            take(usable.get(p), used).ifPresent(s -> bests.put(p, s));
        }
        for (Principle p : constrained) {
            take(usable.get(p), used).ifPresent(s -> backups.put(p, s));
        }

        List<Gap> gaps = new ArrayList<>();
        for (Principle p : site.principles()) {
            if (usable.get(p).isEmpty()) {
                gaps.add(new Gap(p, false));
            } else if (inLoop.contains(p) && !bests.containsKey(p)) {
                gaps.add(new Gap(p, true));
            }
        }
        List<List<Pick>> picks = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            picks.add(new ArrayList<>());
        }
        for (int i = 0; i < inLoop.size(); i++) {
            Principle p = inLoop.get(i);
            picks.get(i % slots).add(new Pick(p, Optional.ofNullable(bests.get(p)),
                    Optional.ofNullable(backups.get(p))));
        }
        List<Slot> out = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            out.add(new Slot(i + 1, picks.get(i)));
        }
        return new LoopPlan(gaps, out, left);
    }

    /** The stories the plan has you tell, best then backup of each pick, interviewer by interviewer, each once. */
    public List<SiteStory> stories() {
        Set<SiteStory> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<SiteStory> out = new ArrayList<>();
        for (Slot slot : slots) {
            for (Pick pick : slot.picks()) {
                pick.best().filter(seen::add).ifPresent(out::add);
                pick.backup().filter(seen::add).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<SiteStory> take(List<SiteStory> candidates, Set<SiteStory> used) {
        for (SiteStory s : candidates) {
            if (used.add(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Comparator<SiteStory> best(CoachReport report, StudySite site) {
        Map<SiteStory, Integer> order = new IdentityHashMap<>();
        site.stories().forEach(s -> order.put(s, order.size()));
        return Comparator.<SiteStory>comparingInt(s -> has(report, s, Rule.UNQUANTIFIED_RESULT) ? 1 : 0)
                .thenComparingInt(s -> has(report, s, Rule.TOO_LONG) || has(report, s, Rule.TOO_SHORT) ? 1 : 0)
                .thenComparingInt(s -> report.of(s).size())
                .thenComparingInt(s -> s.story().principles().size())
                .thenComparingInt(s -> order.getOrDefault(s, 0));
    }

    private static boolean has(CoachReport report, SiteStory story, Rule rule) {
        return report.of(story).stream().anyMatch(f -> f.rule() == rule);
    }
}
