package io.github.studysite.render;

import io.github.studysite.coach.CoachReport;
import io.github.studysite.coach.Coaching;
import io.github.studysite.link.Change;
import io.github.studysite.link.RevisionDiff;
import io.github.studysite.link.SiteNote;
import io.github.studysite.link.SiteQuestion;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.SiteTopic;
import io.github.studysite.link.StudySite;
import io.github.studysite.address.Urls;
import io.github.studysite.model.Principle;
import io.github.studysite.model.SourceRef;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.Story;
import io.github.studysite.render.StudyViews.ChangeItem;
import io.github.studysite.render.StudyViews.Link;
import io.github.studysite.render.StudyViews.PartBadge;
import io.github.studysite.render.SheetViews.More;
import io.github.studysite.render.SheetViews.PrincipleSheet;
import io.github.studysite.render.SheetViews.SheetParagraph;
import io.github.studysite.render.SheetViews.SheetLink;
import io.github.studysite.render.SheetViews.SheetPart;
import io.github.studysite.render.SheetViews.StorySheet;
import io.github.studysite.render.StudyViews.PrincipleCard;
import io.github.studysite.render.StudyViews.QuestionGroup;
import io.github.studysite.render.StudyViews.QuestionItem;
import io.github.studysite.render.StudyViews.RevisionStep;
import io.github.studysite.render.StudyViews.StoryCard;
import io.github.studysite.render.StudyViews.TopicGroup;
import io.github.studysite.render.StudyViews.TopicItem;
import io.github.studysite.util.SpeakingTime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Renders the study pages from the linked study model: the principles index and one page per principle, the STAR
 * index and one page per story, the question bank, the study checklist and the changes between revisions of a note;
 * and builds the study parts of the dashboard and of each note's page. Every link is made relative to the page it
 * appears on.
 */
public final class StudyPages {

    public static final String PRINCIPLES = "principles/index.html";
    public static final String STORIES = "stories/index.html";
    public static final String QUESTIONS = "questions/index.html";
    public static final String STUDY = "study/index.html";
    /** How many items the dashboard lists per panel before linking to the full page. */
    static final int DASHBOARD_LIMIT = 8;
    /** Page sizes of the lists that grow with the notes (see {@link Paging}). */
    static final int STORIES_PER_PAGE = 500;
    static final int QUESTIONS_PER_PAGE = 200;
    static final int PRINCIPLE_ITEMS_PER_PAGE = 100;
    static final int TOPICS_PER_PAGE = 500;
    /** How many of a principle's questions the question bank's first page names before linking to the principle. */
    static final int PRINCIPLE_QUESTIONS_NAMED = 20;
    /** How many stories, questions and topics a note's page lists of its own before saying how many more. */
    static final int PANEL_LIMIT = 50;

    private final SiteRenderer renderer;
    private final SitePages pages;
    private final StudySite site;
    private final SpeakingTime speaking;
    private final Urls urls;
    private final Messages m;
    private final String lang;
    private final Map<String, Counts> counts = new java.util.concurrent.ConcurrentHashMap<>();
    private final CoachReport coach;
    private final Coaching coaching;
    private final Hints hints;
    private final PrintSheets sheets;
    private final Map<String, Integer> searchFiles;

    /**
     * @param coaching    the coach's feedback on the site's stories and answers, and the loop plan
     * @param searchFiles the search file holding each note's text, by content path: the question bank shows its
     *                    answers from there
     */
    public StudyPages(SiteRenderer renderer, SitePages pages, StudySite site, SpeakingTime speaking,
                      Coaching coaching, Map<String, Integer> searchFiles) {
        this.renderer = renderer;
        this.searchFiles = searchFiles;
        this.coaching = coaching;
        this.coach = coaching.report();
        this.hints = new Hints(renderer.messages(), id -> site.catalog().byId(id)
                .map(p -> p.name(renderer.language().code())).orElse(id));
        this.pages = pages;
        this.site = site;
        this.speaking = speaking;
        this.urls = renderer.urls();
        this.m = renderer.messages();
        this.lang = renderer.language().code();
        this.sheets = new PrintSheets(site, coaching.loop());
    }

    public static String principlePage(Principle principle) {
        return "principles/" + principle.id() + "/index.html";
    }

