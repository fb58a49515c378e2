package io.github.studysite.problem;

/** The pipeline stage that found a problem, in pipeline order. */
public enum Stage {
    CONFIG,
    LOAD,
    /** What a public build is about to publish, checked for personal data. */
    CHECK,
    PARSE,
    EXTRACT,
    LINK,
    RENDER,
    WRITE
}
