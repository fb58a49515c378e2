package io.github.studysite;

import io.github.studysite.cache.BuildCache;
import io.github.studysite.coach.Coaching;
import io.github.studysite.config.SiteSettings;
import io.github.studysite.link.SiteNote;
import io.github.studysite.link.StudySite;
import io.github.studysite.address.Urls;
import io.github.studysite.practice.PracticePages;
import io.github.studysite.problem.Problems;
import io.github.studysite.render.IntroPages;
import io.github.studysite.render.Language;
import io.github.studysite.render.LoopPages;
import io.github.studysite.render.Messages;
import io.github.studysite.render.PrintPages;
import io.github.studysite.render.RenderedNote;
import io.github.studysite.render.SitePages;
import io.github.studysite.render.SiteRenderer;
import io.github.studysite.render.StudyPages;
import io.github.studysite.render.StudyViews;
import io.github.studysite.search.SearchPages;
import io.github.studysite.publish.Output;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What the render stage of one build starts from: the linked study model, every note's rendered body, the theme.
 * {@link SiteBuilder} hands it to its caller before it renders any page, so that a preview session can write the
 * pages of the note the author just saved first ({@link #writeNotePages}), with the same functions the render stage
 * uses, and the whole build that follows keeps them (they come out the same).
 */
public final class LinkedSite {

    private final SiteSettings settings;
    private final Urls urls;
    private final SiteBuilder.Theme theme;
    private final StudySite site;
    private final Map<String, RenderedNote> byPath;
    private final BuildCache cache;
    private final Problems problems;
    private final long start;
    private final Path output;

    LinkedSite(SiteSettings settings, Urls urls, SiteBuilder.Theme theme, StudySite site,
               Map<String, RenderedNote> byPath, BuildCache cache, Problems problems, long start, Path output) {
        this.settings = settings;
        this.urls = urls;
        this.theme = theme;
        this.site = site;
        this.byPath = byPath;
        this.cache = cache;
        this.problems = problems;
        this.start = start;
        this.output = output;
    }

    /** Whether a stage up to the link reported an error. */
    public boolean hasErrors() {
        return problems.hasErrors();
    }

    /**
     * Writes the pages of the notes at {@code contentPaths} (newest revisions and older ones alike), in every interface
     * language, exactly as the render stage writes them. A note's page names its stories without the coach's hints,
     * in both: they need the whole site's pages.
     *
     * @return the build so far, with the pages written; the problems of rendering them are the whole build's to
     *         report
     */
    public BuildResult writeNotePages(Set<String> contentPaths, Output out) {
        Set<String> published = ConcurrentHashMap.newKeySet();
        Problems own = new Problems();
        for (Language language : theme.languages()) {
            SitePages pages = pages(language, out, published, own);
            // the note pages name no search file: only the question bank, written by the whole build, does
            StudyPages study = new StudyPages(pages.renderer(), pages, site, theme.speaking(), Coaching.none(site),
                    Map.of());
            site.notes().forEach(note -> notePages(pages, study, note, contentPaths::contains));
        }
        return new BuildResult(true, problems.sorted(), output, byPath.size(), published.size(),
                Duration.ofNanos(System.nanoTime() - start), site.stories().size(), site.questions().size());
    }

    SiteBuilder.Theme theme() {
        return theme;
    }

    StudySite site() {
        return site;
    }

    Map<String, RenderedNote> byPath() {
        return byPath;
    }

    /** The pages of one interface language, written into {@code out}. */
    SitePages pages(Language language, Output out, Set<String> published, Problems problems) {
        Messages messages = Messages.load(theme.resolver(), language.code(), problems);
        SiteRenderer renderer = new SiteRenderer(theme.templates(), messages, settings, urls, language,
                theme.languages())
                .section("nav_principles", StudyPages.PRINCIPLES)
                .section("nav_stories", StudyPages.STORIES)
                .section("nav_questions", StudyPages.QUESTIONS)
                .section("nav_practice", PracticePages.PAGE)
                .section("nav_intro", IntroPages.INDEX)
                .section("nav_study", StudyPages.STUDY)
                .section("nav_notes", SitePages.NOTES)
                .footerLink("print_footer", PrintPages.PAGE)
                .footerLink("loop_footer", LoopPages.PAGE);
        return new SitePages(renderer, out, published, cache);
    }

    /**
     * A note's page and the pages of its older revisions, those whose content path {@code wanted} accepts.
     *
     * @return how many pages it wrote
     */
    int notePages(SitePages pages, StudyPages study, SiteNote note, Predicate<String> wanted) {
        int written = 0;
        if (wanted.test(note.note().contentPath())) {
            pages.notePage(byPath.get(note.note().contentPath()), study.notePanel(note), null);
            written++;
        }
        for (SiteNote.Revision older : note.revisions()) {
            if (wanted.test(older.note().contentPath())) {
                pages.notePage(byPath.get(older.note().contentPath()), StudyViews.NotePanel.NONE, note.page());
                written++;
            }
        }
        return written;
    }
}
