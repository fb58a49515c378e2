package io.github.studysite.extract;

import io.github.studysite.model.IntroParagraph;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.PrincipleSection;
import io.github.studysite.model.Question;
import io.github.studysite.model.ReadingHint;
import io.github.studysite.model.SelfIntro;
import io.github.studysite.model.SourceRef;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.Story;
import io.github.studysite.model.StudyTopic;
import io.github.studysite.parse.TocEntry;
import io.github.studysite.text.Interner;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Copies of a note's study model and table of contents whose strings are shared with every other note's through one
 * {@link Interner}: what the build holds for each note from the parse stage to the last page, so that text repeated
 * across notes (questions, stories copied into a revision, anchors, headings, principle ids) is held once. The copies
 * are equal to the originals; only instances change.
 */
public final class SharedText {

    private final Interner strings;

    public SharedText(Interner strings) {
        this.strings = strings;
    }

    public NoteStudy study(NoteStudy study) {
        return new NoteStudy(
                study.sections().stream().map(this::section).toList(),
                study.stories().stream().map(this::story).toList(),
                study.questions().stream().map(this::question).toList(),
                study.intros().stream().map(this::intro).toList(),
                study.topics().stream().map(this::topic).toList(),
                study.hints().stream().map(h -> new ReadingHint(h.line(), h.kind(), share(h.subject()),
                        share(h.detail()))).toList());
    }

    public List<TocEntry> toc(List<TocEntry> toc) {
        return toc.stream().map(entry -> new TocEntry(entry.level(), share(entry.text()), share(entry.id()),
                entry.line(), entry.omitted())).toList();
    }

    private PrincipleSection section(PrincipleSection section) {
        return new PrincipleSection(share(section.principle()), share(section.title()), source(section.source()));
    }

    private Story story(Story story) {
        Map<StarPart, String> parts = new EnumMap<>(StarPart.class);
        story.parts().forEach((part, text) -> parts.put(part, share(text)));
        return new Story(share(story.key()), share(story.title()), source(story.source()), all(story.principles()),
                parts, share(story.group()), share(story.learnings()));
    }

    private Question question(Question question) {
        return new Question(share(question.key()), share(question.text()), source(question.source()),
                share(question.answer()), all(question.principles()), all(question.stories()),
                share(question.group()), question.intro(), share(question.translation()));
    }

    private SelfIntro intro(SelfIntro intro) {
        return new SelfIntro(share(intro.key()), share(intro.title()), source(intro.source()),
                intro.paragraphs().stream()
                        .map(p -> new IntroParagraph(share(p.text()), share(p.heading()))).toList(),
                intro.limitSeconds());
    }

    private StudyTopic topic(StudyTopic topic) {
        return new StudyTopic(share(topic.key()), share(topic.title()), share(topic.hint()), source(topic.source()),
                share(topic.group()));
    }

    private SourceRef source(SourceRef source) {
        return new SourceRef(share(source.note()), share(source.anchor()), source.line());
    }

    private List<String> all(List<String> texts) {
        return texts.stream().map(this::share).toList();
    }

    private String share(String text) {
        return strings.share(text);
    }
}
