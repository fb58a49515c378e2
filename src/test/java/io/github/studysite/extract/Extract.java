package io.github.studysite.extract;

import io.github.studysite.Fixtures;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.PrincipleCatalog;
import io.github.studysite.model.Question;
import io.github.studysite.model.Story;
import io.github.studysite.markdown.MarkdownEngine;

import java.util.List;

/** Test helper: the study model of a seed or of an inline note. */
final class Extract {

    static final MarkdownEngine ENGINE = new MarkdownEngine();
    static final PrincipleCatalog CATALOG = CatalogReader.builtIn();

    private Extract() {
    }

    static NoteStudy seed(String name) {
        return new StudyExtractor(CATALOG).extract(ENGINE.parse(Fixtures.seed(name))).study();
    }

    static NoteStudy note(String name, String text) {
        return note(name, text, CATALOG);
    }

    static NoteStudy note(String name, String text, PrincipleCatalog catalog) {
        return new StudyExtractor(catalog).extract(ENGINE.parse(Fixtures.note(name, text))).study();
    }

    static List<String> titles(List<Story> stories) {
        return stories.stream().map(Story::title).toList();
    }

    static List<Story> under(NoteStudy study, String principle) {
        return study.stories().stream().filter(s -> s.principles().contains(principle)).toList();
    }

    static Question question(NoteStudy study, String text) {
        return study.questions().stream().filter(q -> q.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no question '" + text + "' in "
                        + study.questions().stream().map(Question::text).toList()));
    }
}
