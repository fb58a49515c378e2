package io.github.studysite.render;

import io.github.studysite.link.StudySite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The print pack, {@code print/}: every one-pager of the site on one page — each self-introduction, each principle's
 * cheat sheet, each story — so that one print job before an interview gives one A4 sheet of each, every one starting
 * on a new sheet. The one-pagers are the same partials their own pages print ({@code intro-sheet},
 * {@code principle-sheet}, {@code story-sheet}), with links made relative to the pack; {@code inPack} tells the
 * partials to leave out the ids their own pages give headings and questions, which would repeat here.
 */
public final class PrintPages {

    public static final String PAGE = "print/index.html";

    private final SitePages pages;
    private final StudySite site;
    private final StudyPages study;
    private final IntroPages intros;
    private final Messages m;
    private final String lang;

    public PrintPages(SiteRenderer renderer, SitePages pages, StudySite site, StudyPages study, IntroPages intros) {
        this.pages = pages;
        this.site = site;
        this.study = study;
        this.intros = intros;
        this.m = renderer.messages();
        this.lang = renderer.language().code();
    }

    /** How many sheets the pack prints: one per introduction, principle and story. */
    public static int count(StudySite site) {
        return site.intros().size() + site.principles().size() + site.stories().size();
    }

    public void write() {
        List<Map<String, Object>> introSheets = site.intros().stream().map(i -> intros.introView(i, PAGE)).toList();
        List<Map<String, Object>> principleSheets = site.principles().stream()
                .map(p -> study.principleView(p, PAGE)).toList();
        List<Map<String, Object>> storySheets = site.stories().stream().map(s -> study.storyView(s, PAGE)).toList();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("inPack", true);
        view.put("intros", introSheets);
        view.put("principles", principleSheets);
        view.put("stories", storySheets);
        view.put("count", count(site));
        view.put("lead", m.format("print_lead", String.valueOf(count(site))));
        pages.write(new PageSpec(PAGE, "print", m.get("print_title"), lang, "", "print", view));
    }
}
