package io.github.studysite.util;

import io.github.studysite.Threads;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Large unpacked texts take turns once they would not fit in the budget together; small ones never wait. */
class UnpackBudgetTest {

    private static final int MB = 1024 * 1024;
    private static final Duration BOUND = Duration.ofSeconds(10);

    /** A text of {@code utf8Bytes} bytes (rounded up to whole Hangul syllables). */
    private static PackedText ofLength(int utf8Bytes) {
        return PackedText.of("가".repeat((utf8Bytes + 2) / 3));
    }

    /** A text whose unpacking takes a lease of {@code megabytes}. */
    private static PackedText leasing(int megabytes) {
        return ofLength(megabytes * MB / UnpackBudget.BYTES_PER_UTF8_BYTE + 3);
    }

    /** Takes a lease of {@code text} on a thread of its own, completing {@code taken} once it has it. */
    private static Thread leaseLater(UnpackBudget budget, PackedText text,
                                     CompletableFuture<UnpackBudget.Lease> taken) {
        return Threads.start("lease", () -> taken.complete(budget.lease(text)));
    }

    @Test
    void aSecondLargeTextWaitsUntilTheFirstIsDone() throws Exception {
        UnpackBudget budget = new UnpackBudget(10L * MB);
        PackedText large = leasing(6);
        UnpackBudget.Lease first = budget.lease(large);
        CompletableFuture<UnpackBudget.Lease> second = new CompletableFuture<>();
        Thread waiter = leaseLater(budget, large, second);
        Threads.awaitParkedIn(waiter, UnpackBudget.class, "lease", BOUND);
        assertThat(second).isNotDone();
        first.close();
        second.get(BOUND.toSeconds(), TimeUnit.SECONDS).close();
    }

    @Test
    void smallTextsTakeNoShare() throws Exception {
        UnpackBudget budget = new UnpackBudget(MB);
        try (UnpackBudget.Lease whole = budget.lease(ofLength(MB))) { // larger than the budget: takes all of it
            CompletableFuture<UnpackBudget.Lease> small = new CompletableFuture<>();
            leaseLater(budget, ofLength(20 * 1024), small);
            // it would wait for `whole` if it took any share; the bound only turns a regression into a failure
            assertThat(small).succeedsWithin(BOUND);
            small.get().close();
            // and a text of a megabyte's lease is not small: it does wait
            CompletableFuture<UnpackBudget.Lease> large = new CompletableFuture<>();
            Thread waiter = leaseLater(budget, leasing(1), large);
            Threads.awaitParkedIn(waiter, UnpackBudget.class, "lease", BOUND);
            assertThat(large).isNotDone();
            whole.close();
            large.get(BOUND.toSeconds(), TimeUnit.SECONDS).close();
        }
    }

    @Test
    void aTextLargerThanTheBudgetRunsAloneAndClosingTwiceGivesBackOnce() throws Exception {
        UnpackBudget budget = new UnpackBudget(2L * MB);
        UnpackBudget.Lease huge = budget.lease(ofLength(3 * MB));
        huge.close();
        huge.close();
        UnpackBudget.Lease a = budget.lease(leasing(2)); // the whole budget, once more
        CompletableFuture<UnpackBudget.Lease> b = new CompletableFuture<>();
        Thread waiter = leaseLater(budget, leasing(1), b);
        Threads.awaitParkedIn(waiter, UnpackBudget.class, "lease", BOUND);
        assertThat(b).isNotDone();
        a.close();
        b.get(BOUND.toSeconds(), TimeUnit.SECONDS).close();
    }
}
