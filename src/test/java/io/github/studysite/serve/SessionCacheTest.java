package io.github.studysite.serve;

import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;

/** What a preview session keeps from build to build. */
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
    void aForgottenResultIsComputedAgain() {
        searchText();
        cache.forget("search-text", "a.md");
        assertThat(searchText()).isEqualTo("text 2");
        assertThat(searchText()).isEqualTo("text 2");
    }

    @Test
    void aResultIsReusedOnlyWhileItsStampIsEqual() {
        searchText();
        String changed = cache.memo("search-text", "a.md", "other stamp", new Problems(), p -> "changed");
        assertThat(changed).isEqualTo("changed");
        assertThat(searchText()).isEqualTo("text 2");
    }
}
