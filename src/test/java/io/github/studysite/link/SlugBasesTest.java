package io.github.studysite.link;

import io.github.studysite.Fixtures;
import io.github.studysite.extract.CatalogReader;
import io.github.studysite.extract.StudyExtractor;
import io.github.studysite.model.Note;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.markdown.MarkdownEngine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugBasesTest {

    private static NoteStudy study(Note note) {
        return new StudyExtractor(CatalogReader.builtIn()).extract(new MarkdownEngine().parse(note)).study();
    }

    @Test
    void seedStoriesAndQuestionsStartFromTheirTitlesAsGitHubSlugsThem() {
        Note note = Fixtures.seed(Fixtures.SEED_001);
        NoteStudy study = study(note);
        SlugBases bases = SlugBases.of(note, study);
        assertThat(bases.stories()).hasSameSizeAs(study.stories()).contains("lg화학-cdn서비스", "x-ray-서비스");
        assertThat(bases.questions()).hasSameSizeAs(study.questions()).allSatisfy(q -> assertThat(q).startsWith("q-"));
    }

    @Test
    void anUntitledStoryIsNamedAfterItsNoteAndLongTitlesAreCutAtAWord() {
        Note note = Fixtures.note("2024-01-02-star.md", """
                ---
                title: 별
                ---
                ## Ownership
                S:
                T:
                A:
                R:

                ## Customer Obsession
                ### A very long story title that keeps going well past the fifty characters a slug may hold
                S: situation
                """);
        SlugBases bases = SlugBases.of(note, study(note));
        assertThat(bases.stories()).hasSize(2);
        assertThat(bases.stories().get(0)).isEqualTo(note.slug() + "-story");
        assertThat(bases.stories().get(1)).isEqualTo("a-very-long-story-title-that-keeps-going-well-past");
    }
}
