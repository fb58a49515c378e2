package io.github.studysite.link;

import io.github.studysite.model.Principle;
import io.github.studysite.model.PrincipleCatalog;
import io.github.studysite.model.PrincipleSection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole site's study model, cross-referenced both ways: principles to their stories, questions and note sections;
 * stories to the questions they answer; questions to the stories answering them; everything to its note. Built by
 * the link stage from every note's extraction; read by the render stage. Only the newest revision of a note
 * contributes, so nothing is counted twice.
 */
public final class StudySite {

    private final PrincipleCatalog catalog;
    private final List<SiteNote> notes;
    private final List<SiteStory> stories;
    private final List<SiteQuestion> questions;
    private final List<SiteIntro> intros;
    private final List<SiteTopic> topics;
    private final Map<String, List<SiteStory>> storiesByPrinciple = new HashMap<>();
    private final Map<String, List<SiteQuestion>> questionsByPrinciple = new HashMap<>();
    private final Map<String, List<SectionRef>> sectionsByPrinciple = new HashMap<>();
    // By identity: these records hold whole notes, whose structural hash would walk every note on each lookup. Sized
    // up front: a preview session links the whole site again after each edit, before it shows the edited note.
    private final Map<SiteNote, Map<String, SiteStory>> storyByNoteKey;
    private final Map<SiteStory, List<SiteQuestion>> questionsByStory;
    private final Map<SiteNote, List<SiteStory>> storiesByNote;
    private final Map<SiteNote, List<SiteQuestion>> questionsByNote;
    private final Map<SiteNote, List<SiteTopic>> topicsByNote;
    private final Map<SiteNote, List<SiteIntro>> introsByNote;
    private final Map<SiteQuestion, Integer> questionPosition;

    /** A principle section with its note. */
    public record SectionRef(PrincipleSection section, SiteNote note) {
    }

    StudySite(PrincipleCatalog catalog, List<SiteNote> notes, List<SiteStory> stories, List<SiteQuestion> questions,
              List<SiteIntro> intros, List<SiteTopic> topics) {
        this.catalog = catalog;
        this.notes = List.copyOf(notes);
        this.stories = List.copyOf(stories);
        this.questions = List.copyOf(questions);
        this.intros = List.copyOf(intros);
        this.topics = List.copyOf(topics);
        storyByNoteKey = new IdentityHashMap<>(notes.size());
        questionsByStory = new IdentityHashMap<>(stories.size());
        storiesByNote = new IdentityHashMap<>(notes.size());
        questionsByNote = new IdentityHashMap<>(notes.size());
        topicsByNote = new IdentityHashMap<>(notes.size());
        introsByNote = new IdentityHashMap<>(notes.size());
        questionPosition = new IdentityHashMap<>(questions.size());
        for (SiteStory s : stories) {
            storiesByNote.computeIfAbsent(s.note(), k -> new ArrayList<>()).add(s);
            storyByNoteKey.computeIfAbsent(s.note(), k -> new HashMap<>()).put(s.story().key(), s);
            for (String p : s.story().principles()) {
                storiesByPrinciple.computeIfAbsent(p, k -> new ArrayList<>()).add(s);
            }
        }
        for (SiteQuestion q : questions) {
            questionPosition.put(q, questionPosition.size());
            questionsByNote.computeIfAbsent(q.note(), k -> new ArrayList<>()).add(q);
            for (String p : q.question().principles()) {
                questionsByPrinciple.computeIfAbsent(p, k -> new ArrayList<>()).add(q);
            }
            for (SiteStory s : storiesOf(q)) {
                questionsByStory.computeIfAbsent(s, k -> new ArrayList<>()).add(q);
            }
        }
        for (SiteTopic t : topics) {
            topicsByNote.computeIfAbsent(t.note(), k -> new ArrayList<>()).add(t);
        }
        for (SiteIntro i : intros) {
            introsByNote.computeIfAbsent(i.note(), k -> new ArrayList<>()).add(i);
        }
        for (SiteNote n : notes) {
            for (PrincipleSection section : n.study().sections()) {
                sectionsByPrinciple.computeIfAbsent(section.principle(), k -> new ArrayList<>())
                        .add(new SectionRef(section, n));
            }
        }
    }

    public PrincipleCatalog catalog() {
        return catalog;
    }

    public List<Principle> principles() {
        return catalog.principles();
    }

    public List<SiteNote> notes() {
        return notes;
    }

    public List<SiteStory> stories() {
        return stories;
    }

    public List<SiteQuestion> questions() {
        return questions;
    }

    public List<SiteIntro> intros() {
        return intros;
    }

    public List<SiteTopic> topics() {
        return topics;
    }

    public List<SiteStory> storiesOf(Principle principle) {
        return storiesByPrinciple.getOrDefault(principle.id(), List.of());
    }

    public List<SiteQuestion> questionsOf(Principle principle) {
        return questionsByPrinciple.getOrDefault(principle.id(), List.of());
    }

    /** Where notes discuss a principle (its sections, even empty ones). */
    public List<SectionRef> sectionsOf(Principle principle) {
        return sectionsByPrinciple.getOrDefault(principle.id(), List.of());
    }

    /** The stories told in a question's answer. */
    public List<SiteStory> storiesOf(SiteQuestion question) {
        List<String> keys = question.question().stories();
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, SiteStory> own = storyByNoteKey.getOrDefault(question.note(), Map.of());
        List<SiteStory> out = new ArrayList<>();
        for (String key : keys) {
            SiteStory s = own.get(key);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** The questions a story answers. */
    public List<SiteQuestion> questionsOf(SiteStory story) {
        return questionsByStory.getOrDefault(story, List.of());
    }

    public List<SiteStory> storiesOf(SiteNote note) {
        return storiesByNote.getOrDefault(note, List.of());
    }

    public List<SiteQuestion> questionsOf(SiteNote note) {
        return questionsByNote.getOrDefault(note, List.of());
    }

    /** A question's position in {@link #questions()}, which decides the page of the question bank it is on. */
    public int position(SiteQuestion question) {
        return questionPosition.getOrDefault(question, 0);
    }

    /** The study topics of a note, in note order. */
    public List<SiteTopic> topicsOf(SiteNote note) {
        return topicsByNote.getOrDefault(note, List.of());
    }

    public Optional<SiteIntro> introOf(SiteQuestion question) {
        if (!question.question().intro()) {
            return Optional.empty();
        }
        return introsByNote.getOrDefault(question.note(), List.of()).stream()
                .filter(i -> i.intro().source().equals(question.question().source())).findFirst();
    }

    /** Principles in catalog order with their stories, for the coverage matrix. */
    public Map<Principle, List<SiteStory>> coverage() {
        Map<Principle, List<SiteStory>> map = new LinkedHashMap<>();
        for (Principle p : catalog.principles()) {
            map.put(p, Collections.unmodifiableList(storiesOf(p)));
        }
        return map;
    }
}
