package io.github.studysite.text;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Large unpacked texts take turns once they would not fit in the budget together; small ones never wait. */
class UnpackBudgetTest {

    private static final int MB = 1024 * 1024;

    /** A text of {@code utf8Bytes} bytes (rounded up to whole Hangul syllables). */
    private static PackedText ofLength(int utf8Bytes) {
        return PackedText.of("가".repeat((utf8Bytes + 2) / 3));
    }

    /** A text whose unpacking takes a lease of {@code megabytes}. */
    private static PackedText leasing(int megabytes) {
        return ofLength(megabytes * MB / UnpackBudget.BYTES_PER_UTF8_BYTE + 3);
    }

    @Test
    void aSecondLargeTextWaitsUntilTheFirstIsDone() throws Exception {
        UnpackBudget budget = new UnpackBudget(10L * MB);
        PackedText large = leasing(6);
        UnpackBudget.Lease first = budget.lease(large);
        CompletableFuture<UnpackBudget.Lease> second = CompletableFuture.supplyAsync(() -> budget.lease(large));
        Thread.sleep(200);
        assertThat(second).isNotDone();
        first.close();
        second.get(10, TimeUnit.SECONDS).close();
    }

    @Test
    void smallTextsTakeNoShare() {
        UnpackBudget budget = new UnpackBudget(MB);
        try (UnpackBudget.Lease whole = budget.lease(ofLength(MB))) { // larger than the budget: takes all of it
            UnpackBudget.Lease small = budget.lease(ofLength(20 * 1024)); // would block if it took any share
            small.close();
        }
    }

    @Test
    void aTextLargerThanTheBudgetRunsAloneAndClosingTwiceGivesBackOnce() throws Exception {
        UnpackBudget budget = new UnpackBudget(2L * MB);
        UnpackBudget.Lease huge = budget.lease(ofLength(3 * MB));
        huge.close();
        huge.close();
        UnpackBudget.Lease a = budget.lease(leasing(2)); // the whole budget, once more
        CompletableFuture<UnpackBudget.Lease> b = CompletableFuture.supplyAsync(() -> budget.lease(leasing(1)));
        Thread.sleep(200);
        assertThat(b).isNotDone();
        a.close();
        b.get(10, TimeUnit.SECONDS).close();
    }
}
