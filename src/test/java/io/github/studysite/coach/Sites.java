package io.github.studysite.coach;

import io.github.studysite.Fixtures;
import io.github.studysite.extract.CatalogReader;
import io.github.studysite.extract.StudyExtractor;
import io.github.studysite.address.NoteIndex;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.SlugBases;
import io.github.studysite.link.StudyLinker;
import io.github.studysite.link.StudySite;
import io.github.studysite.model.Note;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.PrincipleCatalog;
import io.github.studysite.markdown.MarkdownEngine;
import io.github.studysite.problem.Problems;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test helper: a linked site from inline notes or the seeds, through the real extractor and linker. */
public final class Sites {

    static final PrincipleCatalog CATALOG = CatalogReader.builtIn();

    private Sites() {
    }

    /** Notes by name, in order. */
    public static StudySite of(Map<String, String> notes) {
        List<Note> ordered = new ArrayList<>();
        Map<String, NoteStudy> studies = new LinkedHashMap<>();
        notes.forEach((name, text) -> {
            Note note = Fixtures.note(name, text);
            ordered.add(note);
            studies.put(note.contentPath(), new StudyExtractor(CATALOG).extract(new MarkdownEngine().parse(note))
                    .study());
        });
        NoteIndex index = NoteIndex.build(ordered, Set.of(), new Problems());
        return StudyLinker.link(index.notes(), studies, index, CATALOG, n -> SlugBases.of(n.note(), n.study()));
    }

    public static StudySite one(String text) {
        return of(Map.of("n.md", text));
    }

    public static StudySite seeds() {
        Map<String, String> notes = new LinkedHashMap<>();
        Fixtures.ALL_SEEDS.forEach(name -> notes.put(name, Fixtures.seedText(name)));
        return of(notes);
    }

    public static SiteStory story(StudySite site, String title) {
        return site.stories().stream().filter(s -> s.story().title().equals(title)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no story '" + title + "' in "
                        + site.stories().stream().map(s -> s.story().title()).toList()));
    }
}
