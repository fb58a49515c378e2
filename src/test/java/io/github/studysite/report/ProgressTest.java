package io.github.studysite.report;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives {@link Progress} with a hand-moved clock: what is logged depends on the clock readings, never on timing. */
class ProgressTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Progress progress = new Progress(lines::add, now::get, Duration.ofSeconds(2), Duration.ofSeconds(2));

    private void advanceClock(double seconds) {
        now.addAndGet((long) (seconds * 1e9));
    }

    @Test
    void aShortBuildSaysNothing() {
        Progress.Phase reading = progress.begin("Reading notes", 5);
        for (int i = 0; i < 5; i++) {
            advanceClock(0.3);
            reading.advance();
        }
        assertThat(lines).isEmpty();
    }

    @Test
    void aLongBuildReportsItsPhaseAtMostOncePerInterval() {
        Progress.Phase parsing = progress.begin("Parsing notes", 10_000);
        advanceClock(1.9);
        parsing.advance();
        assertThat(lines).isEmpty();

        advanceClock(0.1);
        parsing.advance();
        assertThat(lines).containsExactly("Parsing notes: 2 of 10,000 (0%), 2.0 s");

        for (int i = 0; i < 4_998; i++) {
            parsing.advance();
        }
        advanceClock(1.5);
        parsing.advance();
        assertThat(lines).hasSize(1);

        advanceClock(0.5);
        parsing.advance();
        assertThat(lines).containsExactly("Parsing notes: 2 of 10,000 (0%), 2.0 s",
                "Parsing notes: 5,002 of 10,000 (50%), 4.0 s");
    }

    @Test
    void theLineNamesThePhaseBeingAdvanced() {
        Progress.Phase reading = progress.begin("Reading notes", 3);
        reading.advance();
        Progress.Phase writing = progress.begin("Writing pages", 1_003);
        advanceClock(12.34);
        writing.advance();
        assertThat(lines).containsExactly("Writing pages: 1 of 1,003 (0%), 12.3 s");
        assertThat(progress.elapsed()).isEqualTo(Duration.ofMillis(12_340));
    }

    @Test
    void anUnknownTotalShowsTheCountAlone() {
        Progress.Phase copying = progress.begin("Copying files", 0);
        advanceClock(3);
        copying.advance();
        assertThat(lines).containsExactly("Copying files: 1, 3.0 s");
    }

    @Test
    void advanceHandsItsValueOnForStreams() {
        Progress.Phase phase = progress.begin("Parsing notes", 2);
        assertThat(IntStream.range(0, 2).mapToObj(i -> phase.advance("note " + i)).toList())
                .containsExactly("note 0", "note 1");
        assertThat(phase.done()).isEqualTo(2);
        assertThat(phase.total()).isEqualTo(2);
    }

    @Test
    void threadsCountEveryItemAndShareOneLinePerInterval() {
        Progress.Phase parsing = progress.begin("Parsing notes", 100_000);
        advanceClock(5);
        IntStream.range(0, 100_000).parallel().forEach(i -> parsing.advance());
        assertThat(parsing.done()).isEqualTo(100_000);
        assertThat(lines).hasSize(1);
    }

    @Test
    void silentNeverLogs() {
        Progress.Phase phase = Progress.silent().begin("Reading notes", 1);
        phase.advance();
        assertThat(phase.done()).isEqualTo(1);
    }
}
