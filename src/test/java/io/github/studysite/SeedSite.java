package io.github.studysite;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The seed notes built once per test run, for the tests that only read the finished site (validity, printing, page
 * structure): one build instead of one per test class. Removed when the test JVM exits.
 */
public final class SeedSite {

    private static Path site;

    private SeedSite() {
    }

    /** The built site folder. */
    public static synchronized Path get() {
        if (site == null) {
            try {
                Path project = Files.createTempDirectory("studysite-seeds-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(project)));
                site = Fixtures.buildSeeds(project);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    /** A page of the site, parsed. */
    public static Document page(String path) {
        return Jsoup.parse(Fixtures.read(get().resolve(path)));
    }

    /** Removes a temporary folder the tests made, as far as it can. */
    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
