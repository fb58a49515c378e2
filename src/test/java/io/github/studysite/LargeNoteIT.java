package io.github.studysite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 50 MB note — the user's own notes pasted over and over, Korean, tab-indented answers, tables of contents and all —
 * builds in a JVM capped at 1 GB of heap, less than the default heap (a quarter of the memory) of any machine with
 * 4 GB or more. The margin is thin: measured 2026-11-24 with the default G1 collector, 1 GB passed 8 of 8 runs (some
 * with the machine's cores kept busy), 900 MB and 800 MB each failed a run (while parsing, where flexmark holds the
 * tree, its output lines and the HTML at once; and while writing). It failed once in CI at 1 GB with the page of
 * each interface language and the search entry unpacking the 50 MB body at the same time, which
 * {@code text.UnpackBudget} now serialises.
 */
class LargeNoteIT {

    static final long SIZE = 50L * 1024 * 1024;

    @TempDir
    Path project;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES) // a memory bound, not a speed test: a loaded machine may take minutes
    void aFiftyMegabyteNoteBuildsWithinAGigabyteOfHeap() throws IOException, InterruptedException {
        Path note = Files.createDirectories(project.resolve("content")).resolve("huge.txt");
        long written = 0;
        try (Writer out = Files.newBufferedWriter(note, StandardCharsets.UTF_8)) {
            out.write("---\ntitle: 50 MB\nbreaks: true\n---\n");
            while (written < SIZE) {
                for (String seed : Fixtures.ALL_SEEDS) {
                    String text = Fixtures.seedText(seed).replaceFirst("(?s)^---\n.*?\n---\n", "") + "\n\n";
                    out.write(text);
                    written += text.getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
        assertThat(Files.size(note)).isGreaterThanOrEqualTo(SIZE);
        Path logs = Files.createDirectories(project.resolve("logs"));
        Process build = ForkedMain.start(List.of("-Xmx1g"), logs, project.toString());
        assertThat(build.waitFor(18, TimeUnit.MINUTES)).as("the build ended").isTrue();
        assertThat(build.exitValue()).as(Fixtures.read(logs.resolve("err.log"))).isZero();
        assertThat(Fixtures.read(logs.resolve("err.log"))).doesNotContain("OutOfMemoryError", "Exception");
        Path page = project.resolve("site-output/notes/huge/index.html");
        assertThat(Files.size(page)).isGreaterThan(SIZE);
    }
}
