package io.github.studysite.extract;

/** What a section-opening line means for the study model. */
enum Role {
    /** Structure only: a group title, a plain heading, a list item. */
    NONE,
    /** Opens a principle's section. */
    PRINCIPLE,
    /** Opens a list of questions ({@code **예상질문**}, {@code # Interview questions}). */
    QUESTION_LIST,
    /** Opens a self-introduction. */
    INTRO,
    /** Is a question. */
    QUESTION
}
