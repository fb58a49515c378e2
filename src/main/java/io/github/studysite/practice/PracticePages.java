package io.github.studysite.practice;

import io.github.studysite.cache.BuildCache;
import io.github.studysite.link.SiteNote;
import io.github.studysite.link.SiteQuestion;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.StudySite;
import io.github.studysite.link.Urls;
import io.github.studysite.model.Principle;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.Story;
import io.github.studysite.problem.Problems;
import io.github.studysite.render.Messages;
import io.github.studysite.render.PageSpec;
import io.github.studysite.render.SitePages;
import io.github.studysite.render.SiteRenderer;
import io.github.studysite.render.StudyPages;
import io.github.studysite.render.StudyViews.Link;
import io.github.studysite.text.Json;
import io.github.studysite.text.SpeakingTime;
import io.github.studysite.write.Output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Practice mode ({@code practice/}): every question of the notes, and every STAR story asked as the question it
 * answers ("Tell me about a time you showed Ownership"), drawn one at a time in the browser
 * ({@code assets/practice.js}) with the answer hidden, a timer aiming at the answer's speaking time, and the time of
 * each practice remembered in the browser so the least recently practised come first.
 *
 * <p>The data is split so the page stays light at any size: {@code practice-data.js} lists every item with only
 * what ordering and filtering need, and {@code practice/<chunk>.js} holds the text of one note's items, loaded when
 * one of them is shown. All of it is scripts, so practice also works from the file system.
 */
public final class PracticePages {

    public static final String PAGE = "practice/index.html";
    public static final String DATA = "practice-data.js";
    public static final String FOLDER = "practice/";
    /** Data format version, checked by {@code practice.js}. */
    public static final int VERSION = 1;

    private final SiteRenderer renderer;
    private final SitePages pages;
    private final Output out;
    private final BuildCache cache;
    private final StudySite site;
    private final SpeakingTime speaking;
    private final Urls urls;
    private final Messages m;
    private final String lang;

    public PracticePages(SiteRenderer renderer, SitePages pages, Output out, BuildCache cache, StudySite site,
                         SpeakingTime speaking) {
        this.renderer = renderer;
        this.pages = pages;
        this.out = out;
        this.cache = cache;
        this.site = site;
        this.speaking = speaking;
        this.urls = renderer.urls();
        this.m = renderer.messages();
        this.lang = renderer.settings().lang();
    }

    /** Writes the data files and the page. */
    public void writeAll() {
        List<SiteNote> notes = site.notes();
        List<Object> noteRows = new ArrayList<>();
        List<Object> itemRows = new ArrayList<>();
        List<Link> noteOptions = new ArrayList<>();
        Problems quiet = new Problems();
        Object context = context(quiet);
        for (SiteNote note : notes) {
            int row = noteRows.size();
            List<Object> stamp = List.of(row, site.questionsOf(note), site.storiesOf(note), context);
            List<PracticeItem> items = cache.memo("practice", note.note().contentPath(), stamp, quiet,
                    p -> items(note, row));
            if (items.isEmpty()) {
                continue;
            }
            String chunk = "n/" + note.note().slug();
            noteRows.add(List.of(note.note().title(), chunk));
            noteOptions.add(new Link(note.note().title(), String.valueOf(row)));
            for (PracticeItem item : items) {
                itemRows.add(List.of(item.kind(), item.key(), row, String.join(" ", item.principles()),
                        item.answered() ? 1 : 0, item.seconds()));
            }
            String path = FOLDER + chunk + ".js";
            if (!cache.keep(path, items)) {
                out.write(path, chunkScript(chunk, items));
            }
        }
        List<Object> principleRows = new ArrayList<>();
        for (Principle p : site.principles()) {
            principleRows.add(List.of(p.id(), p.name(lang)));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", VERSION);
        data.put("notes", noteRows);
        data.put("principles", principleRows);
        data.put("items", itemRows);
        String json = Json.of(data);
        if (!cache.keep(DATA, json)) {
            out.write(DATA, "window.studysitePractice = " + json + ";\n");
        }

        Map<String, Object> view = new LinkedHashMap<>();
        view.put("count", itemRows.size());
        view.put("notes", noteOptions);
        view.put("principles", site.principles().stream().map(p -> new Link(p.name(lang), p.id())).toList());
        view.put("questionsHref", urls.link(PAGE, StudyPages.QUESTIONS));
        pages.write(new PageSpec(PAGE, "practice", m.get("practice_title"), lang, "", "practice", view));
    }

    /**
     * Everything an item depends on besides its question or story: UI strings, principle names, speaking rates,
     * link style. The cache's instance is returned while it is equal, so comparing it per note is an identity check.
     */
    private Object context(Problems quiet) {
        List<Object> context = new ArrayList<>();
        for (StarPart part : StarPart.values()) {
            context.add(m.get("part_" + part.letter().toLowerCase()));
        }
        context.addAll(List.of(m.get("story_untitled"), m.get("practice_story_prompt"),
                m.get("practice_story_prompt_any"), lang, site.catalog(), speaking, urls.pretty()));
        return cache.memo("practice-context", "", context, quiet, p -> context);
    }

    /** The questions of a note, then its stories. */
    List<PracticeItem> items(SiteNote note, int index) {
        List<PracticeItem> items = new ArrayList<>();
        for (SiteQuestion q : site.questionsOf(note)) {
            String answer = q.question().answer();
            items.add(new PracticeItem("q", q.id(), index, q.question().principles(), q.question().isAnswered(),
                    speaking.seconds(answer), q.question().text(), "", answer, List.of(),
                    urls.display(StudyPages.QUESTIONS) + "#" + q.id()));
        }
        for (SiteStory s : site.storiesOf(note)) {
            Story story = s.story();
            String title = story.title().isEmpty() ? m.get("story_untitled") : story.title();
            List<PracticeItem.Part> parts = new ArrayList<>();
            for (StarPart part : StarPart.values()) {
                parts.add(new PracticeItem.Part(part.letter(), m.get("part_" + part.letter().toLowerCase()),
                        story.part(part)));
            }
            items.add(new PracticeItem("s", "s:" + s.slug(), index, story.principles(), story.isComplete(),
                    speaking.seconds(story.text()), prompt(story, title), title, "", parts,
                    urls.display(StudyPages.storyPage(s))));
        }
        return items;
    }

    /** The behavioural question a story answers: from its first principle, else from its title. */
    private String prompt(Story story, String title) {
        for (String id : story.principles()) {
            var principle = site.catalog().byId(id);
            if (principle.isPresent()) {
                return m.format("practice_story_prompt", principle.get().name(lang));
            }
        }
        return m.format("practice_story_prompt_any", title);
    }

    /** {@code studysitePractice.chunk(name, {key: {p: prompt, a: answer | s: title, r: [[letter, name, text]…], h}})}. */
    static String chunkScript(String chunk, List<PracticeItem> items) {
        Map<String, Object> byKey = new LinkedHashMap<>();
        for (PracticeItem item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("p", item.prompt());
            if ("s".equals(item.kind())) {
                row.put("s", item.title());
                row.put("r", item.parts().stream().map(p -> List.of(p.letter(), p.name(), p.text())).toList());
            } else {
                row.put("a", item.answer());
            }
            row.put("h", item.href());
            byKey.put(item.key(), row);
        }
        StringBuilder sb = new StringBuilder("studysitePractice.chunk(");
        Json.string(sb, chunk);
        sb.append(',');
        Json.append(sb, byKey);
        return sb.append(");\n").toString();
    }
}
