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
import java.util.List;
import java.util.Map;

/**
 * Practice mode ({@code practice/}, in every interface language): every question of the notes, and every STAR story
 * asked as the question it answers ("Tell me about a time you showed Ownership"), drawn one at a time in the browser
 * ({@code assets/practice.js}) with the answer hidden, a timer aiming at the answer's speaking time, and the time of
 * each practice remembered in the browser so the least recently practised come first.
 *
 * <p>The data is split so the page stays light at any size, and written once at the site root for every interface
 * language: {@code practice-data.js} lists every item with only what ordering and filtering need, and which search
 * file holds each note's chunk; the items' text is in those chunks, as ranges of the note's text the search index
 * already holds ({@code search.PracticeText}), loaded when one of the note's items is shown. All of it is scripts, so
 * practice also works from the file system. What the page can derive is not stored: an item's link comes from its key
 * and question bank page (the data gives each page's address once, and the story page's address with the slug left
 * out), a story's principle from the item's first principle the page's filter lists, and a note's title from the
 * page's note filter, which lists the same notes in the same order.
 */
public final class PracticePages {

    public static final String PAGE = "practice/index.html";
    public static final String DATA = "practice-data.js";
    /** Data format version, checked by {@code practice.js}. */
    public static final int VERSION = 3;
    /** Stands for a story's slug in the story page's address the data gives; a slug never has it. */
    static final String STORY_SLUG = "{slug}";

    private final SitePages pages;
    private final StudySite site;

    /** @param pages the pages of one interface language */
    public PracticePages(SitePages pages, StudySite site) {
        this.pages = pages;
        this.site = site;
    }

    /**
     * Writes the practice data at the site root, reusing the items of notes whose questions and stories are equal.
     *
     * @param searchFiles the search file ({@code search/c<file>.js}) holding each note's chunk, by content path: the
     *                    items' text is there
     */
    public static void writeData(StudySite site, Urls urls, SpeakingTime speaking, Map<String, Integer> searchFiles,
                                 Output out, BuildCache cache) {
        Problems quiet = new Problems();
        int pages = 0;
        List<List<PracticeItem>> notes = new ArrayList<>();
        List<Integer> files = new ArrayList<>();
        int itemCount = 0;
        for (SiteNote note : site.notes()) {
            Integer file = searchFiles.get(note.note().contentPath());
            int row = files.size();
            List<Object> stamp = List.of(row, site.questionsOf(note), site.storiesOf(note), speaking);
            List<PracticeItem> items = cache.memo("practice", note.note().contentPath(), stamp, quiet,
                    p -> items(site, note, row, speaking));
            if (items.isEmpty() || file == null) {
                continue;
            }
            files.add(file);
            notes.add(items);
            itemCount += items.size();
            for (PracticeItem item : items) {
                pages = Math.max(pages, item.page());
            }
        }
        List<String> questionPages = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            questionPages.add(urls.display(Paging.path(StudyPages.QUESTIONS, page)));
        }
        String story = urls.display(StudyPages.storyPage(STORY_SLUG));
        int items = itemCount;
        SearchIndex.writeOrKeep(DATA, List.of(files, questionPages, story, notes),
                () -> script(files, questionPages, story, notes, items), out, cache);
    }

    /**
     * The data file: written straight into one buffer, the items row by row, since at 10,000 notes it is tens of
     * megabytes that rows of objects and a second copy of the JSON would hold again.
     */
    private static String script(List<Integer> files, List<String> questionPages, String story,
                                 List<List<PracticeItem>> notes, int items) {
        StringBuilder sb = new StringBuilder(1024 + items * 64);
        sb.append("window.studysitePractice = {\"version\":").append(VERSION).append(",\"files\":");
        Json.append(sb, files);
        sb.append(",\"pages\":");
        Json.append(sb, questionPages);
        sb.append(",\"story\":");
        Json.string(sb, story);
        sb.append(",\"items\":[");
        boolean first = true;
        for (List<PracticeItem> note : notes) {
            for (PracticeItem item : note) {
                sb.append(first ? "[" : ",[");
                first = false;
                Json.string(sb, item.kind());
                sb.append(',');
                Json.string(sb, item.key());
                sb.append(',').append(item.note()).append(',');
                Json.string(sb, String.join(" ", item.principles()));
                sb.append(',').append(item.answered() ? 1 : 0).append(',').append(item.seconds());
                if (item.page() > 0) {
                    sb.append(',').append(item.page());
                }
                sb.append(']');
            }
        }
        return sb.append("]};\n").toString();
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
    static List<PracticeItem> items(StudySite site, SiteNote note, int row, SpeakingTime speaking) {
        List<PracticeItem> items = new ArrayList<>();
        for (SiteQuestion q : site.questionsOf(note)) {
            items.add(new PracticeItem("q", q.id(), row, q.question().principles(), q.question().isAnswered(),
                    speaking.seconds(q.question().answer()), StudyPages.questionsPageNumber(site, q)));
        }
        for (SiteStory s : site.storiesOf(note)) {
            Story story = s.story();
            items.add(new PracticeItem("s", "s:" + s.slug(), row, story.principles(), story.isComplete(),
                    speaking.seconds(story.text()), 0));
        }
        return items;
    }
}
