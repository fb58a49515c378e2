package io.github.studysite.model;

import java.util.List;

/**
 * Everything the study extractor found in one note.
 *
 * @param sections   principle sections
 * @param stories    STAR stories
 * @param questions  questions
 * @param intros     self-introductions
 * @param topics     study topics
 * @param hints      lines read with a guess or not read though they look like a label or question, by line
 */
public record NoteStudy(List<PrincipleSection> sections, List<Story> stories, List<Question> questions,
                        List<SelfIntro> intros, List<StudyTopic> topics, List<ReadingHint> hints) {

    public static final NoteStudy EMPTY = new NoteStudy(List.of(), List.of(), List.of(), List.of(), List.of());

    public NoteStudy(List<PrincipleSection> sections, List<Story> stories, List<Question> questions,
                     List<SelfIntro> intros, List<StudyTopic> topics) {
        this(sections, stories, questions, intros, topics, List.of());
    }

    public NoteStudy {
        sections = List.copyOf(sections);
        stories = List.copyOf(stories);
        questions = List.copyOf(questions);
        intros = List.copyOf(intros);
        topics = List.copyOf(topics);
        hints = List.copyOf(hints);
    }
}
