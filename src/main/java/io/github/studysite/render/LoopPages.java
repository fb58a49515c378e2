package io.github.studysite.render;

import io.github.studysite.coach.LoopPlan;
import io.github.studysite.link.SiteStory;
import io.github.studysite.address.Urls;
import io.github.studysite.model.Principle;
import io.github.studysite.model.StarPart;
import io.github.studysite.render.LoopViews.GapItem;
import io.github.studysite.render.LoopViews.LoopView;
import io.github.studysite.render.LoopViews.PickItem;
import io.github.studysite.render.LoopViews.SlotSheet;
import io.github.studysite.render.LoopViews.StoryRef;
import io.github.studysite.util.SpeakingTime;

import java.util.List;
import java.util.Optional;

/** Writes the loop plan, {@code loop/}: the gaps first, then one printable sheet per interviewer. */
public final class LoopPages {

    public static final String PAGE = "loop/index.html";

    private final SitePages pages;
    private final LoopPlan plan;
    private final SpeakingTime speaking;
    private final Messages m;
    private final String lang;
    private final Urls urls;

    public LoopPages(SiteRenderer renderer, SitePages pages, LoopPlan plan, SpeakingTime speaking) {
        this.pages = pages;
        this.plan = plan;
        this.speaking = speaking;
        this.m = renderer.messages();
        this.lang = renderer.language().code();
        this.urls = renderer.urls();
    }

    public void write() {
        pages.write(new PageSpec(PAGE, "loop", m.get("loop_title"), lang, "", "loop", view(PAGE)));
    }

    /** The plan linked from {@code from}: its own page, or the print pack. */
    LoopView view(String from) {
        List<GapItem> gaps = plan.gaps().stream().map(g -> gap(g.principle(), g.taken() ? "loop_gap_taken"
                : "loop_gap_none", from)).toList();
        List<SlotSheet> slots = plan.slots().stream().map(s -> new SlotSheet(m.format("loop_slot", s.number()),
                s.picks().stream().map(p -> pick(p, from)).toList())).toList();
        List<GapItem> left = plan.left().stream().map(p -> gap(p, "loop_left_reason", from)).toList();
        return new LoopView(gaps, slots, left, m.format("loop_lead", plan.slots().size()));
    }

    /** The plan this page shows, which also says what the print pack holds. */
    public LoopPlan plan() {
        return plan;
    }

    private GapItem gap(Principle p, String reason, String from) {
        return new GapItem(p.name(lang), urls.link(from, StudyPages.principlePage(p)), m.get(reason));
    }

    private PickItem pick(LoopPlan.Pick pick, String from) {
        Principle p = pick.principle();
        String other = "ko".equals(lang) ? p.en() : p.ko();
        return new PickItem(p.name(lang), other.equals(p.name(lang)) ? "" : other,
                urls.link(from, StudyPages.principlePage(p)), ref(pick.best(), from), ref(pick.backup(), from));
    }

    private StoryRef ref(Optional<SiteStory> story, String from) {
        return story.map(s -> new StoryRef(s.story().title().isEmpty() ? m.get("story_untitled") : s.story().title(),
                urls.link(from, StudyPages.storyPage(s)),
                s.story().part(StarPart.RESULT).lines().findFirst().orElse(""),
                SpeakingTime.format(speaking.seconds(s.story().text())), s.note().note().lang())).orElse(null);
    }
}
