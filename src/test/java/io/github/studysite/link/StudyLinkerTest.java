package io.github.studysite.link;

import io.github.studysite.Fixtures;
import io.github.studysite.extract.CatalogReader;
import io.github.studysite.extract.StudyExtractor;
import io.github.studysite.model.Note;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.PrincipleCatalog;
import io.github.studysite.parse.MarkdownEngine;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slugs are unique in note order; a partial link (the preview's edited note first) gives its notes exactly the slugs a
 * whole link gives them, and takes them from the session's {@link SlugLedger} only while the ledger still holds.
 */
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

    private StudySite link(Predicate<SiteNote> wanted, SlugLedger ledger) {
        List<Note> ordered = new ArrayList<>(new java.util.TreeMap<>(notes).values());
        NoteIndex index = NoteIndex.build(ordered, Set.of(), new Problems());
        return StudyLinker.link(index.notes(), studies, index, CATALOG, bases, wanted, ledger);
    }

    private static Predicate<SiteNote> only(String name) {
        return note -> note.note().contentPath().equals(name);
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
    void aPartialLinkGivesItsNoteTheSlugsOfTheWholeSite() {
        fiveNotes();
        StudySite whole = link(note -> true, null);
        StudySite part = link(only("c.md"), null);
        assertThat(slugs(part)).containsExactly("same-title-3", "other-2");
        assertThat(slugs(whole)).containsSubsequence("same-title-3", "other-2");
        assertThat(part.notes()).extracting(n -> n.note().contentPath()).containsExactly("c.md");
    }

    @Test
    void whileTheLedgerHoldsAPartialLinkTakesItsSlugsWithoutReplayingTheNotesBefore() {
        fiveNotes();
        SlugLedger ledger = new SlugLedger();
        link(note -> true, ledger);
        basesWorkedOut.set(0);
        StudySite part = link(only("c.md"), ledger);
        assertThat(slugs(part)).containsExactly("same-title-3", "other-2");
        assertThat(basesWorkedOut).hasValue(0);

        // the edited note's text changed but not its titles: its study is new, its slug bases the same
        put("c.md", story("Same title") + story("Other") + "\nMore prose.\n");
        basesWorkedOut.set(0);
        part = link(only("c.md"), ledger);
        assertThat(slugs(part)).containsExactly("same-title-3", "other-2");
        assertThat(basesWorkedOut).hasValue(1);
    }

    @Test
    void aRenamedStoryIsSluggedAfreshNotTakenFromTheLedger() {
        fiveNotes();
        SlugLedger ledger = new SlugLedger();
        link(note -> true, ledger);
        put("c.md", story("Other") + story("Brand new"));
        StudySite part = link(only("c.md"), ledger);
        assertThat(slugs(part)).containsExactly("other-2", "brand-new");
        assertThat(slugs(part)).isEqualTo(slugs(link(only("c.md"), null)));
    }

    @Test
    void aNoteAddedBeforeTheEditedOneIsNotCoveredByTheLedger() {
        fiveNotes();
        SlugLedger ledger = new SlugLedger();
        link(note -> true, ledger);
        put("b2.md", story("Same title"));
        assertThat(slugs(link(only("c.md"), ledger))).containsExactly("same-title-4", "other-2");
    }

    @Test
    void theNextWholeLinkRecordsTheLedgerAfresh() {
        fiveNotes();
        SlugLedger ledger = new SlugLedger();
        link(note -> true, ledger);
        put("b.md", story("Other"));
        link(note -> true, ledger);
        basesWorkedOut.set(0);
        assertThat(slugs(link(only("c.md"), ledger))).containsExactly("same-title-2", "other-2");
        assertThat(basesWorkedOut).hasValue(0);
        assertThat(slugs(link(only("c.md"), null))).containsExactly("same-title-2", "other-2");
    }
}
