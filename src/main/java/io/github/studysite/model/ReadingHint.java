package io.github.studysite.model;

import java.util.Objects;

/**
 * A line of a note the extractor read with a guess, or that looks like part of the study model but was not read as
 * it — told to the author in the build log ({@code path:line}) and on the note's page, so a note read wrongly can be
 * fixed.
 *
 * @param line    1-based line in the note file
 * @param kind    {@link #TYPO} (a misspelt STAR label read as {@code detail}), {@link #LABEL} (a STAR label with no
 *                story read around it) or {@link #QUESTION} (a line that asks but is not in the question bank)
 * @param subject what the line says (shortened), or the misspelt word
 * @param detail  for a typo, the label it was read as; else empty
 */
public record ReadingHint(int line, String kind, String subject, String detail) {

    public static final String TYPO = "typo";
    public static final String LABEL = "label";
    public static final String QUESTION = "question";

    public ReadingHint {
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : detail;
    }

    /** The hint in English, for the build log. */
    public String message() {
        return switch (kind) {
            case TYPO -> "read '" + subject + "' as the STAR label '" + detail + "' (misspelt?)";
            case LABEL -> "'" + subject + "' looks like a STAR label, but no story was read here: a story opened by "
                    + "a word other than Situation/Task/Action/Result (S/T/A/R, 상황/과제/행동/결과) needs a second label";
            default -> "'" + subject + "' reads like a question but is not in the question bank: it is read as part "
                    + "of the answer above it; make it a heading or a list item of its own to ask it";
        };
    }
}
