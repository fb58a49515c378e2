package io.github.studysite.render;

import io.github.studysite.link.Change;
import io.github.studysite.link.RevisionDiff;
import io.github.studysite.link.SiteNote;
import io.github.studysite.link.SiteQuestion;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.SiteTopic;
import io.github.studysite.link.StudySite;
import io.github.studysite.link.Urls;
import io.github.studysite.model.Principle;
import io.github.studysite.model.SourceRef;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.Story;
import io.github.studysite.render.StudyViews.ChangeItem;
import io.github.studysite.render.StudyViews.Link;
import io.github.studysite.render.StudyViews.PartBadge;
import io.github.studysite.render.StudyViews.PartBlock;
import io.github.studysite.render.StudyViews.PrincipleCard;
import io.github.studysite.render.StudyViews.QuestionGroup;
import io.github.studysite.render.StudyViews.QuestionItem;
import io.github.studysite.render.StudyViews.RevisionStep;
import io.github.studysite.render.StudyViews.StoryCard;
import io.github.studysite.render.StudyViews.TopicGroup;
import io.github.studysite.render.StudyViews.TopicItem;
import io.github.studysite.text.SpeakingTime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private final SiteRenderer renderer;
    private final SitePages pages;
    private final StudySite site;
    private final SpeakingTime speaking;
    private final Urls urls;
    private final Messages m;
    private final String lang;

    public StudyPages(SiteRenderer renderer, SitePages pages, StudySite site, SpeakingTime speaking) {
        this.renderer = renderer;
        this.pages = pages;
        this.site = site;
        this.speaking = speaking;
        this.urls = renderer.urls();
        this.m = renderer.messages();
        this.lang = renderer.language().code();
    }

    public static String principlePage(Principle principle) {
        return "principles/" + principle.id() + "/index.html";
    }

    public static String storyPage(SiteStory story) {
        return "stories/" + story.slug() + "/index.html";
    }

    public static String changesPage(SiteNote note) {
        return note.page().replaceAll("index\\.html$", "") + "changes/index.html";
    }

    /** Writes every study page. */
    public void writeAll() {
        principles();
        site.principles().parallelStream().forEach(this::principle);
        stories();
        site.stories().parallelStream().forEach(this::story);
        questions();
        study();
        site.notes().stream().filter(SiteNote::hasRevisions).forEach(this::changes);
    }

    private void principles() {
        List<PrincipleCard> cards = site.principles().stream().map(p -> card(p, PRINCIPLES)).toList();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("principles", cards);
        view.put("catalogTitle", catalogTitle());
        write(PRINCIPLES, "principles", catalogTitle(), "principles", view);
    }

    private void principle(Principle p) {
        String page = principlePage(p);
        write(page, "principle", p.name(lang), "principle", principleView(p, page));
    }

    /**
     * What a principle's page shows, linked from {@code from}: its own page, or the print pack, where the same
     * one-pager is printed with every other.
     */
    Map<String, Object> principleView(Principle p, String from) {
        List<StoryCard> stories = site.storiesOf(p).stream().map(s -> storyCard(s, from)).toList();
        List<QuestionItem> questions = site.questionsOf(p).stream().map(q -> questionItem(q, from)).toList();
        List<Link> sections = site.sectionsOf(p).stream()
                .map(r -> new Link(r.note().note().title(), noteHref(from, r.note(), r.section().source())))
                .toList();
        List<Principle> all = site.principles();
        int index = all.indexOf(p);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("number", p.number());
        view.put("en", p.en());
        view.put("ko", p.ko());
        view.put("definition", p.definition());
        view.put("stories", stories);
        view.put("hasStories", !stories.isEmpty());
        view.put("completeCount", stories.stream().filter(StoryCard::complete).count());
        view.put("questions", questions);
        view.put("hasQuestions", !questions.isEmpty());
        view.put("answeredCount", questions.stream().filter(QuestionItem::answered).count());
        view.put("sections", sections);
        view.put("hasSections", !sections.isEmpty());
        view.put("catalogTitle", catalogTitle());
        view.put("indexHref", urls.link(from, PRINCIPLES));
        view.put("previous", index > 0 ? new Link(all.get(index - 1).name(lang), urls.link(from,
                principlePage(all.get(index - 1)))) : null);
        view.put("next", index < all.size() - 1 ? new Link(all.get(index + 1).name(lang), urls.link(from,
                principlePage(all.get(index + 1)))) : null);
        return view;
    }

    private void stories() {
        List<StoryCard> cards = site.stories().stream().map(s -> storyCard(s, STORIES)).toList();
        List<Link> filters = site.principles().stream().map(p -> new Link(p.name(lang), p.id())).toList();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("stories", cards);
        view.put("count", cards.size());
        view.put("completeCount", cards.stream().filter(StoryCard::complete).count());
        view.put("principleFilters", filters);
        write(STORIES, "stories", m.get("stories_title"), "stories", view);
    }

    private void story(SiteStory s) {
        String page = storyPage(s);
        write(page, "story", title(s.story()), "story", storyView(s, page), s.note().note().lang());
    }

    /** What a story's page shows, linked from {@code from} (its page, or the print pack). */
    Map<String, Object> storyView(SiteStory s, String from) {
        Story story = s.story();
        List<PartBlock> parts = new ArrayList<>();
        for (StarPart part : StarPart.values()) {
            String text = story.part(part);
            parts.add(new PartBlock(part.letter(), m.get("part_" + part.letter().toLowerCase()),
                    text.isEmpty() ? List.of() : text.lines().toList(), text.isEmpty()));
        }
        int seconds = speaking.seconds(story.text());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", title(story));
        view.put("group", story.group());
        view.put("parts", parts);
        view.put("complete", story.isComplete());
        view.put("missing", String.join(", ", story.missing().stream().map(StarPart::letter).toList()));
        view.put("principles", principleLinks(story.principles(), from));
        view.put("noteTitle", s.note().note().title());
        view.put("noteHref", noteHref(from, s.note(), story.source()));
        List<Link> questions = site.questionsOf(s).stream().map(q -> new Link(q.question().text(),
                questionHref(from, q))).toList();
        view.put("questions", questions);
        // mustache.java renders a section for a count of 0, so templates test these flags, not list sizes
        view.put("hasQuestions", !questions.isEmpty());
        view.put("speaking", SpeakingTime.format(seconds));
        view.put("indexHref", urls.link(from, STORIES));
        view.put("lang", s.note().note().lang());
        return view;
    }

    private void questions() {
        List<QuestionGroup> byNote = new ArrayList<>();
        for (SiteNote note : site.notes()) {
            List<QuestionItem> items = site.questionsOf(note).stream().map(q -> questionItem(q, QUESTIONS)).toList();
            if (!items.isEmpty()) {
                byNote.add(group(note.note().title(), urls.link(QUESTIONS, note.page()), items));
            }
        }
        List<QuestionGroup> byPrinciple = new ArrayList<>();
        for (Principle p : site.principles()) {
            List<QuestionItem> items = site.questionsOf(p).stream().map(q -> questionItem(q, QUESTIONS)).toList();
            if (!items.isEmpty()) {
                byPrinciple.add(group(p.name(lang), urls.link(QUESTIONS, principlePage(p)), items));
            }
        }
        long answered = site.questions().stream().filter(q -> q.question().isAnswered()).count();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("byNote", byNote);
        view.put("byPrinciple", byPrinciple);
        view.put("count", site.questions().size());
        view.put("answeredCount", answered);
        view.put("unansweredCount", site.questions().size() - answered);
        write(QUESTIONS, "questions", m.get("questions_title"), "questions", view);
    }

    private void study() {
        List<TopicGroup> groups = new ArrayList<>();
        for (SiteNote note : site.notes()) {
            List<TopicItem> items = site.topicsOf(note).stream().map(t -> topicItem(t, STUDY)).toList();
            if (!items.isEmpty()) {
                groups.add(new TopicGroup(note.note().title(), urls.link(STUDY, note.page()), items));
            }
        }
        List<StoryCard> incomplete = site.stories().stream().filter(s -> !s.story().isComplete())
                .map(s -> storyCard(s, STUDY)).toList();
        List<PrincipleCard> missing = site.principles().stream().filter(p -> site.storiesOf(p).isEmpty())
                .map(p -> card(p, STUDY)).toList();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("groups", groups);
        view.put("count", site.topics().size());
        view.put("incomplete", incomplete);
        view.put("missingPrinciples", missing);
        view.put("hasMissingPrinciples", !missing.isEmpty());
        view.put("hasIncomplete", !incomplete.isEmpty());
        write(STUDY, "study", m.get("study_title"), "study", view);
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
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", note.note().title());
        view.put("noteHref", urls.link(page, note.page()));
        view.put("steps", steps);
        write(page, "changes", m.format("changes_title", note.note().title()), "changes", view);
    }

    private ChangeItem changeItem(Change c) {
        return new ChangeItem(m.get("kind_" + c.kind()), c.status(), m.get("change_" + c.status()),
                c.title().isEmpty() ? m.get("story_untitled") : c.title(), c.detail());
    }

    /** The study parts of the home page, linked from {@code from}. */
    public Map<String, Object> dashboard(String from) {
        Map<String, Object> view = new LinkedHashMap<>();
        List<PrincipleCard> coverage = site.principles().stream().map(p -> card(p, from)).toList();
        List<StoryCard> incomplete = site.stories().stream().filter(s -> !s.story().isComplete())
                .map(s -> storyCard(s, from)).toList();
        List<QuestionItem> unanswered = site.questions().stream().filter(q -> !q.question().isAnswered())
                .map(q -> questionItem(q, from)).toList();
        List<TopicItem> topics = site.topics().stream().map(t -> topicItem(t, from)).toList();
        long complete = site.stories().size() - incomplete.size();
        view.put("coverage", coverage);
        view.put("catalogTitle", catalogTitle());
        view.put("storyCount", site.stories().size());
        view.put("completeCount", complete);
        view.put("questionCount", site.questions().size());
        view.put("answeredCount", site.questions().size() - unanswered.size());
        view.put("topicCount", topics.size());
        view.put("coveredCount", coverage.stream().filter(c -> !"none".equals(c.status())).count());
        view.put("principleCount", coverage.size());
        view.put("incomplete", limit(incomplete));
        view.put("incompleteMore", Math.max(0, incomplete.size() - DASHBOARD_LIMIT));
        view.put("unanswered", limit(unanswered));
        view.put("unansweredMore", Math.max(0, unanswered.size() - DASHBOARD_LIMIT));
        view.put("topics", limit(topics));
        view.put("topicsMore", Math.max(0, topics.size() - DASHBOARD_LIMIT));
        view.put("storiesHref", urls.link(from, STORIES));
        view.put("questionsHref", urls.link(from, QUESTIONS));
        view.put("studyHref", urls.link(from, STUDY));
        view.put("principlesHref", urls.link(from, PRINCIPLES));
        view.put("printHref", urls.link(from, PrintPages.PAGE));
        view.put("printCount", PrintPages.count(site));
        return view;
    }

    /** What a note's page lists of its study model: its stories, questions, topics and revisions. */
    public Map<String, Object> notePanel(SiteNote note) {
        String page = note.page();
        Map<String, Object> view = new LinkedHashMap<>();
        List<Link> stories = site.storiesOf(note).stream().map(s -> new Link(title(s.story()),
                urls.link(page, storyPage(s)))).toList();
        List<Link> questions = site.questionsOf(note).stream().map(q -> new Link(q.question().text(),
                "#" + q.question().source().anchor())).toList();
        List<Link> topics = site.topicsOf(note).stream()
                .map(t -> new Link(t.topic().title(), "#" + t.topic().source().anchor())).toList();
        List<Link> principles = note.study().sections().stream().map(sec -> sec.principle()).distinct()
                .map(id -> site.catalog().byId(id)).flatMap(java.util.Optional::stream)
                .map(p -> new Link(p.name(lang), urls.link(page, principlePage(p)))).toList();
        view.put("panelPrinciples", principles);
        view.put("panelStories", stories);
        view.put("panelQuestions", questions);
        view.put("panelTopics", topics);
        view.put("hasPanelPrinciples", !principles.isEmpty());
        view.put("hasPanelStories", !stories.isEmpty());
        view.put("hasPanelQuestions", !questions.isEmpty());
        view.put("hasPanelTopics", !topics.isEmpty());
        view.put("hasPanel", !stories.isEmpty() || !questions.isEmpty() || !topics.isEmpty() || !principles.isEmpty());
        view.put("revisions", note.revisions().stream().map(r -> new Link(r.note().sourcePath(),
                urls.link(page, r.page()))).toList());
        view.put("hasRevisions", note.hasRevisions());
        view.put("changesHref", note.hasRevisions() ? urls.link(page, changesPage(note)) : "");
        return view;
    }

    private PrincipleCard card(Principle p, String from) {
        List<SiteStory> stories = site.storiesOf(p);
        long complete = stories.stream().filter(s -> s.story().isComplete()).count();
        String status = stories.isEmpty() ? "none" : complete > 0 ? "complete" : "incomplete";
        return new PrincipleCard(p.number(), p.id(), p.name(lang), p.en(), p.ko(), urls.link(from, principlePage(p)),
                stories.size(), (int) complete, site.questionsOf(p).size(), status, m.get("coverage_" + status));
    }

    StoryCard storyCard(SiteStory s, String from) {
        Story story = s.story();
        List<PartBadge> badges = new ArrayList<>();
        for (StarPart part : StarPart.values()) {
            badges.add(new PartBadge(part.letter(), m.get("part_" + part.letter().toLowerCase()),
                    !story.part(part).isEmpty()));
        }
        String status = story.isComplete() ? "complete" : story.isEmpty() ? "empty" : "incomplete";
        int seconds = speaking.seconds(story.text());
        String result = story.part(StarPart.RESULT).lines().findFirst().orElse("");
        return new StoryCard(title(story), urls.link(from, storyPage(s)), s.note().note().title(),
                noteHref(from, s.note(), story.source()), principleLinks(story.principles(), from),
                String.join(" ", story.principles()), badges, status, m.get("status_" + status),
                story.text().length(), seconds, SpeakingTime.format(seconds), result);
    }

    QuestionItem questionItem(SiteQuestion q, String from) {
        var question = q.question();
        int seconds = speaking.seconds(question.answer());
        String introHref = site.introOf(q).map(i -> urls.link(from, IntroPages.page(i))).orElse("");
        return new QuestionItem(q.id(), question.text(), question.group(), question.isAnswered(),
                question.answer().isEmpty() ? List.of() : question.answer().lines().toList(), seconds,
                SpeakingTime.format(seconds), questionHref(from, q), q.note().note().title(),
                noteHref(from, q.note(), question.source()),
                site.storiesOf(q).stream().map(s -> new Link(title(s.story()), urls.link(from, storyPage(s)))).toList(),
                principleLinks(question.principles(), from), introHref);
    }

    private TopicItem topicItem(SiteTopic t, String from) {
        return new TopicItem(t.note().note().slug() + "--" + t.topic().source().anchor(), t.topic().title(),
                t.topic().hint(), t.topic().group(), noteHref(from, t.note(), t.topic().source()));
    }

    private QuestionGroup group(String title, String href, List<QuestionItem> items) {
        return new QuestionGroup(title, href, items, (int) items.stream().filter(QuestionItem::answered).count());
    }

    private List<Link> principleLinks(List<String> ids, String from) {
        List<Link> links = new ArrayList<>();
        for (String id : ids) {
            site.catalog().byId(id).ifPresent(p -> links.add(new Link(p.name(lang), urls.link(from, principlePage(p)))));
        }
        return links;
    }

    private String noteHref(String from, SiteNote note, SourceRef ref) {
        return urls.link(from, note.page()) + "#" + ref.anchor();
    }

    private String questionHref(String from, SiteQuestion q) {
        return urls.link(from, QUESTIONS) + "#" + q.id();
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

    private void write(String path, String kind, String title, String template, Map<String, Object> view) {
        write(path, kind, title, template, view, lang);
    }

    private void write(String path, String kind, String title, String template, Map<String, Object> view,
                       String pageLang) {
        pages.write(new PageSpec(path, kind, title, pageLang, "", template, view));
    }
}
