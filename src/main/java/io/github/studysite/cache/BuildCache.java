package io.github.studysite.cache;

import io.github.studysite.problem.Problems;
import io.github.studysite.publish.SiteWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a build may reuse from the builds before it. A one-off build ({@code mvn site:generate}) uses {@link #NONE}:
 * every step is computed and the site is written through a {@link SiteWriter} (staging folder, atomic swap). A preview
 * session ({@code site:serve}) keeps one cache across its rebuilds, so that after an edit only the changed note is
 * read, parsed and rendered again, and only the pages whose view changed are rendered and written again.
 *
 * <p>The stages ask the cache in these places, each keyed by something they can state exactly:
 * <ul>
 *   <li>{@link #memo} — a computation (read one note file, render one note's body) identified by a slot id and valid
 *       while its inputs ({@code stamp}) are equal to the last time;</li>
 *   <li>{@link #keep} — an output file that the previous build wrote from an equal view, so it need not be rendered
 *       or written again;</li>
 *   <li>{@link #open} — where the build writes;</li>
 *   <li>{@link #state} — a structure a stage updates from build to build instead of rebuilding it.</li>
 * </ul>
 * Correctness does not depend on a hand-kept dependency graph: a page is rebuilt exactly when its view (the data its
 * template sees) differs, which covers every page that lists a changed story or question.
 */
public interface BuildCache {

    /** No reuse: every step runs and the site is written afresh. */
    BuildCache NONE = new BuildCache() {
        @Override
        public <V> V memo(String step, String id, Object stamp, Problems problems, Function<Problems, V> compute) {
            return compute.apply(problems);
        }

        @Override
        public boolean keep(String path, Object stamp) {
            return false;
        }

        @Override
        public BuildOutput open(Path outputDir, boolean force) throws IOException {
            return BuildOutput.of(SiteWriter.open(outputDir, force));
        }

        @Override
        public <S> S state(String name, Supplier<S> fresh) {
            return fresh.get();
        }
    };

    /**
     * The result of a computation, reused when slot {@code id} of {@code step} was last computed from an equal
     * {@code stamp}. The problems the computation reported are reported again on reuse, so a note that is not
     * re-parsed still shows its warnings. Safe to call from several threads.
     *
     * @param step    what is computed ({@code read}, {@code note}, …)
     * @param id      which one ({@code 002.txt})
     * @param stamp   everything the result depends on, compared with {@code equals}
     * @param problems where problems go
     * @param compute the computation, reporting into the problems it is given
     */
    <V> V memo(String step, String id, Object stamp, Problems problems, Function<Problems, V> compute);

    /**
     * Whether the file at {@code path} (relative to the site root) can stay as the previous build wrote it, because
     * it was made from an equal {@code stamp}. When this returns true the caller does not write the file but calls
     * {@link io.github.studysite.publish.Output#keep} instead, so that the output, and whatever watches it (the link
     * check), know it is still part of the site. Safe to call from several threads.
     */
    boolean keep(String path, Object stamp);

    /**
     * Opens the output of one build.
     *
     * @param force replace a non-empty folder studysite did not create ({@link SiteWriter#open(Path, boolean)})
     */
    BuildOutput open(Path outputDir, boolean force) throws IOException;

    /**
     * Mutable state a stage carries from one build to the next, to update rather than rebuild it (the search index's
     * postings). A one-off build gets a fresh one. A session drops it after a build that did not commit, because it
     * may then describe files that were never written; the next build starts it afresh.
     */
    <S> S state(String name, Supplier<S> fresh);
}
