package io.github.studysite;

import io.github.studysite.publish.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A build killed outright ({@code kill -9}) while it writes leaves {@code site-output/} as either the previous site,
 * byte for byte, or the complete new one — never a mixture, never missing — touches nothing else, and the next build
 * cleans up after it.
 */
class InterruptedBuildIT {

    @TempDir
    Path project;

    @TempDir
    Path logs;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void killingABuildWhileItWritesNeverLeavesAHalfWrittenSite() throws IOException, InterruptedException {
        Fixtures.write(project, "content/a.md", "# Previous\n");
        assertThat(Fixtures.build(project).success()).isTrue();
        Map<String, String> previous = snapshot(project.resolve("site-output"));

        // the next version: many pages, so that writing them takes a while
        for (int i = 0; i < 400; i++) {
            Fixtures.write(project, "content/n" + i + ".md", "# Note " + i + "\n\n" + "본문 문장입니다. ".repeat(400) + "\n");
        }
        Fixtures.write(project, "content/a.md", "# Next\n");
        Map<String, String> content = snapshot(project.resolve("content"));

        for (int delayMillis : new int[] {0, 40, 200}) {
            Process build = ForkedMain.start(List.of("-Xmx256m"), logs, project.toString());
            boolean staged = waitForStaging(build);
            Thread.sleep(delayMillis);
            build.destroyForcibly().waitFor();
            Map<String, String> site = snapshot(siteOrSetAside());
            if (!site.equals(previous)) {
                assertThat(site).as("killed %d ms after staging began (staged: %s)", delayMillis, staged)
                        .containsKey("notes/n399/index.html").containsKey(SiteWriter.MARKER);
                assertThat(site.get("notes/a/index.html")).contains("Next");
                assertThat(site).hasSize(previous.size() + 400);
            }
            assertThat(snapshot(project.resolve("content"))).isEqualTo(content);
        }
        assertThat(Fixtures.build(project).success()).isTrue();
        try (Stream<Path> entries = Files.list(project)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content",
                    "site-output");
        }
    }

    /**
     * The output folder — or, if the kill landed in the instant between the swap's two renames, the previous site
     * set aside beside it, which the next build puts back (see {@code SiteWriterTest}).
     */
    private Path siteOrSetAside() throws IOException {
        Path out = project.resolve("site-output");
        if (Files.exists(out)) {
            return out;
        }
        try (Stream<Path> entries = Files.list(project)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".site-output.old-")).findFirst()
                    .orElseThrow(() -> new AssertionError("site-output is gone and was not set aside"));
        }
    }

    /** Waits until the build has begun writing (its staging folder exists), or has ended. */
    private boolean waitForStaging(Process build) throws IOException, InterruptedException {
        while (build.isAlive()) {
            try (Stream<Path> entries = Files.list(project)) {
                if (entries.anyMatch(p -> p.getFileName().toString().startsWith(".site-output.tmp-"))) {
                    return true;
                }
            }
            Thread.sleep(5);
        }
        return false;
    }

    /** Every file under {@code dir} with its content. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Fixtures.read(file));
            }
        }
        return files;
    }
}
