package io.github.studysite.render;

import io.github.studysite.coach.CoachReport;
import io.github.studysite.coach.Feedback;
import io.github.studysite.config.Rule;
import io.github.studysite.link.SiteNote;
import io.github.studysite.link.SiteQuestion;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.StudySite;
import io.github.studysite.address.Urls;
import io.github.studysite.model.Principle;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.Story;
import io.github.studysite.util.Json;
import io.github.studysite.util.SpeakingTime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data files the STAR index and the question bank filter and sort over ({@code assets/lists.js}): every story
 * and every question in one compact script, so that a filter sees the whole list, not the page it is shown on, and
 * works from the file system. Rows are arrays; notes and principles are written once and referred to by index; links
 * are relative to the interface language's home. Only what the list shows and filters by is here: a story's parts
 * stay on its page, a question's answer on its note's page (and in its search file).
 */
final class ListData {

    static final String STORIES = "stories/data.js";
    static final String QUESTIONS = "questions/data.js";
    /** Format version, checked by {@code lists.js}. */
    static final int VERSION = 1;
    private static final String HOME = "index.html";

    private final StudySite site;
    private final Urls urls;
    private final Messages m;
    private final String lang;

    ListData(StudySite site, Urls urls, Messages m, String lang) {
        this.site = site;
        this.urls = urls;
        this.m = m;
        this.lang = lang;
    }

    /**
     * {@code window.studysiteStories = {v, principles: [[id, label, lang, href]], notes: [[title, lang, href]], parts:
     * [[letter, name]], status: {code: label}, partMissing, rules: [[id, label]], storyLink: [prefix, suffix],
     * rows: [[title, lang, slug, note, anchor in the note (empty: the slug), [principle], parts (bits S=1 T=2 A=4
     * R=8), status, chars, seconds, [rule]]]}}.
     */
    String stories(SpeakingTime speaking, CoachReport coach) {
        Map<SiteNote, Integer> notes = new IdentityHashMap<>();
        List<Object> noteRows = new ArrayList<>();
        Map<String, Integer> principles = principleIndex();
        List<Object> rows = new ArrayList<>(site.stories().size());
        for (SiteStory s : site.stories()) {
            Story story = s.story();
            int note = notes.computeIfAbsent(s.note(), n -> {
                noteRows.add(List.of(n.note().title(), TextLanguage.of(n.note().title()), urls.link(HOME, n.page())));
                return noteRows.size() - 1;
            });
            int parts = 0;
            for (StarPart part : StarPart.values()) {
                parts |= story.part(part).isEmpty() ? 0 : 1 << part.ordinal();
            }
            List<Integer> rules = coach.of(s).stream().map(Feedback::rule).map(Rule::ordinal).toList();
            String title = story.title().isEmpty() ? m.get("story_untitled") : story.title();
            // the anchor in the note is most often the story's slug: written once then
            String anchor = story.source().anchor().equals(s.slug()) ? "" : story.source().anchor();
            rows.add(List.of(title, TextLanguage.of(title), s.slug(), note, anchor,
                    indexes(story.principles(), principles), parts, status(story), story.text().length(),
                    speaking.seconds(story.text()), rules));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("v", VERSION);
        // a story's link is the prefix, its slug, the suffix ("stories/", ".html")
        String[] link = urls.link(HOME, StudyPages.storyPage("\u0000")).split("\u0000");
        data.put("storyLink", List.of(link[0], link[1]));
        data.put("principles", principleRows());
        data.put("notes", noteRows);
        data.put("parts", List.of(StarPart.values()).stream()
                .map(p -> List.of(p.letter(), m.get("part_" + p.letter().toLowerCase()))).toList());
        Map<String, String> status = new LinkedHashMap<>();
        for (String code : List.of("complete", "incomplete", "empty")) {
            status.put(code, m.get("status_" + code));
        }
        data.put("status", status);
        data.put("partMissing", m.get("part_missing"));
        data.put("rules", List.of(Rule.values()).stream().map(r -> List.of(r.id(), Hints.label(m, r)))
                .toList());
        data.put("rows", rows);
        return "window.studysiteStories = " + Json.of(data) + ";\n";
    }

    /**
     * {@code window.studysiteQuestions = {v, perPage, pages: [href], principles: [[id, label, lang, href]], notes:
     * [[title, lang, href, slug]], rows: [[id, text, lang, note, answered (0/1), [principle]]]}}: row {@code i} is
     * listed on page {@code i / perPage}, whose entry opens to its answer.
     */
    String questions(int perPage, List<String> pages) {
        Map<SiteNote, Integer> notes = new IdentityHashMap<>();
        List<Object> noteRows = new ArrayList<>();
        Map<String, Integer> principles = principleIndex();
        List<Object> rows = new ArrayList<>(site.questions().size());
        for (SiteQuestion q : site.questions()) {
            int note = notes.computeIfAbsent(q.note(), n -> {
                noteRows.add(List.of(n.note().title(), TextLanguage.of(n.note().title()), urls.link(HOME, n.page()),
                        n.note().slug()));
                return noteRows.size() - 1;
            });
            rows.add(List.of(q.id(), q.question().text(), TextLanguage.of(q.question().text()), note,
                    q.question().isAnswered() ? 1 : 0, indexes(q.question().principles(), principles)));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("v", VERSION);
        data.put("perPage", perPage);
        data.put("pages", pages.stream().map(p -> urls.link(HOME, p)).toList());
        data.put("principles", principleRows());
        data.put("notes", noteRows);
        data.put("rows", rows);
        return "window.studysiteQuestions = " + Json.of(data) + ";\n";
    }

    private static String status(Story story) {
        return story.isComplete() ? "complete" : story.isEmpty() ? "empty" : "incomplete";
    }

    private Map<String, Integer> principleIndex() {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Principle p : site.principles()) {
            index.put(p.id(), index.size());
        }
        return index;
    }

    private List<Object> principleRows() {
        return site.principles().stream()
                .<Object>map(p -> List.of(p.id(), p.name(lang), TextLanguage.of(p.name(lang)),
                        urls.link(HOME, StudyPages.principlePage(p))))
                .toList();
    }

    /** The catalog's indexes of the ids it knows; an id outside the catalog has no page and no filter. */
    private static List<Integer> indexes(List<String> ids, Map<String, Integer> index) {
        return ids.stream().filter(index::containsKey).map(index::get).toList();
    }
}
