package io.github.studysite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A site of {@value #NOTES} notes as a person preparing for a while has (3,006 stories, about 5,000 questions), from
 * the benchmark's corpus generator ({@code bench/CorpusGenerator.java}, run as the benchmark runs it: a single-file
 * source program on this JDK), built once per test run for the tests that only read it. Removed when the JVM exits.
 */
public final class CorpusSite {

    public static final int NOTES = 300;
    private static Path site;

    private CorpusSite() {
    }

    /** The built site folder. */
    public static synchronized Path get() {
        if (site == null) {
            try {
                Path dir = Files.createTempDirectory("studysite-corpus-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> SeedSite.delete(dir)));
                Path java = Path.of(System.getProperty("java.home"), "bin", "java");
                Path log = dir.resolve("generator.log");
                Process generator = new ProcessBuilder(java.toString(),
                        Fixtures.PROJECT.resolve("bench/CorpusGenerator.java").toString(),
                        "--notes", String.valueOf(NOTES), "--out", dir.resolve("corpus").toString())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!generator.waitFor(3, TimeUnit.MINUTES) || generator.exitValue() != 0) {
                    generator.destroyForcibly();
                    throw new AssertionError("corpus generator failed: "
                            + Files.readString(log, StandardCharsets.UTF_8));
                }
                Path project = dir.resolve("corpus/studysite");
                BuildResult result = Fixtures.build(project);
                if (!result.success()) {
                    throw new AssertionError("corpus build failed: " + result.problems());
                }
                site = project.resolve("site-output");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return site;
    }
}
