package io.github.studysite.util;

/**
 * Where something starts in a file: 1-based line and column, as problem reports give them.
 *
 * @param line   1-based line
 * @param column 1-based column, or 0 when unknown
 */
public record Position(int line, int column) {
}