    public static String storyPage(SiteStory story) {
        return storyPage(story.slug());
    }

    /**
     * The page of the story with this slug: a file beside the STAR index, not a folder of its own, as Jekyll writes
     * posts; a folder per story costs a directory entry and a disk block for each of thousands of one-page stories.
     */
    public static String storyPage(String slug) {
        return "stories/" + slug + ".html";
    }

    /** The page of the question bank a question is on. */
    public static String questionsPage(StudySite site, SiteQuestion question) {
        return Paging.path(QUESTIONS, questionsPageNumber(site, question));
    }

    /** The number (from 1) of the page of the question bank a question is on. */
    public static int questionsPageNumber(StudySite site, SiteQuestion question) {
        return site.position(question) / QUESTIONS_PER_PAGE + 1;
    }

    public static String changesPage(SiteNote note) {
        return note.page().replaceAll("index\\.html$", "") + "changes/index.html";
    }

    /** Writes every study page. */
    public void writeAll() {
        // no page depends on another: the long single-threaded lists (the STAR index, the question bank) are made
        // beside the parallel story and principle pages instead of after them
        Stream.<Runnable>of(this::principles,
                        () -> site.principles().parallelStream().forEach(this::principle),
                        this::stories,
                        () -> site.stories().parallelStream().forEach(this::story),
                        this::questions,
                        this::study,
                        () -> site.notes().parallelStream().filter(SiteNote::hasRevisions).forEach(this::changes))
                .parallel().forEach(Runnable::run);
    }

    private void principles() {
        List<PrincipleCard> cards = site.principles().stream().map(p -> card(p, PRINCIPLES)).toList();
        write(PRINCIPLES, "principles", catalogTitle(), "principles", new PrinciplesView(cards, catalogTitle()));
    }

    /** The principles' index: a card per principle, under the catalogue's name. */
    record PrinciplesView(List<PrincipleCard> principles, String catalogTitle) {
    }

    private void principle(Principle p) {
        int total = Math.max(Paging.pages(site.sectionsOf(p).size(), PRINCIPLE_ITEMS_PER_PAGE),
                Math.max(Paging.pages(site.storiesOf(p).size(), PRINCIPLE_ITEMS_PER_PAGE),
                        Paging.pages(site.questionsOf(p).size(), PRINCIPLE_ITEMS_PER_PAGE)));
        for (int n = 1; n <= total; n++) {
            String page = Paging.path(principlePage(p), n);
            PrincipleSheet view = principleView(p, page, n, true)
                    .withPager(Paging.pager(principlePage(p), n, total, urls));
            write(page, "principle", p.name(lang), "principle", view);
        }
    }

    /** The first page of a principle, as the print pack shows it. */
    PrincipleSheet principleView(Principle p, String from) {
        return principleView(p, from, 1, false);
    }

    /**
     * What page {@code n} of a principle shows, linked from {@code from}: its own page, or the print pack, where the
     * first page is printed as a one-pager with every other. A principle with more stories, questions or sections in
     * notes than a page holds continues on {@code principles/<id>/page/2.html}, …; the counts are always the
     * principle's totals. Its stories come most complete first (the note order among equals), so that a cheat sheet too long for
     * one readable sheet prints the best ones. On its own page ({@code own}) a question carries no answer: an opened
     * one shows it from its note's search file, as the question bank does; the print pack's sheet has the answers.
     */
    PrincipleSheet principleView(Principle p, String from, int n, boolean own) {
        List<SiteStory> allStories = byCompleteness(site.storiesOf(p));
        List<SiteQuestion> allQuestions = site.questionsOf(p);
        // a card or question on its principle's sheet does not link back to the principle
        List<StoryCard> stories = page(allStories, PRINCIPLE_ITEMS_PER_PAGE, n).stream()
                .map(s -> storyCard(s, from, p)).toList();
        List<QuestionItem> questions = page(allQuestions, PRINCIPLE_ITEMS_PER_PAGE, n).stream()
                .map(q -> questionItem(q, from, p, own)).toList();
        List<Link> sections = page(site.sectionsOf(p), PRINCIPLE_ITEMS_PER_PAGE, n).stream()
                .map(r -> Link.on(lang, r.note().note().title(), noteHref(from, r.note(), r.section().source())))
                .toList();
        List<Principle> all = site.principles();
        int index = all.indexOf(p);
        String self = urls.link(from, principlePage(p));
        return new PrincipleSheet(p.number(), p.en(), p.ko(), p.definition(), stories, !allStories.isEmpty(),
                allStories.size(), counts(p).complete(), questions, !allQuestions.isEmpty(), allQuestions.size(),
                counts(p).answered(), sections, !sections.isEmpty(), catalogTitle(), urls.link(from, PRINCIPLES),
                index > 0 ? new Link(all.get(index - 1).name(lang), urls.link(from,
                        principlePage(all.get(index - 1)))) : null,
                index < all.size() - 1 ? new Link(all.get(index + 1).name(lang), urls.link(from,
                        principlePage(all.get(index + 1)))) : null,
                More.of(m, "sheet_more_stories", "stories", allStories.size() - stories.size(), self),
                More.of(m, "sheet_more_questions", "questions", allQuestions.size() - questions.size(), self),
                printHref(from, p), sheets.id(p), null);
    }

