package io.github.studysite.link;

import io.github.studysite.address.NoteIndex;
import io.github.studysite.Fixtures;
import io.github.studysite.extract.CatalogReader;
import io.github.studysite.extract.StudyExtractor;
import io.github.studysite.model.Note;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.PrincipleCatalog;
import io.github.studysite.markdown.MarkdownEngine;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Slugs are unique across the site, handed out in note order, so every build gives a story the same address. */
class StudyLinkerTest {

    private static final PrincipleCatalog CATALOG = CatalogReader.builtIn();

    private static String story(String title) {
        return "## Ownership\n### " + title + "\nS: situation\nT: task\nA: action\nR: result\n";
    }

    /** The notes a.md … e.md; c.md is the one a preview edits. */
    private final Map<String, Note> notes = new HashMap<>();
    private final Map<String, NoteStudy> studies = new HashMap<>();
    private final AtomicInteger basesWorkedOut = new AtomicInteger();
    private final Function<SiteNote, SlugBases> bases = note -> {
        basesWorkedOut.incrementAndGet();
        return SlugBases.of(note.note(), note.study());
    };

    private void put(String name, String markdown) {
        Note note = Fixtures.note(name, "---\ntitle: " + name + "\n---\n" + markdown);
        notes.put(name, note);
        studies.put(name, new StudyExtractor(CATALOG).extract(new MarkdownEngine().parse(note)).study());
    }

    private StudySite link() {
        List<Note> ordered = new ArrayList<>(new java.util.TreeMap<>(notes).values());
        NoteIndex index = NoteIndex.build(ordered, Set.of(), new Problems());
        return StudyLinker.link(index.notes(), studies, index, CATALOG, bases);
    }

    private static List<String> slugs(StudySite site) {
        return site.stories().stream().map(SiteStory::slug).toList();
    }

    private void fiveNotes() {
        put("a.md", story("Same title"));
        put("b.md", story("Same title") + story("Other"));
        put("c.md", story("Same title") + story("Other"));
        put("d.md", story("Same title"));
        put("e.md", story("Other"));
    }

    @Test
    void storiesWithTheSameTitleAreNumberedInNoteOrder() {
        fiveNotes();
        assertThat(slugs(link())).containsExactly("same-title", "same-title-2", "other", "same-title-3", "other-2",
                "same-title-4", "other-3");
        assertThat(basesWorkedOut).hasValue(5);
    }

    @Test
    void aNoteAddedBeforeAnotherShiftsTheLaterNotesSlugs() {
        fiveNotes();
        put("bb.md", story("Same title"));
        StudySite site = link();
        assertThat(site.stories()).filteredOn(s -> s.note().note().contentPath().equals("c.md"))
                .extracting(SiteStory::slug).containsExactly("same-title-4", "other-2");
    }

    @Test
    void aRenamedStoryFreesItsSlugForTheNextNote() {
        fiveNotes();
        put("a.md", story("Renamed"));
        assertThat(link().stories()).filteredOn(s -> s.note().note().contentPath().equals("b.md"))
                .extracting(SiteStory::slug).containsExactly("same-title", "other");
    }
}
