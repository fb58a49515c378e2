package io.github.studysite.link;

import io.github.studysite.model.Note;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.PrincipleCatalog;
import io.github.studysite.model.Question;
import io.github.studysite.model.SelfIntro;
import io.github.studysite.model.Story;
import io.github.studysite.model.StudyTopic;
import io.github.studysite.text.Slugs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The link stage for the study model: groups revisions, keeps the newest revision of each note, gives every story,
 * question and introduction a site-wide unique slug (in note order, so builds are deterministic), and builds the
 * cross-referenced {@link StudySite}.
 */
public final class StudyLinker {

    private StudyLinker() {
    }

    /**
     * @param notes   every note that loaded, in content path order
     * @param studies each note's study model, by content path
     * @param index   where each note's page is
     */
    public static StudySite link(List<Note> notes, Map<String, NoteStudy> studies, NoteIndex index,
                                 PrincipleCatalog catalog) {
        List<SiteNote> siteNotes = new ArrayList<>();
        for (List<Note> group : Revisions.group(notes)) {
            List<Note> present = group.stream().filter(n -> studies.containsKey(n.contentPath())).toList();
            if (present.isEmpty()) {
                continue;
            }
            Note newest = present.get(present.size() - 1);
            List<SiteNote.Revision> older = new ArrayList<>();
            for (Note n : present.subList(0, present.size() - 1)) {
                older.add(new SiteNote.Revision(n, index.page(n), studies.get(n.contentPath())));
            }
            siteNotes.add(new SiteNote(newest, index.page(newest), studies.get(newest.contentPath()), older));
        }
        siteNotes.sort(java.util.Comparator.comparing(n -> n.note().contentPath()));

        Map<String, Integer> storySlugs = new HashMap<>();
        Map<String, Integer> questionIds = new HashMap<>();
        Map<String, Integer> introSlugs = new HashMap<>();
        List<SiteStory> stories = new ArrayList<>();
        List<SiteQuestion> questions = new ArrayList<>();
        List<SiteIntro> intros = new ArrayList<>();
        List<SiteTopic> topics = new ArrayList<>();
        for (SiteNote note : siteNotes) {
            for (Story story : note.study().stories()) {
                String base = story.title().isEmpty() ? note.note().slug() + "-story" : story.title();
                stories.add(new SiteStory(unique(Slugs.segment(shorten(base), "story"), storySlugs), story, note));
            }
            for (Question q : note.study().questions()) {
                questions.add(new SiteQuestion(unique("q-" + Slugs.segment(shorten(q.text()), "question"), questionIds),
                        q, note));
            }
            for (SelfIntro intro : note.study().intros()) {
                intros.add(new SiteIntro(unique(note.note().slug(), introSlugs), intro, note));
            }
            for (StudyTopic topic : note.study().topics()) {
                topics.add(new SiteTopic(topic, note));
            }
        }
        return new StudySite(catalog, siteNotes, stories, questions, intros, topics);
    }

    /** Slugs stay readable in URLs: at most about 50 characters, cut at a word. */
    private static String shorten(String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        if (s.length() <= 50) {
            return s;
        }
        int cut = s.lastIndexOf(' ', 50);
        return s.substring(0, cut > 20 ? cut : 50);
    }

    /**
     * {@code base}, else {@code base-2}, {@code base-3}, … whichever is free first. {@code used} maps every slug taken
     * to the next suffix worth trying for it as a base, so that many stories with one title stay linear, not
     * quadratic, in their number.
     */
    static String unique(String base, Map<String, Integer> used) {
        if (used.putIfAbsent(base, 2) == null) {
            return base;
        }
        int n = used.get(base);
        String slug = base + "-" + n;
        while (used.containsKey(slug)) {
            slug = base + "-" + ++n;
        }
        used.put(base, n + 1);
        used.put(slug, 2);
        return slug;
    }
}
