package io.github.studysite.render;

import io.github.studysite.coach.LoopPlan;
import io.github.studysite.link.IntroVersions;
import io.github.studysite.link.SiteIntro;
import io.github.studysite.link.StudySite;
import io.github.studysite.address.Urls;
import io.github.studysite.model.IntroParagraph;
import io.github.studysite.render.IntroViews.IntroCard;
import io.github.studysite.render.IntroViews.IntroColumn;
import io.github.studysite.render.SheetViews.IntroSheet;
import io.github.studysite.render.SheetViews.More;
import io.github.studysite.render.SheetViews.SheetParagraph;
import io.github.studysite.util.SpeakingTime;

import java.util.ArrayList;
import java.util.List;

/**
 * The self-introduction pages: {@code intro/} lists every introduction with its language coverage and speaking
 * times; {@code intro/<slug>/} shows the Korean and English versions side by side (stacked on narrow screens), each
 * block in its own {@code lang}, a missing version as a to-do, and a warning where a version runs over the time limit
 * — the one the note states ({@code 2분 내로} → 2:00), else the site's ({@code intro_limit_seconds}, default 120).
 */
public final class IntroPages {

    public static final String INDEX = "intro/index.html";

    private final SiteRenderer renderer;
    private final SitePages pages;
    private final StudySite site;
    private final SpeakingTime speaking;
    private final int defaultLimit;
    private final Urls urls;
    private final Messages m;
    private final PrintSheets sheets;

    /** @param loop the loop plan, whose stories the print pack holds after the introductions and principles */
    public IntroPages(SiteRenderer renderer, SitePages pages, StudySite site, SpeakingTime speaking, LoopPlan loop) {
        this.renderer = renderer;
        this.pages = pages;
        this.site = site;
        this.speaking = speaking;
        this.urls = renderer.urls();
        this.m = renderer.messages();
        this.sheets = new PrintSheets(site, loop);
        this.defaultLimit = renderer.settings().introLimitSeconds();
    }

    public static String page(SiteIntro intro) {
        return "intro/" + intro.slug() + ".html";
    }

    public void writeAll() {
        List<IntroCard> cards = site.intros().stream().map(i -> card(i, INDEX)).toList();
        pages.write(new PageSpec(INDEX, "intros", m.get("intro_title"), renderer.language().code(), "", "intros",
                new IntroViews.IntroList(cards)));
        site.intros().forEach(this::intro);
    }

    private void intro(SiteIntro intro) {
        String page = page(intro);
        pages.write(new PageSpec(page, "intro", intro.intro().title(), intro.note().note().lang(), "", "intro",
                introView(intro, page)));
    }

    /**
     * What an introduction's page shows, linked from {@code from} (its page, or the print pack). One too long for a
     * readable sheet prints without the later sentences of its longer version first.
     */
    IntroSheet introView(SiteIntro intro, String from) {
        IntroCard card = card(intro, from);
        String own = urls.link(from, page(intro));
        return new IntroSheet(card, intro.intro().title(), intro.note().note().title(),
                urls.link(from, intro.note().page()) + "#" + intro.intro().source().anchor(),
                intro.translation() == null ? "" : intro.translation().note().title(),
                intro.translation() == null ? "" : urls.link(from, intro.translation().page()),
                urls.link(from, INDEX), intro.note().note().lang(),
                More.of(m, "sheet_more_sentences", "sentences", 0, own),
                urls.link(from, sheets.page(intro)) + "#" + sheets.id(intro), sheets.id(intro));
    }

    private IntroCard card(SiteIntro intro, String from) {
        int limit = intro.intro().limitSeconds() > 0 ? intro.intro().limitSeconds() : defaultLimit;
        IntroVersions v = intro.versions();
        List<List<SheetParagraph>> ranked = SheetViews.ranked(List.of(lines(v.korean()), lines(v.english())), 0);
        List<IntroColumn> columns = new ArrayList<>();
        columns.add(column("ko", v.korean(), v.koreanText(), limit, ranked.get(0)));
        columns.add(column("en", v.english(), v.englishText(), limit, ranked.get(1)));
        return new IntroCard(intro.intro().title(), urls.link(from, page(intro)), intro.note().note().title(), columns,
                SpeakingTime.format(limit), intro.intro().limitSeconds() > 0);
    }

    private static List<List<String>> lines(List<IntroParagraph> paragraphs) {
        return paragraphs.stream().map(p -> p.text().lines().toList()).toList();
    }

    private IntroColumn column(String lang, List<IntroParagraph> paragraphs, String text, int limit,
                               List<SheetParagraph> lines) {
        int seconds = speaking.seconds(text);
        boolean over = seconds > limit;
        return new IntroColumn(lang, m.get("language_" + lang), lines, !paragraphs.isEmpty(),
                m.get("intro_missing_" + lang), seconds, SpeakingTime.format(seconds), over,
                over ? m.format("intro_over_limit", SpeakingTime.format(seconds), SpeakingTime.format(limit)) : "");
    }
}
