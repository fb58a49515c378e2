package io.github.studysite.problem;

/** How bad a {@link Problem} is: warnings never fail a build, errors fail it when the build is strict. */
public enum Severity {
    WARNING,
    ERROR
}
