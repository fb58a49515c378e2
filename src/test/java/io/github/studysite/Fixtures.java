package io.github.studysite;

import io.github.studysite.config.SiteConfig;
import io.github.studysite.config.SiteSettings;
import io.github.studysite.source.NoteReader;
import io.github.studysite.util.TextDecoder;
import io.github.studysite.model.Note;
import io.github.studysite.problem.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Test helpers: the user's real notes (copied under src/test/resources/seeds/) and tiny sites built from strings. */
public final class Fixtures {

    /**
     * This repository's folder, found from where the test classes were loaded ({@code target/test-classes}), never
     * from the working directory: tests run from any folder, and from a clone at any path.
     */
    public static final Path PROJECT = projectFolder();
    public static final Path SEEDS = PROJECT.resolve("src/test/resources/seeds");
    public static final String SEED_000 = "000_ca69e49fd9764789.txt";
    public static final String SEED_001 = "001_39e2b3392925d8bd.txt";
    public static final String SEED_002 = "002_201329728b60437e.txt";
    public static final String SEED_003 = "003_4de0ae601899b12d.txt";
    public static final String SEED_004 = "004_05ea4aff718872b0.txt";
    public static final List<String> ALL_SEEDS = List.of(SEED_000, SEED_001, SEED_002, SEED_003, SEED_004);

    private Fixtures() {
    }

    private static Path projectFolder() {
        try {
            Path classes = Path.of(Fixtures.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path project = classes.getParent().getParent(); // target/test-classes
            if (!Files.isRegularFile(project.resolve("pom.xml"))) {
                throw new IllegalStateException("test classes are not in <project>/target/test-classes: " + classes);
            }
            return project;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SiteSettings settings() {
        return SiteSettings.titled("Test");
    }

    public static String seedText(String name) {
        try {
            return TextDecoder.normaliseNewlines(Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seed note as the load stage reads it. */
    public static Note seed(String name) {
        return note(name, seedText(name));
    }

    /** A note from inline text, as if read from {@code content/<name>}. */
    public static Note note(String name, String text) {
        Problems problems = new Problems();
        return new NoteReader(settings(), problems)
                .read("content/" + name, name, TextDecoder.normaliseNewlines(text), false)
                .orElseThrow(() -> new AssertionError("note did not load: " + problems.sorted()));
    }

    /** The {@code _config.yml} of {@link #copySeeds}: both interface languages, so tests see the English one too. */
    public static final String BILINGUAL_CONFIG = "languages: [ko, en]\n";

    /**
     * Copies the seeds into {@code project/content} with a {@code _config.yml} asking for both interface languages
     * ({@link #BILINGUAL_CONFIG}; a test that writes its own {@code _config.yml} replaces it).
     */
    public static void copySeeds(Path project) throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        for (String seed : ALL_SEEDS) {
            Files.copy(SEEDS.resolve(seed), content.resolve(seed));
        }
        write(project, "content/_config.yml", BILINGUAL_CONFIG);
    }

    /** Writes a file under {@code dir}, creating folders. */
    public static Path write(Path dir, String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the seeds into {@code project}, builds it, checks the build succeeded; returns the site folder. */
    public static Path buildSeeds(Path project) throws IOException {
        copySeeds(project);
        BuildResult result = build(project);
        if (!result.success()) {
            throw new AssertionError("seed build failed: " + result.problems());
        }
        return project.resolve("site-output");
    }

    /** Builds the project at {@code project} with the default layout. */
    public static BuildResult build(Path project) {
        return new SiteBuilder(SiteConfig.builder(project).build()).build();
    }

    /** Builds {@code project}, which must succeed (the problems are the failure's message), and returns the site. */
    public static Path builtSite(Path project) {
        BuildResult result = build(project);
        org.assertj.core.api.Assertions.assertThat(result.success()).as("%s", result.problems()).isTrue();
        return project.resolve("site-output");
    }

    /** A page of a built site, parsed as a browser would. */
    public static org.jsoup.nodes.Document page(Path site, String path) {
        return org.jsoup.Jsoup.parse(read(site.resolve(path)));
    }
}