    /** Most filled STAR parts first; a stable sort, so equals keep the order they are written in. */
    private static List<SiteStory> byCompleteness(List<SiteStory> stories) {
        List<SiteStory> sorted = new ArrayList<>(stories);
        sorted.sort(java.util.Comparator.comparingInt((SiteStory s) -> -filledParts(s.story())));
        return sorted;
    }

    private static int filledParts(Story story) {
        int filled = 0;
        for (StarPart part : StarPart.values()) {
            filled += story.part(part).isEmpty() ? 0 : 1;
        }
        return filled;
    }

    /** The print button's link: the sheet in the print pack, or {@code ""} for a story the pack leaves out. */
    private String printHref(String from, Object sheet) {
        String page = sheets.page(sheet);
        return page.isEmpty() ? "" : urls.link(from, page) + "#" + sheets.id(sheet);
    }

    /**
     * The STAR index in pages of {@value #STORIES_PER_PAGE} stories, and the data of all of them that its filters and
     * sorting run over ({@link ListData}).
     */
    private void stories() {
        List<Link> filters = site.principles().stream().map(p -> new Link(p.name(lang), p.id())).toList();
        long complete = site.stories().stream().filter(s -> s.story().isComplete()).count();
        List<List<SiteStory>> chunks = Paging.chunks(site.stories(), STORIES_PER_PAGE);
        for (int n = 1; n <= chunks.size(); n++) {
            String page = Paging.path(STORIES, n);
            List<StoryCard> cards = chunks.get(n - 1).stream().map(s -> storyCard(s, page)).toList();
            write(page, "stories", m.get("stories_title"), "stories", new ListViews.StoriesView(cards,
                    site.stories().size(), complete, coach.storiesNeedingWork(), filters,
                    Paging.pager(STORIES, n, chunks.size(), urls)));
        }
        pages.script(ListData.STORIES, listData().stories(speaking, coach));
    }

    private ListData listData() {
        return new ListData(site, urls, m, lang);
    }

    private void story(SiteStory s) {
        String page = storyPage(s);
        write(page, "story", title(s.story()), "story", storyView(s, page), s.note().note().lang());
    }

