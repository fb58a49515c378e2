package io.github.studysite.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Installs an npm package for a browser test, once, under {@code target/}. npm gets a log file and its own stdin,
 * never this JVM's: under failsafe stdin and stdout are the channel to Maven, and a child inheriting them breaks the
 * whole run ("std/in stream corrupted").
 */
final class Npm {

    /** Long enough for a cold npm cache on a slow mirror; a hung install fails the test instead of the CI job. */
    private static final long MINUTES = 8;

    private Npm() {
    }

    /**
     * Installs {@code spec} ({@code axe-core@4.14.1}) into {@code prefix} unless {@code installed} exists.
     *
     * @param installed a file the package contains, which says it is installed
     * @throws IllegalStateException when npm fails, times out or does not leave {@code installed}, with npm's log
     */
    static void install(Path prefix, String spec, Path installed) throws IOException, InterruptedException {
        if (Files.isRegularFile(installed)) {
            return;
        }
        Files.createDirectories(prefix);
        Path log = prefix.resolve("npm-install-" + spec.replaceAll("[^A-Za-z0-9.-]", "_") + ".log");
        Process npm = new ProcessBuilder("npm", "install", "--prefix", prefix.toString(), "--no-audit", "--no-fund",
                "--no-save", spec).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = npm.waitFor(MINUTES, TimeUnit.MINUTES);
        if (!done) {
            npm.destroyForcibly();
        }
        if (!done || npm.exitValue() != 0 || !Files.isRegularFile(installed)) {
            throw new IllegalStateException("npm could not install " + spec + (done ? "" : " in " + MINUTES
                    + " minutes") + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
    }
}
