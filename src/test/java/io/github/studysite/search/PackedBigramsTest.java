package io.github.studysite.search;

import io.github.studysite.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackedBigramsTest {

    @Test
    void givesBackTheSortedBigramsItWasMadeFrom() {
        Random random = new Random(8);
        for (int round = 0; round < 200; round++) {
            long[] sorted = LongStream.generate(() -> random.nextLong() >>> (1 + random.nextInt(62)))
                    .limit(random.nextInt(300)).sorted().distinct().toArray();
            PackedBigrams packed = PackedBigrams.of(sorted);
            assertThat(packed.toArray()).isEqualTo(sorted);
            assertThat(packed.size()).isEqualTo(sorted.length);
            assertThat(packed).isEqualTo(PackedBigrams.of(sorted.clone())).hasSameHashCodeAs(PackedBigrams.of(sorted));
        }
    }

    @Test
    void edgeValues() {
        long[] edges = {0, 1, 127, 128, SearchText.pack(0x1FFFFF, 0x1FFFFF), Long.MAX_VALUE};
        assertThat(PackedBigrams.of(edges).toArray()).isEqualTo(edges);
        assertThat(PackedBigrams.of(new long[0])).isSameAs(PackedBigrams.EMPTY);
        assertThat(PackedBigrams.EMPTY.toArray()).isEmpty();
        assertThat(PackedBigrams.of(new long[] {1, 2})).isNotEqualTo(PackedBigrams.of(new long[] {1, 3}));
    }

    @Test
    void refusesWhatIsNotSortedAndDistinct() {
        assertThatThrownBy(() -> PackedBigrams.of(new long[] {5, 3})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PackedBigrams.of(new long[] {5, 5})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PackedBigrams.of(new long[] {-1})).isInstanceOf(IllegalArgumentException.class);
    }

    /** What it is for: a note's bigrams in far fewer than 8 bytes each (the seeds take 1.9 to 2.3). */
    @Test
    void aSeedNotesBigramsTakeUnderThreeBytesEach() {
        for (String seed : Fixtures.ALL_SEEDS) {
            BigramSet set = new BigramSet();
            set.addText(SearchText.normalise(Fixtures.seed(seed).body()));
            long[] sorted = set.sorted();
            PackedBigrams packed = PackedBigrams.of(sorted);
            assertThat(packed.toArray()).as(seed).isEqualTo(sorted);
            assertThat((double) packed.packedSize() / sorted.length).as(seed + ": " + packed).isLessThan(3.0);
        }
    }
}
