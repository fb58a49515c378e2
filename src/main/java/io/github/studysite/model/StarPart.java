package io.github.studysite.model;

/** The four parts of a STAR story, in the order they are told. */
public enum StarPart {
    SITUATION("S"),
    TASK("T"),
    ACTION("A"),
    RESULT("R");

    private final String letter;

    StarPart(String letter) {
        this.letter = letter;
    }

    /** {@code S}, {@code T}, {@code A} or {@code R}. */
    public String letter() {
        return letter;
    }
}
