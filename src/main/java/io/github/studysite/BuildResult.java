package io.github.studysite;

import io.github.studysite.problem.Problem;
import io.github.studysite.report.BuildSummary;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a build.
 *
 * @param success  whether the site was written (a strict build with errors writes nothing)
 * @param problems every problem found, in file order
 * @param output   the output folder
 * @param notes    notes rendered
 * @param pages    pages written
 * @param elapsed  wall time
 */
public record BuildResult(boolean success, List<Problem> problems, Path output, int notes, int pages,
                          Duration elapsed) {

    public BuildResult {
        problems = List.copyOf(problems);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    /** The line a build's log ends with; stories and questions join it when the build extracts them. */
    public BuildSummary summary() {
        return new BuildSummary(success, notes, pages, errorCount(), warningCount(), elapsed);
    }

    /** The page to open: {@code site-output/index.html}. */
    public Path home() {
        return output.resolve("index.html");
    }
}
