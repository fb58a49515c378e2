package io.github.studysite.serve;

import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;

/** What a preview session keeps from build to build, and what a partial build must leave alone. */
class SessionCacheTest {

    private final SessionCache cache = new SessionCache(new ReentrantLock());
    private final AtomicInteger computed = new AtomicInteger();

    private String searchText() {
        return cache.memo("search-text", "a.md", "stamp", new Problems(), p -> "text " + computed.incrementAndGet());
    }

    @Test
    void aWholeBuildDropsWhatItDidNotAskFor() {
        searchText();
        cache.finish();
        cache.finish(); // a whole build that asked for nothing
        searchText();
        assertThat(computed).hasValue(2);
    }

    @Test
    void aPartialBuildKeepsWhatItDidNotAskForEvenWhenItStoppedAtAnError() {
        searchText();
        cache.finish();
        cache.memo("note", "b.md", "edited", new Problems(), p -> "b"); // the partial build stops before writing
        assertThat(cache.finish(true)).isEmpty();
        assertThat(searchText()).isEqualTo("text 1");
        assertThat(computed).hasValue(1);
    }

    @Test
    void idsOfOneStepSortedAndForgotten() {
        for (String id : new String[] {"b.md", "a.md", "sub/c.md"}) {
            cache.memo("read", id, "stamp", new Problems(), p -> id);
        }
        cache.memo("readme", "x.md", "stamp", new Problems(), p -> "other step");
        searchText();
        assertThat(cache.ids("read")).containsExactly("a.md", "b.md", "sub/c.md");
        assertThat(cache.ids("search-text")).containsExactly("a.md");
        cache.forget("read", "b.md");
        assertThat(cache.ids("read")).containsExactly("a.md", "sub/c.md");
        assertThat(cache.ids("nothing")).isEmpty();
    }
}