    /**
     * What a story's page shows, linked from {@code from} (its page, or the print pack). A story too long for one
     * readable sheet prints without its questions first, then without the later sentences of its longest parts.
     */
    StorySheet storyView(SiteStory s, String from) {
        Story story = s.story();
        List<SiteQuestion> asked = site.questionsOf(s);
        List<SheetLink> questions = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            questions.add(new SheetLink(asked.get(i).question().text(), questionHref(from, asked.get(i)),
                    asked.size() - 1 - i));
        }
        List<List<List<String>>> texts = new ArrayList<>();
        for (StarPart part : StarPart.values()) {
            // each line of a part is a paragraph on the page
            texts.add(story.part(part).lines().map(List::of).toList());
        }
        List<List<SheetParagraph>> ranked = SheetViews.ranked(texts, asked.size());
        List<SheetPart> parts = new ArrayList<>();
        StarPart[] all = StarPart.values();
        for (int i = 0; i < all.length; i++) {
            parts.add(new SheetPart(m.get("part_" + all[i].letter().toLowerCase()), ranked.get(i),
                    story.part(all[i]).isEmpty()));
        }
        List<Hints.Hint> storyHints = storyHints(s, from);
        String own = urls.link(from, storyPage(s));
        return new StorySheet(title(story), story.group(), parts, story.isComplete(),
                String.join(", ", story.missing().stream().map(StarPart::letter).toList()),
                principleLinks(story.principles(), from), s.note().note().title(),
                noteHref(from, s.note(), story.source()), questions, !questions.isEmpty(),
                SpeakingTime.format(speaking.seconds(story.text())), urls.link(from, STORIES),
                from.equals(storyPage(s)) ? "" : s.note().note().lang(), storyHints, !storyHints.isEmpty(), s.slug(),
                More.of(m, "sheet_more_sentences", "sentences", 0, own), More.of(m, "sheet_more_questions", "questions", 0, own),
                printHref(from, s), sheets.id(s));
    }

    private List<Hints.Hint> storyHints(SiteStory s, String from) {
        return hints.of(coach.of(s), other -> urls.link(from, storyPage(other)));
    }

    /**
     * The question bank, in pages of {@value #QUESTIONS_PER_PAGE} questions in note order, each page grouping its
     * questions by note; the first page also lists, by principle, the questions that probe each. Its filters run over
     * the data of every question ({@link ListData}). A question's answer is not written again here: the note's page
     * has it, and the bank shows it, when a question is opened, from the note's search file.
     */
    private void questions() {
        long answered = site.questions().stream().filter(q -> q.question().isAnswered()).count();
        List<List<SiteQuestion>> chunks = Paging.chunks(site.questions(), QUESTIONS_PER_PAGE);
        List<Link> principleFilters = site.principles().stream().filter(p -> !site.questionsOf(p).isEmpty())
                .map(p -> new Link(p.name(lang), p.id())).toList();
        List<String> paths = new ArrayList<>();
        for (int n = 1; n <= chunks.size(); n++) {
            String page = Paging.path(QUESTIONS, n);
            paths.add(page);
            List<QuestionGroup> byNote = new ArrayList<>();
            List<QuestionItem> items = new ArrayList<>();
            SiteNote current = null;
            for (SiteQuestion q : chunks.get(n - 1)) {
                if (q.note() != current && current != null) {
                    byNote.add(group(current, page, items));
                    items = new ArrayList<>();
                }
                current = q.note();
                items.add(questionItem(q, page));
            }
            if (current != null) {
                byNote.add(group(current, page, items));
            }
            List<QuestionGroup> byPrinciple = new ArrayList<>();
            if (n == 1) {
                for (Principle p : site.principles()) {
                    List<SiteQuestion> probing = site.questionsOf(p);
                    if (!probing.isEmpty()) {
                        List<QuestionItem> named = probing.stream().limit(PRINCIPLE_QUESTIONS_NAMED)
                                .map(q -> questionItem(q, page)).toList();
                        byPrinciple.add(new QuestionGroup(p.name(lang), urls.link(page, principlePage(p)), named,
                                (int) probing.stream().filter(q -> q.question().isAnswered()).count(),
                                probing.size(), ""));
                    }
                }
            }
            write(page, "questions", m.get("questions_title"), "questions", new ListViews.QuestionsView(byNote,
                    byPrinciple, site.questions().size(), answered, principleFilters,
                    Paging.pager(QUESTIONS, n, chunks.size(), urls)));
        }
        pages.script(ListData.QUESTIONS, listData().questions(QUESTIONS_PER_PAGE, paths));
    }

    /**
     * The study checklist: topics grouped by note, in pages of {@value #TOPICS_PER_PAGE}; the first page also names
     * the principles without a story and the first stories still to finish (the STAR index has them all).
     */
    private void study() {
        List<SiteStory> unfinished = site.stories().stream().filter(s -> !s.story().isComplete()).toList();
        List<PrincipleCard> missing = missing(STUDY);
        List<List<SiteTopic>> chunks = Paging.chunks(site.topics(), TOPICS_PER_PAGE);
        for (int n = 1; n <= chunks.size(); n++) {
            String page = Paging.path(STUDY, n);
            List<TopicGroup> groups = new ArrayList<>();
            List<TopicItem> items = new ArrayList<>();
            SiteNote current = null;
            for (SiteTopic t : chunks.get(n - 1)) {
                if (t.note() != current && current != null) {
                    groups.add(new TopicGroup(current.note().title(), urls.link(page, current.page()), items));
                    items = new ArrayList<>();
                }
                current = t.note();
                items.add(topicItem(t, page));
            }
            if (current != null) {
                groups.add(new TopicGroup(current.note().title(), urls.link(page, current.page()), items));
            }
            List<StoryCard> incomplete = n > 1 ? List.of()
                    : unfinished.stream().limit(PRINCIPLE_ITEMS_PER_PAGE).map(s -> storyCard(s, page)).toList();
            write(page, "study", m.get("study_title"), "study", new StudyViews.Checklist(groups,
                    site.topics().size(), incomplete, more(unfinished.size() - incomplete.size()),
                    urls.link(page, STORIES), n > 1 ? List.of() : missing, Paging.pager(STUDY, n, chunks.size(), urls)));
        }
    }

    private void changes(SiteNote note) {
        String page = changesPage(note);
        List<RevisionStep> steps = new ArrayList<>();
        List<SiteNote.Revision> chain = new ArrayList<>(note.revisions());
        chain.add(new SiteNote.Revision(note.note(), note.page(), note.study()));
        for (int i = 1; i < chain.size(); i++) {
            SiteNote.Revision from = chain.get(i - 1);
            SiteNote.Revision to = chain.get(i);
            List<ChangeItem> items = RevisionDiff.between(from.study(), to.study()).stream().map(this::changeItem)
                    .toList();
            steps.add(new RevisionStep(from.note().sourcePath(), urls.link(page, from.page()), to.note().sourcePath(),
                    urls.link(page, to.page()), items));
        }
        write(page, "changes", m.format("changes_title", note.note().title()), "changes",
                new StudyViews.ChangesView(note.note().title(), urls.link(page, note.page()), steps));
    }

    private ChangeItem changeItem(Change c) {
        return new ChangeItem(m.get("kind_" + c.kind()), c.status(), m.get("change_" + c.status()),
                c.title().isEmpty() ? m.get("story_untitled") : c.title(), c.detail());
    }

    /** The study parts of the home page, linked from {@code from}. */
    public HomeViews.Dashboard dashboard(String from) {
        List<PrincipleCard> coverage = site.principles().stream().map(p -> card(p, from)).toList();
        List<SiteStory> incomplete = site.stories().stream().filter(s -> !s.story().isComplete()).toList();
        List<SiteQuestion> unanswered = site.questions().stream().filter(q -> !q.question().isAnswered()).toList();
        List<SiteTopic> topics = site.topics();
        List<PrincipleCard> missing = coverage.stream().filter(c -> "none".equals(c.status())).toList();
        String stories = urls.link(from, STORIES);
        String questions = urls.link(from, QUESTIONS);
        return new HomeViews.Dashboard(coverage, missing, catalogTitle(),
                site.stories().size(), site.stories().size() - incomplete.size(),
                site.questions().size(), site.questions().size() - unanswered.size(), topics.size(),
                limit(incomplete).stream().map(s -> storyCard(s, from)).toList(),
                more(incomplete.size() - DASHBOARD_LIMIT),
                limit(unanswered).stream().map(q -> questionItem(q, from)).toList(),
                more(unanswered.size() - DASHBOARD_LIMIT),
                limit(topics).stream().map(t -> topicItem(t, from)).toList(), more(topics.size() - DASHBOARD_LIMIT),
                stories, questions, stories + "?status=todo", stories + "?feedback=needs-work",
                questions + "?answered=no", urls.link(from, STUDY), urls.link(from, PRINCIPLES),
                urls.link(from, PrintPages.PAGE), PrintPages.count(site, coaching.loop()),
                urls.link(from, LoopPages.PAGE), coaching.loop().slots().size(), coach.storiesNeedingWork());
    }

    /** What a note's page lists of its study model: its stories, questions, topics and revisions. */
    public StudyViews.NotePanel notePanel(SiteNote note) {
        String page = note.page();
        List<StudyViews.PanelItem> stories = site.storiesOf(note).stream().limit(PANEL_LIMIT)
                .map(s -> new StudyViews.PanelItem(title(s.story()), urls.link(page, storyPage(s)),
                        s.story().source().line())).toList();
        List<StudyViews.PanelItem> questions = site.questionsOf(note).stream().limit(PANEL_LIMIT)
                .map(q -> new StudyViews.PanelItem(q.question().text(), "#" + q.question().source().anchor(),
                        q.question().source().line())).toList();
        List<StudyViews.PanelItem> topics = site.topicsOf(note).stream().limit(PANEL_LIMIT)
                .map(t -> new StudyViews.PanelItem(t.topic().title(), "#" + t.topic().source().anchor(),
                        t.topic().source().line())).toList();
        List<StudyViews.PanelHint> hints = note.study().hints().stream().limit(PANEL_LIMIT)
                .map(h -> new StudyViews.PanelHint(note.note().sourcePath() + ":" + h.line(),
                        m.format("hint_" + h.kind(), h.subject(), h.detail()))).toList();
        List<Link> principles = note.study().sections().stream().map(sec -> sec.principle()).distinct()
                .map(id -> site.catalog().byId(id)).flatMap(java.util.Optional::stream)
                .map(p -> new Link(p.name(lang), urls.link(page, principlePage(p)))).toList();
        return new StudyViews.NotePanel(principles, stories, site.storiesOf(note).size(), questions,
                site.questionsOf(note).size(), topics, site.topicsOf(note).size(), hints,
                note.study().hints().size(),
                note.revisions().stream().map(r -> new Link(r.note().sourcePath(), urls.link(page, r.page()))).toList(),
                note.hasRevisions() ? urls.link(page, changesPage(note)) : "");
    }

    /**
     * How many of a principle's stories are complete and of its questions answered: every page of a principle, its
     * card and its sheet show them, so they are counted once per principle, not once per page.
     */
    private Counts counts(Principle p) {
        return counts.computeIfAbsent(p.id(), id -> new Counts(
                site.storiesOf(p).stream().filter(s -> s.story().isComplete()).count(),
                site.questionsOf(p).stream().filter(q -> q.question().isAnswered()).count()));
    }

    private record Counts(long complete, long answered) {
    }

    /**
     * A principle's card. An empty STAR template is a story still to write, not coverage: a principle with templates
     * only has no story.
     */
    private PrincipleCard card(Principle p, String from) {
        List<SiteStory> stories = site.storiesOf(p);
        boolean written = stories.stream().anyMatch(st -> !st.story().isTemplate());
        long complete = counts(p).complete();
        String status = !written ? "none" : complete > 0 ? "complete" : "incomplete";
        return new PrincipleCard(p.number(), p.id(), p.name(lang), p.en(), p.ko(), urls.link(from, principlePage(p)),
                stories.size(), (int) complete, site.questionsOf(p).size(), status, m.get("coverage_" + status));
    }

    /** The principles no story covers yet (templates do not count), as cards linked from {@code from}. */
    private List<PrincipleCard> missing(String from) {
        return site.principles().stream().map(p -> card(p, from)).filter(c -> "none".equals(c.status())).toList();
    }

    StoryCard storyCard(SiteStory s, String from) {
        return storyCard(s, from, null);
    }

    /** A story's card, its principles linked but {@code shownOn}, the principle whose page it is on (or null). */
    private StoryCard storyCard(SiteStory s, String from, Principle shownOn) {
        Story story = s.story();
        List<PartBadge> badges = new ArrayList<>();
        for (StarPart part : StarPart.values()) {
            badges.add(new PartBadge(part.letter(), m.get("part_" + part.letter().toLowerCase()),
                    !story.part(part).isEmpty()));
        }
        String status = story.isComplete() ? "complete" : story.isEmpty() ? "empty" : "incomplete";
        int seconds = speaking.seconds(story.text());
        // only a principle's cheat sheet shows the result line
        String result = shownOn == null ? "" : story.part(StarPart.RESULT).lines().findFirst().orElse("");
        return new StoryCard(title(story), urls.link(from, storyPage(s)), s.note().note().title(),
                noteHref(from, s.note(), story.source()),
                principleLinks(others(story.principles(), shownOn), from, lang),
                badges, status, m.get("status_" + status),
                story.text().length(), SpeakingTime.format(seconds), result, storyHints(s, from), lang);
    }

    /** The principles of {@code ids} but {@code shownOn} (or none if null): a principle's page leaves itself out. */
    private static List<String> others(List<String> ids, Principle shownOn) {
        return shownOn == null ? ids : ids.stream().filter(id -> !id.equals(shownOn.id())).toList();
    }

    QuestionItem questionItem(SiteQuestion q, String from) {
        return questionItem(q, from, null, false);
    }

    /**
     * A question linked from {@code from}, its principles but {@code shownOn} (or null); {@code standalone} where it
     * is listed outside its note's group, so names its note and the search file its answer is shown from.
     */
    private QuestionItem questionItem(SiteQuestion q, String from, Principle shownOn, boolean standalone) {
        var question = q.question();
        int seconds = speaking.seconds(question.answer());
        String introHref = site.introOf(q).map(i -> urls.link(from, IntroPages.page(i))).orElse("");
        Integer file = standalone ? searchFiles.get(q.note().note().contentPath()) : null;
        return new QuestionItem(q.id(), question.text(), question.group(), question.isAnswered(),
                question.answer().isEmpty() ? List.of() : question.answer().lines().toList(), seconds,
                SpeakingTime.format(seconds), questionHref(from, q), q.note().note().title(),
                noteHref(from, q.note(), question.source()),
                site.storiesOf(q).stream().map(s -> Link.on(lang, title(s.story()), urls.link(from, storyPage(s))))
                        .toList(),
                principleLinks(others(question.principles(), shownOn), from, lang), introHref, standalone,
                file == null ? "" : String.valueOf(file), lang);
    }

    private TopicItem topicItem(SiteTopic t, String from) {
        return new TopicItem(t.note().note().slug() + "--" + t.topic().source().anchor(), t.topic().title(),
                t.topic().hint(), t.topic().group(), noteHref(from, t.note(), t.topic().source()));
    }

    /** A note's questions on the page {@code from} of the question bank. */
    private QuestionGroup group(SiteNote note, String from, List<QuestionItem> items) {
        Integer file = searchFiles.get(note.note().contentPath());
        return new QuestionGroup(note.note().title(), urls.link(from, note.page()), items,
                (int) items.stream().filter(QuestionItem::answered).count(), items.size(),
                file == null ? "" : String.valueOf(file));
    }

    /** Page {@code n} (1-based) of a list, empty past its end. */
    private static <T> List<T> page(List<T> items, int size, int n) {
        int from = (n - 1) * size;
        return from >= items.size() ? List.of() : items.subList(from, Math.min(items.size(), from + size));
    }

    private List<Link> principleLinks(List<String> ids, String from) {
        return principleLinks(ids, from, "");
    }

    /** The principles of {@code ids} linked from {@code from}, on a page in {@code pageLang} ({@link Link#on}). */
    private List<Link> principleLinks(List<String> ids, String from, String pageLang) {
        List<Link> links = new ArrayList<>();
        for (String id : ids) {
            site.catalog().byId(id).ifPresent(p -> links.add(Link.on(pageLang, p.name(lang),
                    urls.link(from, principlePage(p)))));
        }
        return links;
    }

    private String noteHref(String from, SiteNote note, SourceRef ref) {
        return urls.link(from, note.page()) + "#" + ref.anchor();
    }

    private String questionHref(String from, SiteQuestion q) {
        return urls.link(from, questionsPage(site, q)) + "#" + q.id();
    }

    private String title(Story story) {
        return story.title().isEmpty() ? m.get("story_untitled") : story.title();
    }

    private String catalogTitle() {
        return site.catalog().title().isEmpty() ? m.get("principles_title") : site.catalog().title();
    }

    private static <T> List<T> limit(List<T> items) {
        return items.size() <= DASHBOARD_LIMIT ? items : items.subList(0, DASHBOARD_LIMIT);
    }

    private void write(String path, String kind, String title, String template, Object view) {
        write(path, kind, title, template, view, lang);
    }

    private void write(String path, String kind, String title, String template, Object view, String pageLang) {
        pages.write(new PageSpec(path, kind, title, pageLang, "", template, view));
    }

    /** How many more a "see all" link leads to; none (so no link) when the list is complete. */
    private static Integer more(int hidden) {
        return hidden > 0 ? hidden : null;
    }
}
