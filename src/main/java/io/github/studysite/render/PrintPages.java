package io.github.studysite.render;

import io.github.studysite.coach.LoopPlan;
import io.github.studysite.link.SiteIntro;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.StudySite;
import io.github.studysite.address.Urls;
import io.github.studysite.model.Principle;

import java.util.ArrayList;
import io.github.studysite.render.SheetViews.IntroSheet;
import io.github.studysite.render.SheetViews.PrincipleSheet;
import io.github.studysite.render.SheetViews.PrintPack;
import io.github.studysite.render.SheetViews.StorySheet;

import java.util.List;

/**
 * The print pack, {@code print/}: the one-pagers to take to an interview on one page — the loop plan's interviewer
 * sheets, each self-introduction, each principle's cheat sheet and each story the loop plan has you tell — so that
 * one print job gives one A4 sheet of each, every one starting on a new sheet. Every other story prints from its own
 * page: a copy of every story here would repeat the STAR index's pages, thousands of them in a large site. The
 * one-pagers are the same partials their own pages print ({@code intro-sheet}, {@code principle-sheet},
 * {@code story-sheet}), with links made relative to the pack; {@code inPack} tells the partials to leave out the ids
 * their own pages give headings and questions, which would repeat here.
 */
public final class PrintPages {

    public static final String PAGE = "print/index.html";
    /** One-pagers per volume of the pack: a print job, and a page, of a size a browser handles. */
    static final int SHEETS_PER_VOLUME = 100;

    private final SitePages pages;
    private final StudySite site;
    private final StudyPages study;
    private final IntroPages intros;
    private final Messages m;
    private final String lang;
    private final Urls urls;

    private final LoopPages loop;

    /**
     * @param loop the loop plan, whose interviewer sheets open the pack
     */
    public PrintPages(SiteRenderer renderer, SitePages pages, StudySite site, StudyPages study, IntroPages intros,
                      LoopPages loop) {
        this.loop = loop;
        this.pages = pages;
        this.site = site;
        this.study = study;
        this.intros = intros;
        this.m = renderer.messages();
        this.lang = renderer.language().code();
        this.urls = renderer.urls();
    }

    /** How many sheets the pack prints: one per interviewer, introduction, principle and story of the loop plan. */
    public static int count(StudySite site, LoopPlan loop) {
        return loop.slots().size() + site.intros().size() + site.principles().size() + loop.stories().size();
    }

    /**
     * Writes the pack: the interviewer sheets, introductions, principles, then the loop plan's stories, in volumes of
     * {@value #SHEETS_PER_VOLUME} ({@code print/}, {@code print/page/2.html}, …), one print job each.
     */
    public void write() {
        List<Object> sheets = new ArrayList<>();
        sheets.addAll(site.intros());
        sheets.addAll(site.principles());
        sheets.addAll(loop.plan().stories());
        List<List<Object>> volumes = Paging.chunks(sheets, SHEETS_PER_VOLUME);
        for (int n = 1; n <= volumes.size(); n++) {
            String page = Paging.path(PAGE, n);
            List<IntroSheet> introSheets = new ArrayList<>();
            List<PrincipleSheet> principleSheets = new ArrayList<>();
            List<StorySheet> storySheets = new ArrayList<>();
            for (Object sheet : volumes.get(n - 1)) {
                if (sheet instanceof SiteIntro intro) {
                    introSheets.add(intros.introView(intro, page));
                } else if (sheet instanceof Principle principle) {
                    principleSheets.add(study.principleView(principle, page));
                } else if (sheet instanceof SiteStory story) {
                    storySheets.add(study.storyView(story, page));
                }
            }
            int count = count(site, loop.plan());
            PrintPack view = new PrintPack(true, introSheets, principleSheets, storySheets,
                    n == 1 ? loop.view(page) : null, count, m.format("print_lead", String.valueOf(count)),
                    Paging.pager(PAGE, n, volumes.size(), urls));
            pages.write(new PageSpec(page, "print", m.get("print_title"), lang, "", "print", view));
        }
    }
}
