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
 * @param stories  STAR stories in the site (newest revisions only)
 * @param questions questions in the site
 */
public record BuildResult(boolean success, List<Problem> problems, Path output, int notes, int pages,
                          Duration elapsed, int stories, int questions) {

    public BuildResult {
        problems = List.copyOf(problems);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    /** The line a build's log ends with. */
    public BuildSummary summary() {
        return new BuildSummary(success, notes, pages, errorCount(), warningCount(), elapsed)
                .withStudy(stories, questions);
    }

    /** The page to open: {@code site-output/index.html}. */
    public Path home() {
        return output.resolve("index.html");
    }
}
