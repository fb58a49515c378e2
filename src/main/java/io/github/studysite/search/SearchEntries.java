package io.github.studysite.search;

import io.github.studysite.cache.BuildCache;
import io.github.studysite.link.SiteIntro;
import io.github.studysite.link.SiteNote;
import io.github.studysite.link.SiteQuestion;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.SiteTopic;
import io.github.studysite.link.StudySite;
import io.github.studysite.address.Urls;
import io.github.studysite.model.Note;
import io.github.studysite.model.Principle;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.SourceRef;
import io.github.studysite.problem.Problems;
import io.github.studysite.render.IntroPages;
import io.github.studysite.render.Paging;
import io.github.studysite.render.RenderedNote;
import io.github.studysite.render.StudyPages;
import io.github.studysite.util.UnpackBudget;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Collects what the search finds, grouped per note (each group becomes one file the browser loads when the note is a
 * candidate): the note itself, each section of it, its stories, questions, self-introductions and study topics; and
 * the principles, grouped as the {@value #SITE} chunk. Older revisions of a note are searched too — their text may
 * hold what a later copy dropped — but only as text: their stories and questions are counted in the newest revision.
 */
public final class SearchEntries {

    /** The chunk of entries that belong to no note (the principles). */
    public static final String SITE = "site";

    private SearchEntries() {
    }

    /**
     * The entries of one note (or of the site), loaded together.
     *
     * @param name    file name of the chunk, unique ({@code site}, {@code n/<note slug>})
     * @param title   the note's title, shown with every result from it
     * @param href    the note's page
     * @param entries what can be found in it; its questions and stories with the text practice mode shows of them
     */
    public record Chunk(String name, String title, String href, List<SearchEntry> entries) {
        public Chunk {
            entries = List.copyOf(entries);
        }
    }

    /**
     * What the index's manifest says once so that entries need not: the question bank's pages (a question's link is
     * its page and its id) and the story page's address with {@link #SLUG} for the slug (a story's is its slug).
     */
    public record Addresses(List<String> questionPages, String storyPage) {
        /** Stands for a story's slug in {@code storyPage}; a slug never has it. */
        public static final String SLUG = "{slug}";

        public Addresses {
            questionPages = List.copyOf(questionPages);
        }
    }

    /**
     * The chunks written to one file, {@code search/c<file>.js}: a file per chunk would make a site of many small
     * files, which static hosts count against their limits.
     */
    public record Group(int file, List<Chunk> chunks) {
        public Group {
            chunks = List.copyOf(chunks);
        }
    }

    /**
     * The chunks in site order, grouped as they are written: the principles alone, then the notes
     * {@value SearchIndex#NOTES_PER_FILE} at a time (each with its older revisions). A group is made only when the
     * stream reaches it, so that a caller that writes them one by one never holds the text of every note at once.
     *
     * @param notes rendered notes by content path
     * @param cache reuses the sections of notes whose HTML did not change (they are read with an HTML parser)
     */
    public static Stream<Group> groups(StudySite site, Map<String, RenderedNote> notes, Urls urls,
                                             BuildCache cache, Problems problems) {
        Map<SiteNote, List<SiteIntro>> intros = new IdentityHashMap<>();
        site.intros().forEach(i -> intros.computeIfAbsent(i.note(), k -> new ArrayList<>()).add(i));
        List<SiteNote> indexed = indexed(site, notes);
        int per = SearchIndex.NOTES_PER_FILE;
        return Stream.concat(Stream.of(new Group(0, List.of(principles(site, urls)))),
                IntStream.range(0, (indexed.size() + per - 1) / per).mapToObj(g -> new Group(fileOf(g * per), indexed
                        .subList(g * per, Math.min(indexed.size(), (g + 1) * per)).stream()
                        .flatMap(note -> noteChunks(site, note, notes, intros.getOrDefault(note, List.of()), urls,
                                cache, problems).stream())
                        .toList())));
    }

    /** The addresses entries of this site leave to the manifest. */
    public static Addresses addresses(StudySite site, Urls urls) {
        List<SiteQuestion> questions = site.questions();
        int pages = questions.isEmpty() ? 1 : StudyPages.questionsPageNumber(site, questions.get(questions.size() - 1));
        List<String> paths = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            paths.add(urls.display(Paging.path(StudyPages.QUESTIONS, page)));
        }
        return new Addresses(paths, urls.display(StudyPages.storyPage(Addresses.SLUG)));
    }

    /** The file ({@code search/c<file>.js}) holding each indexed note's chunk, by content path. */
    public static Map<String, Integer> files(StudySite site, Map<String, RenderedNote> notes) {
        Map<String, Integer> files = new java.util.HashMap<>();
        List<SiteNote> indexed = indexed(site, notes);
        for (int i = 0; i < indexed.size(); i++) {
            files.put(indexed.get(i).note().contentPath(), fileOf(i));
        }
        return files;
    }

    /** The notes searched, in site order: those with a rendered page. */
    private static List<SiteNote> indexed(StudySite site, Map<String, RenderedNote> notes) {
        return site.notes().stream().filter(note -> notes.containsKey(note.note().contentPath())).toList();
    }

    /** The file of the note at this position among the indexed notes; file 0 holds the principles. */
    private static int fileOf(int position) {
        return 1 + position / SearchIndex.NOTES_PER_FILE;
    }

    /** A note's chunk, then one for each older revision. */
    private static List<Chunk> noteChunks(StudySite site, SiteNote note, Map<String, RenderedNote> notes,
                                          List<SiteIntro> own, Urls urls, BuildCache cache, Problems problems) {
        List<Chunk> chunks = new ArrayList<>();
        List<NoteText.Section> sections = sections(notes.get(note.note().contentPath()), cache, problems);
        // the question bank's pages of its questions move when an earlier note gains or loses questions
        List<Integer> bankPages = site.questionsOf(note).stream().map(q -> StudyPages.questionsPageNumber(site, q))
                .toList();
        List<Object> stamp = List.of(sections, note.page(), note.note().slug(), note.note().title(),
                note.note().description(), note.note().tags(), site.storiesOf(note), site.questionsOf(note), bankPages,
                own, site.topicsOf(note), urls.pretty());
        chunks.add(cache.memo("search-chunk", note.note().contentPath(), stamp, problems,
                p -> noteChunk(site, note, sections, own, urls)));
        for (SiteNote.Revision older : note.revisions()) {
            RenderedNote old = notes.get(older.note().contentPath());
            if (old != null) {
                String page = urls.display(older.page());
                chunks.add(new Chunk("n/" + older.note().slug(), older.note().title() + " ("
                        + older.note().sourcePath() + ")", page, textEntries(older.note(), page,
                        sections(old, cache, problems))));
            }
        }
        return chunks;
    }

    private static List<NoteText.Section> sections(RenderedNote rendered, BuildCache cache, Problems problems) {
        return cache.memo("search-text", rendered.note().contentPath(), rendered.body(), problems,
                p -> {
                    try (UnpackBudget.Lease lease = UnpackBudget.heap().lease(rendered.body())) {
                        return NoteText.sections(rendered.bodyHtml());
                    }
                });
    }

    /** Principles by both their names, so one entry serves the Korean and the English interface. */
    private static Chunk principles(StudySite site, Urls urls) {
        List<SearchEntry> entries = new ArrayList<>();
        for (Principle p : site.principles()) {
            String title = p.ko().isEmpty() ? p.en() : p.en() + " · " + p.ko();
            String text = String.join(" · ", p.aliases()) + (p.aliases().isEmpty() ? "" : " · ") + p.definition();
            entries.add(new SearchEntry(SearchKind.PRINCIPLE, title, urls.display(StudyPages.principlePage(p)), text));
        }
        return new Chunk(SITE, site.catalog().title(), urls.display(StudyPages.PRINCIPLES), entries);
    }

    /**
     * A note's entries; an untitled story has an empty title, which the page shows in its own language. A story or
     * question carries what practice mode shows of it, as ranges of the note's text.
     */
    private static Chunk noteChunk(StudySite site, SiteNote note, List<NoteText.Section> sections,
                                   List<SiteIntro> intros, Urls urls) {
        String page = urls.display(note.page());
        List<SearchEntry> texts = textEntries(note.note(), page, sections);
        List<SearchEntry> entries = new ArrayList<>(texts);
        for (SiteStory s : site.storiesOf(note)) {
            entries.add(inNote(texts, s.story().source().anchor(), new SearchEntry(SearchKind.STORY,
                    s.story().title(), urls.display(StudyPages.storyPage(s)), s.story().text()))
                    .withPractice(practice(texts, s)));
        }
        for (SiteQuestion q : site.questionsOf(note)) {
            SearchEntry question = inNote(texts, q.id(), new SearchEntry(SearchKind.QUESTION, q.question().text(),
                    urls.display(StudyPages.questionsPage(site, q)) + "#" + q.id(), q.question().answer()));
            // a question in a table or under its own heading has no id of its own: its section's
            entries.add((question.within() == null ? inNote(texts, q.question().source().anchor(), question)
                    : question).withPractice(practice(site, texts, q)));
        }
        for (SiteIntro i : intros) {
            entries.add(inNote(texts, i.intro().source().anchor(), new SearchEntry(SearchKind.INTRO,
                    i.intro().title(), urls.display(IntroPages.page(i)), i.intro().text())));
        }
        for (SiteTopic t : site.topicsOf(note)) {
            entries.add(new SearchEntry(SearchKind.TOPIC, t.topic().title(), anchor(page, t.topic().source()),
                    t.topic().hint()));
        }
        return new Chunk("n/" + note.note().slug(), note.note().title(), page, entries);
    }

    /** What practice mode shows of a question, as ranges of the note's text. */
    private static PracticeText practice(StudySite site, List<SearchEntry> texts, SiteQuestion q) {
        int near = near(texts, q.id(), q.question().source().anchor());
        return new PracticeText(q.id(), StudyPages.questionsPageNumber(site, q), false,
                lines(texts, q.question().text(), near), lines(texts, q.question().answer(), near), List.of());
    }

    /** What practice mode shows of a story, as ranges of the note's text. */
    private static PracticeText practice(List<SearchEntry> texts, SiteStory s) {
        int near = near(texts, s.story().source().anchor(), "");
        List<List<PracticeText.Line>> parts = new ArrayList<>();
        for (StarPart part : StarPart.values()) {
            parts.add(lines(texts, s.story().part(part), near));
        }
        return new PracticeText(s.slug(), 0, true, lines(texts, s.story().title(), near), List.of(), parts);
    }

    /** The entry the text of the element with one of these ids starts in, else the first. */
    private static int near(List<SearchEntry> texts, String id, String otherId) {
        SearchEntry.Span span = spanOf(texts, id);
        if (span == null) {
            span = spanOf(texts, otherId);
        }
        return span == null ? 0 : span.entry();
    }

    /**
     * A text's lines, each as the range of the note's text that holds it as written, looked for from the entry
     * {@code near} on; a line written differently there (its Markdown, a cut-off long section) is kept as it is.
     */
    static List<PracticeText.Line> lines(List<SearchEntry> texts, String text, int near) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<PracticeText.Line> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            out.add(line(texts, line, near));
        }
        return out;
    }

    private static PracticeText.Line line(List<SearchEntry> texts, String line, int near) {
        if (line.isEmpty()) {
            return PracticeText.Line.of(line);
        }
        for (int k = 0; k < texts.size(); k++) {
            int i = (near + k) % texts.size();
            int at = texts.get(i).text().indexOf(line);
            if (at >= 0) {
                return new PracticeText.Line(i, at, at + line.length(), null);
            }
        }
        return PracticeText.Line.of(line);
    }

    /**
     * A story, question or introduction is written in its note, so its text is already in the note's entries: it
     * refers to the part of them from its element id {@code id} to the next id (or its section's end) instead. It
     * keeps its own text when that part is not its text: no such id, or a part that does not start with its text or
     * holds much more (a heading over several stories).
     */
    static SearchEntry inNote(List<SearchEntry> texts, String id, SearchEntry entry) {
        SearchEntry.Span span = spanOf(texts, id);
        if (span == null || entry.text().isEmpty()) {
            return entry;
        }
        String part = texts.get(span.entry()).text().substring(span.start(), span.end());
        if (part.length() > 2 * entry.text().length() + 200) {
            return entry;
        }
        String own = SearchText.normalise(entry.text());
        String head = own.substring(0, Math.min(own.length(), 24));
        return SearchText.normalise(part).contains(head) ? entry.within(span) : entry;
    }

    private static SearchEntry.Span spanOf(List<SearchEntry> texts, String id) {
        if (id.isEmpty()) {
            return null;
        }
        for (int i = 0; i < texts.size(); i++) {
            SearchEntry e = texts.get(i);
            int length = e.text().length();
            if (e.href().endsWith("#" + id)) {
                return new SearchEntry.Span(i, 0, length);
            }
            List<SearchEntry.Anchor> anchors = e.anchors();
            for (int a = 0; a < anchors.size(); a++) {
                if (anchors.get(a).id().equals(id)) {
                    int from = Math.min(anchors.get(a).offset(), length);
                    int to = a + 1 < anchors.size() ? Math.min(anchors.get(a + 1).offset(), length) : length;
                    return new SearchEntry.Span(i, from, Math.max(from, to));
                }
            }
        }
        return null;
    }

    /** The note itself (with the text before its first heading) and each of its sections. */
    private static List<SearchEntry> textEntries(Note note, String page, List<NoteText.Section> sections) {
        List<SearchEntry> entries = new ArrayList<>();
        for (NoteText.Section section : sections) {
            if (section.anchor().isEmpty()) {
                String lead = String.join(" ", note.description(), String.join(" ", note.tags()), section.text())
                        .strip();
                int shift = lead.length() - section.text().length();
                entries.add(new SearchEntry(SearchKind.NOTE, note.title(), page, lead, section.anchors().stream()
                        .map(a -> new SearchEntry.Anchor(a.offset() + shift, a.id())).toList()));
            } else {
                entries.add(new SearchEntry(SearchKind.SECTION, section.heading(), page + "#" + section.anchor(),
                        section.text(), section.anchors()));
            }
        }
        return entries;
    }

    private static String anchor(String page, SourceRef ref) {
        return ref.anchor().isEmpty() ? page : page + "#" + ref.anchor();
    }
}
