package io.github.studysite.link;

import io.github.studysite.model.NoteStudy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The slugs the last whole link of a preview session gave each note's stories, questions and introductions, with what
 * they were worked out from. Slugs are unique in note order, so a note's slugs depend on every note before it: a
 * partial link (the edited note's page, shown first) had to replay the slug counters of all of them, at 10,000 notes
 * about 150,000 set insertions, a third of the time to the edited page. When nothing those counters depend on
 * changed — the same notes in the same order, each with the same slug bases, intro count, title, slug and translation
 * role — the slugs are the ones recorded here, and the partial link takes them instead. An edit that changes a story
 * title or a note's title fails the check and replays the counters as before; the next whole link records afresh.
 *
 * <p>Used by one build at a time (a preview session's builds run one after another).
 */
public final class SlugLedger {

    /**
     * One note's inputs to the slug counters and what they gave it.
     *
     * @param study the study model the slugs were worked out from (compared by identity: a session hands out the
     *              same instance while the note is unchanged)
     */
    record Entry(String path, String slug, String title, boolean translation, NoteStudy study, SlugBases bases,
                 int introCount, List<String> stories, List<String> questions, List<String> intros) {
    }

    private List<Entry> entries = List.of();

    /**
     * Whether the recorded slugs hold for {@code notes} up to index {@code last}: each has the inputs recorded for it.
     *
     * @param translations the notes that are translations of another (their introductions get no slug)
     */
    boolean holds(List<SiteNote> notes, int last, Set<SiteNote> translations,
                  Function<SiteNote, SlugBases> slugBases) {
        if (entries.size() != notes.size()) {
            return false;
        }
        for (int i = 0; i <= last; i++) {
            SiteNote note = notes.get(i);
            Entry entry = entries.get(i);
            if (!entry.path().equals(note.note().contentPath()) || !entry.slug().equals(note.note().slug())
                    || !entry.title().equals(note.note().title())
                    || entry.translation() != translations.contains(note)) {
                return false;
            }
            if (entry.study() != note.study() && (entry.introCount() != note.study().intros().size()
                    || !entry.bases().equals(slugBases.apply(note)))) {
                return false;
            }
        }
        return true;
    }

    /** The recorded slugs of the note at {@code index} (after {@link #holds} said they hold). */
    Entry at(int index) {
        return entries.get(index);
    }

    /** Starts recording a whole link of {@code size} notes. */
    Recorder record(int size) {
        return new Recorder(size);
    }

    /** Collects a whole link's entries, in note order, and replaces the ledger's when the link is done. */
    final class Recorder {
        private final List<Entry> recorded;

        private Recorder(int size) {
            recorded = new ArrayList<>(size);
        }

        void add(SiteNote note, boolean translation, SlugBases bases, List<String> stories, List<String> questions,
                 List<String> intros) {
            recorded.add(new Entry(note.note().contentPath(), note.note().slug(), note.note().title(), translation,
                    note.study(), bases, note.study().intros().size(), List.copyOf(stories), List.copyOf(questions),
                    List.copyOf(intros)));
        }

        void done() {
            entries = recorded;
        }
    }
}
