package io.github.studysite.problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one build from every stage (and from several threads), so that a user sees all of them at
 * once instead of fixing one, rebuilding and meeting the next. Each file reports at most {@link #PER_FILE_LIMIT}
 * problems: a binary file fed in as a note must not drown the report.
 */
public final class Problems {

    public static final int PER_FILE_LIMIT = 50;

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> perFile = new HashMap<>();
    private final Map<String, Integer> suppressed = new HashMap<>();
    /** Counted apart from the list: an error past a file's cap is not shown but must still fail a strict build. */
    private int errors;

    public synchronized void add(Problem problem) {
        if (problem.isError()) {
            errors++;
        }
        int count = perFile.merge(problem.path(), 1, Integer::sum);
        if (count > PER_FILE_LIMIT && !problem.path().isEmpty()) {
            suppressed.merge(problem.path(), 1, Integer::sum);
            return;
        }
        problems.add(problem);
    }

    public void error(Stage stage, String path, int line, int column, String message) {
        add(new Problem(Severity.ERROR, stage, path, line, column, message));
    }

    public void warn(Stage stage, String path, int line, int column, String message) {
        add(new Problem(Severity.WARNING, stage, path, line, column, message));
    }

    public void add(Severity severity, Stage stage, String path, int line, int column, String message) {
        add(new Problem(severity, stage, path, line, column, message));
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    /** All problems in file and position order, with one summary line per file whose problems were capped. */
    public synchronized List<Problem> sorted() {
        List<Problem> out = new ArrayList<>(problems);
        suppressed.forEach((path, n) -> out.add(new Problem(Severity.WARNING, Stage.SOURCE, path, 0, 0,
                n + " more problems in this file not shown")));
        out.sort(Problem.BY_LOCATION);
        return List.copyOf(out);
    }
}
