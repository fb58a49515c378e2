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
 */
public record NoteStudy(List<PrincipleSection> sections, List<Story> stories, List<Question> questions,
                        List<SelfIntro> intros, List<StudyTopic> topics) {

    public static final NoteStudy EMPTY = new NoteStudy(List.of(), List.of(), List.of(), List.of(), List.of());

    public NoteStudy {
        sections = List.copyOf(sections);
        stories = List.copyOf(stories);
        questions = List.copyOf(questions);
        intros = List.copyOf(intros);
        topics = List.copyOf(topics);
    }
}
