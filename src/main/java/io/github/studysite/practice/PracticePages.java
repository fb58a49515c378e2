package io.github.studysite.practice;

import io.github.studysite.cache.BuildCache;
import io.github.studysite.link.SiteNote;
import io.github.studysite.link.SiteQuestion;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.StudySite;
import io.github.studysite.address.Urls;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.Story;
import io.github.studysite.problem.Problems;
import io.github.studysite.render.PageSpec;
import io.github.studysite.render.Paging;
import io.github.studysite.render.SitePages;
import io.github.studysite.render.SiteRenderer;
import io.github.studysite.render.StudyPages;
import io.github.studysite.render.StudyViews.Link;
import io.github.studysite.search.SearchIndex;
import io.github.studysite.util.Json;
import io.github.studysite.util.SpeakingTime;
import io.github.studysite.publish.Output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Practice mode ({@code practice/}, in every interface language): every question of the notes, and every STAR story
 * asked as the question it answers ("Tell me about a time you showed Ownership"), drawn one at a time in the browser
 * ({@code assets/practice.js}) with the answer hidden, a timer aiming at the answer's speaking time, and the time of
 * each practice remembered in the browser so the least recently practised come first.
 *
 * <p>The data is split so the page stays light at any size, and written once at the site root for every interface
 * language: {@code practice-data.js} lists every item with only what ordering and filtering need, and
 * {@code practice/c<k>.js} holds the text of the items of a few notes ({@value #NOTES_PER_FILE}) in order, loaded
 * when one of them is shown. All of it is scripts, so practice also works from the file system. What the page can
 * derive is not stored: an item's link comes from its key and question bank page (the data gives each page's address
 * once, and the story page's address with the slug left out), a note's chunk from its row, and a note's title from
 * the page's note filter, which lists the same notes in the same order.
 */
public final class PracticePages {

    public static final String PAGE = "practice/index.html";
    public static final String DATA = "practice-data.js";
    public static final String FOLDER = "practice/";
    /** Notes whose items share a chunk file, so that practice adds a file per few notes, not one per note. */
    static final int NOTES_PER_FILE = 8;
    /** Data format version, checked by {@code practice.js}. */
    public static final int VERSION = 2;
    /** Stands for a story's slug in the story page's address the data gives; a slug never has it. */
    static final String STORY_SLUG = "{slug}";

    private final SitePages pages;
    private final StudySite site;

    /** @param pages the pages of one interface language */
    public PracticePages(SitePages pages, StudySite site) {
        this.pages = pages;
        this.site = site;
    }

    /** Writes the practice data at the site root, reusing the items of notes whose questions and stories are equal. */
    public static void writeData(StudySite site, Urls urls, SpeakingTime speaking, Output out, BuildCache cache) {
        Problems quiet = new Problems();
        int noteRows = 0;
        int pages = 0;
        List<Object> itemRows = new ArrayList<>();
        Object context = cache.memo("practice-context", "", List.of(speaking, urls.pretty()), quiet,
                p -> List.of(speaking, urls.pretty()));
        List<PracticeItem> group = new ArrayList<>();
        int notesInGroup = 0;
        for (SiteNote note : site.notes()) {
            int row = noteRows;
            List<Object> stamp = List.of(row, site.questionsOf(note), site.storiesOf(note), context);
            List<PracticeItem> items = cache.memo("practice", note.note().contentPath(), stamp, quiet,
                    p -> items(site, note, row, urls, speaking));
            if (items.isEmpty()) {
                continue;
            }
            String chunk = chunkName(row / NOTES_PER_FILE);
            noteRows++;
            for (PracticeItem item : items) {
                List<Object> itemRow = new ArrayList<>(List.of(item.kind(), item.key(), row,
                        String.join(" ", item.principles()), item.answered() ? 1 : 0, item.seconds()));
                if (item.page() > 0) {
                    itemRow.add(item.page());
                }
                itemRows.add(itemRow);
                pages = Math.max(pages, item.page());
            }
            group.addAll(items);
            if (++notesInGroup == NOTES_PER_FILE) {
                writeChunk(chunk, group, out, cache);
                group = new ArrayList<>();
                notesInGroup = 0;
            }
        }
        if (!group.isEmpty()) {
            writeChunk(chunkName((noteRows - 1) / NOTES_PER_FILE), group, out, cache);
        }
        List<String> questionPages = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            questionPages.add(urls.display(Paging.path(StudyPages.QUESTIONS, page)));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", VERSION);
        data.put("perFile", NOTES_PER_FILE);
        data.put("pages", questionPages);
        data.put("story", urls.display(StudyPages.storyPage(STORY_SLUG)));
        data.put("items", itemRows);
        String json = Json.of(data);
        SearchIndex.writeOrKeep(DATA, json, () -> "window.studysitePractice = " + json + ";\n", out, cache);
    }

    private static String chunkName(int file) {
        return "c" + file;
    }

    private static void writeChunk(String chunk, List<PracticeItem> items, Output out, BuildCache cache) {
        SearchIndex.writeOrKeep(FOLDER + chunk + ".js", items, () -> chunkScript(chunk, items), out, cache);
    }

    /** Writes the practice page of this interface language: the filters, the card, the strings the script needs. */
    public void writePage() {
        SiteRenderer renderer = pages.renderer();
        String lang = renderer.language().code();
        List<Link> notes = new ArrayList<>();
        for (SiteNote note : site.notes()) {
            if (!site.questionsOf(note).isEmpty() || !site.storiesOf(note).isEmpty()) {
                notes.add(new Link(note.note().title(), String.valueOf(notes.size())));
            }
        }
        PracticeView view = new PracticeView(notes,
                site.principles().stream().map(p -> new Link(p.name(lang), p.id())).toList(),
                List.of(StarPart.values()).stream().map(p -> new Link(
                        renderer.messages().get("part_" + p.letter().toLowerCase()), p.letter())).toList(),
                renderer.urls().link(PAGE, StudyPages.QUESTIONS));
        pages.write(new PageSpec(PAGE, "practice", renderer.messages().get("practice_title"), lang, "", "practice",
                view));
    }

    /** The questions of a note, then its stories. */
    static List<PracticeItem> items(StudySite site, SiteNote note, int row, Urls urls, SpeakingTime speaking) {
        List<PracticeItem> items = new ArrayList<>();
        for (SiteQuestion q : site.questionsOf(note)) {
            String answer = q.question().answer();
            items.add(new PracticeItem("q", q.id(), row, q.question().principles(), q.question().isAnswered(),
                    speaking.seconds(answer), q.question().text(), "", "", answer, List.of(),
                    StudyPages.questionsPageNumber(site, q)));
        }
        for (SiteStory s : site.storiesOf(note)) {
            Story story = s.story();
            List<PracticeItem.Part> parts = new ArrayList<>();
            for (StarPart part : StarPart.values()) {
                parts.add(new PracticeItem.Part(part.letter(), story.part(part)));
            }
            String principle = story.principles().stream().filter(id -> site.catalog().byId(id).isPresent())
                    .findFirst().orElse("");
            items.add(new PracticeItem("s", "s:" + s.slug(), row, story.principles(), story.isComplete(),
                    speaking.seconds(story.text()), "", story.title(), principle, "", parts,
                    0));
        }
        return items;
    }

    /**
     * {@code studysitePractice.chunk(name, {key: {q: question, a: answer} | {s: title, l: principle, r: [[letter,
     * text]…]})}.
     */
    static String chunkScript(String chunk, List<PracticeItem> items) {
        Map<String, Object> byKey = new LinkedHashMap<>();
        for (PracticeItem item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            if ("s".equals(item.kind())) {
                row.put("s", item.title());
                row.put("l", item.principle());
                row.put("r", item.parts().stream().map(p -> List.of(p.letter(), p.text())).toList());
            } else {
                row.put("q", item.question());
                row.put("a", item.answer());
            }
            byKey.put(item.key(), row);
        }
        StringBuilder sb = new StringBuilder("studysitePractice.chunk(");
        Json.string(sb, chunk);
        sb.append(',');
        Json.append(sb, byKey);
        return sb.append(");\n").toString();
    }
}
