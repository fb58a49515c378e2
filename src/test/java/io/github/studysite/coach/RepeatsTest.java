package io.github.studysite.coach;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The early-stopping comparison of two parts' character pairs must decide exactly as the full Jaccard would: a copied
 * part it wrongly passed would lose its hint, and one it wrongly flagged would gain a false one.
 */
class RepeatsTest {

    private static final double[] OVERLAPS = {0.0, 0.1, 0.5, 0.7, 0.8, 0.85, 0.9, 0.99, 1.0};

    @Test
    void theCommonPairsNeededAreTheFewestThatReachTheOverlap() {
        for (int total = 1; total <= 400; total++) {
            for (double overlap : OVERLAPS) {
                int need = Repeats.needed(total, overlap);
                int t = total;
                int fewest = IntStream.rangeClosed(0, total)
                        .filter(c -> c == t || c / (double) (t - c) >= overlap).findFirst().orElseThrow();
                assertThat(need).as("total %d, overlap %s", total, overlap).isEqualTo(fewest);
            }
        }
    }

    @Test
    void similarAgreesWithTheJaccardOnSetsFromDisjointToEqual() {
        Random random = new Random(17);
        for (int round = 0; round < 20_000; round++) {
            int universe = 2 + random.nextInt(300);
            double density = random.nextDouble();
            int[] a = subset(random, universe, density);
            int[] b = random.nextInt(4) == 0 ? a.clone() : similarTo(random, a, universe, random.nextDouble() * 0.3);
            if (a.length == 0 || b.length == 0) {
                continue;
            }
            for (double overlap : OVERLAPS) {
                assertThat(Repeats.similar(a, b, overlap)).as("%d vs %d pairs at %s", a.length, b.length, overlap)
                        .isEqualTo(jaccard(a, b) >= overlap);
            }
        }
    }

    @Test
    void aPartSharingAllButOnePairIsSimilarAtHighOverlapAndADisjointOneIsNot() {
        int[] a = IntStream.range(0, 100).toArray();
        int[] b = IntStream.range(1, 101).toArray();
        assertThat(Repeats.similar(a, b, 0.95)).isTrue();
        assertThat(Repeats.similar(a, b, 0.99)).isFalse();
        assertThat(Repeats.similar(a, IntStream.range(200, 300).toArray(), 0.01)).isFalse();
    }

    /** The definition, merged in full. */
    private static double jaccard(int[] a, int[] b) {
        long common = IntStream.of(a).filter(x -> java.util.Arrays.binarySearch(b, x) >= 0).count();
        return common / (double) (a.length + b.length - common);
    }

    private static int[] subset(Random random, int universe, double density) {
        return IntStream.range(0, universe).filter(i -> random.nextDouble() < density).toArray();
    }

    /** {@code a} with about {@code change} of its members swapped for others. */
    private static int[] similarTo(Random random, int[] a, int universe, double change) {
        return IntStream.concat(IntStream.of(a).filter(x -> random.nextDouble() >= change),
                        IntStream.generate(() -> random.nextInt(universe * 2)).limit((long) (a.length * change)))
                .sorted().distinct().toArray();
    }
}
