package io.github.studysite.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the input, reported as {@code path:line:col: message} so that editors and terminals can jump
 * to it. Line and column are 1-based; 0 means "unknown" and is left out of the location.
 *
 * @param severity warning or error
 * @param stage    the stage that found it
 * @param path     the file, relative to the project directory, with forward slashes
 * @param line     1-based line, or 0
 * @param column   1-based column, or 0
 * @param message  what is wrong and, where possible, how to fix it
 */
public record Problem(Severity severity, Stage stage, String path, int line, int column, String message) {

    /** Orders problems by file, then position, so that a report reads top to bottom. */
    public static final Comparator<Problem> BY_LOCATION = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(stage, "stage");
        path = path == null ? "" : path;
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0");
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:col}, leaving out the parts that are unknown. */
    public String location() {
        StringBuilder sb = new StringBuilder(path);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        String location = location();
        return location.isEmpty() ? message : location + ": " + message;
    }
}
