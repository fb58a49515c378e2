package io.github.studysite.link;

import io.github.studysite.address.NoteIndex;
import io.github.studysite.model.Note;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.PrincipleCatalog;
import io.github.studysite.model.Question;
import io.github.studysite.model.SelfIntro;
import io.github.studysite.model.Story;
import io.github.studysite.model.StudyTopic;
import io.github.studysite.util.Slugs;

import java.util.ArrayList;
import java.util.HashSet;
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
     * @param notes     every note that loaded, in content path order
     * @param studies   each note's study model, by content path
     * @param index     where each note's page is
     * @param slugBases each note's {@link SlugBases} (a preview session passes the ones it kept)
     */
    public static StudySite link(List<Note> notes, Map<String, NoteStudy> studies, NoteIndex index,
                                 PrincipleCatalog catalog, java.util.function.Function<SiteNote, SlugBases> slugBases) {
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

        Map<SiteNote, SiteNote> translations = translations(siteNotes);
        // a translation's intro is shown with the note it translates, and takes no slug of its own
        Set<SiteNote> translated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        translated.addAll(translations.values());
        // a story's page is stories/<slug>.html, beside the STAR index's stories/index.html; an intro's likewise
        Slugger storySlugs = new Slugger("index");
        Slugger questionIds = new Slugger();
        Slugger introSlugs = new Slugger("index");
        List<SiteStory> stories = new ArrayList<>();
        List<SiteQuestion> questions = new ArrayList<>();
        List<SiteIntro> intros = new ArrayList<>();
        List<SiteTopic> topics = new ArrayList<>();
        for (SiteNote note : siteNotes) {
            SlugBases bases = slugBases.apply(note);
            List<String> storyNames = unique(bases.stories(), storySlugs);
            List<String> questionNames = unique(bases.questions(), questionIds);
            List<String> introNames = new ArrayList<>();
            if (!translated.contains(note)) {
                note.study().intros().forEach(intro -> introNames.add(introSlug(note, introSlugs)));
            }
            List<Story> own = note.study().stories();
            for (int k = 0; k < own.size(); k++) {
                stories.add(new SiteStory(storyNames.get(k), own.get(k), note));
            }
            List<Question> asked = note.study().questions();
            for (int k = 0; k < asked.size(); k++) {
                questions.add(new SiteQuestion(questionNames.get(k), asked.get(k), note));
            }
            List<SelfIntro> told = note.study().intros();
            for (int k = 0; k < introNames.size(); k++) {
                intros.add(intro(note, told.get(k), translations.get(note), introNames.get(k)));
            }
            for (StudyTopic topic : note.study().topics()) {
                topics.add(new SiteTopic(topic, note));
            }
        }
        return new StudySite(catalog, siteNotes, stories, questions, intros, topics);
    }

    /** Each of {@code bases} made unique by {@code slugs}, in order. */
    private static List<String> unique(List<String> bases, Slugger slugs) {
        List<String> out = new ArrayList<>(bases.size());
        for (String base : bases) {
            out.add(slugs.unique(base));
        }
        return out;
    }

    /** The site-unique slug of a note's introduction page. */
    private static String introSlug(SiteNote note, Slugger slugs) {
        return slugs.unique(Slugs.segment(SlugBases.shorten(note.note().title()), note.note().slug()));
    }

    private static SiteIntro intro(SiteNote note, SelfIntro intro, SiteNote translation, String slug) {
        IntroVersions own = IntroSplitter.split(intro.paragraphs(), note.note().lang());
        if (translation == null || translation.study().intros().isEmpty()) {
            return new SiteIntro(slug, intro, note, own, null);
        }
        SelfIntro other = translation.study().intros().get(0);
        IntroVersions theirs = IntroSplitter.split(other.paragraphs(), translation.note().lang());
        IntroVersions merged = new IntroVersions(
                own.korean().isEmpty() ? theirs.korean() : own.korean(),
                own.english().isEmpty() ? theirs.english() : own.english());
        return new SiteIntro(slug, intro, note, merged, translation);
    }

    /**
     * Pairs notes that are translations of each other, Hugo's way ({@code translationKey}) or by naming the other
     * note ({@code translation: intro-en.md}). Returns each pair as the Korean note (else the first by path) mapped
     * to its translation.
     */
    private static Map<SiteNote, SiteNote> translations(List<SiteNote> notes) {
        Map<String, List<SiteNote>> byKey = new java.util.LinkedHashMap<>();
        Map<String, SiteNote> byPath = new java.util.HashMap<>();
        notes.forEach(n -> byPath.put(n.note().contentPath(), n));
        for (SiteNote n : notes) {
            Object key = n.note().frontMatter().getOrDefault("translationKey", n.note().frontMatter().get("translation_key"));
            Object other = n.note().frontMatter().get("translation");
            if (key != null) {
                byKey.computeIfAbsent("key:" + key, k -> new ArrayList<>()).add(n);
            } else if (other != null && byPath.containsKey(String.valueOf(other).replaceFirst("^\\./", ""))) {
                SiteNote target = byPath.get(String.valueOf(other).replaceFirst("^\\./", ""));
                String pair = "pair:" + java.util.stream.Stream.of(n.note().contentPath(), target.note().contentPath())
                        .sorted().reduce((a, b) -> a + "|" + b).orElseThrow();
                List<SiteNote> group = byKey.computeIfAbsent(pair, k -> new ArrayList<>());
                if (!group.contains(n)) {
                    group.add(n);
                }
                if (!group.contains(target)) {
                    group.add(target);
                }
            }
        }
        // by identity: a SiteNote's structural hash would walk its whole note on every lookup
        Map<SiteNote, SiteNote> out = new java.util.IdentityHashMap<>();
        for (List<SiteNote> group : byKey.values()) {
            if (group.size() < 2) {
                continue;
            }
            SiteNote first = group.stream().filter(n -> n.note().lang().equals("ko")).findFirst().orElse(group.get(0));
            SiteNote second = group.stream().filter(n -> n != first).findFirst().orElseThrow();
            out.put(first, second);
        }
        return out;
    }

    /**
     * Hands out unique slugs: the first {@code x}, then {@code x-2}, {@code x-3}, … in constant time per slug even
     * when thousands of stories share a title (a counter per base instead of probing from 2 each time).
     */
    private static final class Slugger {
        private final Set<String> used = new HashSet<>();
        private final Map<String, Integer> next = new java.util.HashMap<>();

        /** @param taken slugs that name a page of the site itself, never handed out */
        Slugger(String... taken) {
            used.addAll(List.of(taken));
        }

        String unique(String base) {
            if (used.add(base)) {
                return base;
            }
            int n = next.getOrDefault(base, 2);
            String slug = base + "-" + n;
            while (!used.add(slug)) {
                slug = base + "-" + ++n;
            }
            next.put(base, n + 1);
            return slug;
        }
    }
}
