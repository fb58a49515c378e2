package io.github.studysite.problem;

/** The pipeline stage that found a problem, in pipeline order. */
public enum Stage {
    CONFIG,
    LOAD,
    PARSE,
    EXTRACT,
    LINK,
    RENDER,
    WRITE
}
