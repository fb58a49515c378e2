package io.github.studysite;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data flow only looks forward: a package of the main code refers (by import or by full name) only to packages
 * before it in {@link #ORDER}, so no two packages depend on each other and a stage never reaches into a later one.
 */
class PackageDirectionTest {

    /**
     * Leaves and shared services first (the problems, the model, utilities, progress, the safety checks, the
     * {@code Output} every writing stage writes to with the link check over it, the cache), then the stages in
     * pipeline order, then the facade, the preview and the entry points. {@code (base)} is
     * {@code io.github.studysite} itself.
     */
    private static final List<String> ORDER = List.of(
            "problem", "model", "util", "report", "safety", "publish", "cache",
            "config", "source", "markdown", "liquid", "extract", "address", "link", "coach", "render", "search",
            "practice", "export",
            "(base)", "serve", "init", "cli", "maven");

    private static final Path SOURCES = Fixtures.PROJECT.resolve("src/main/java/io/github/studysite");
    private static final Pattern REFERENCE = Pattern.compile("io\\.github\\.studysite\\.(?:([a-z]+)\\.)?[A-Z]");

    @Test
    void everyPackageRefersOnlyToPackagesBeforeIt() throws IOException {
        List<String> backwards = new ArrayList<>();
        TreeSet<String> unplaced = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String from = packageOf(file);
                if (!ORDER.contains(from)) {
                    unplaced.add(from);
                    continue;
                }
                Matcher m = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                TreeSet<String> targets = new TreeSet<>();
                while (m.find()) {
                    targets.add(m.group(1) == null ? "(base)" : m.group(1));
                }
                for (String to : targets) {
                    if (!to.equals(from) && !(ORDER.indexOf(to) >= 0 && ORDER.indexOf(to) < ORDER.indexOf(from))) {
                        backwards.add(from + " -> " + to + " (" + SOURCES.relativize(file) + ")");
                    }
                }
            }
        }
        assertThat(unplaced).as("packages missing from the order").isEmpty();
        assertThat(backwards).as("references to a later package, or to itself in a cycle").isEmpty();
    }

    @Test
    void theOrderNamesEveryPackageOfTheMainCodeOnce() throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> packages.add(packageOf(f)));
        }
        assertThat(ORDER).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(ORDER)).isEqualTo(packages);
    }

    private static String packageOf(Path file) {
        Path folder = SOURCES.relativize(file).getParent();
        return folder == null ? "(base)" : folder.toString().replace(java.io.File.separatorChar, '.');
    }
}
