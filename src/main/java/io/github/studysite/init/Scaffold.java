package io.github.studysite.init;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a new notes repository into a folder: {@code pom.xml} with the studysite plugin, {@code content/} with one
 * example note of each kind studysite reads (STAR stories under principles, a question list, a bilingual
 * self-introduction, a study list), {@code content/_config.yml} with every setting commented, {@code .gitignore},
 * {@code .mvn/jvm.config} and the GitHub Pages workflow. The JVM options are Maven's for a short batch job: the
 * build is over before C2-compiled code would pay back its compile time, so it runs on C1 alone. As {@code hugo new site} and {@code mvn archetype:generate} do, it never overwrites:
 * when any of its files already exists it writes nothing and names every one that does, so a second run, or a run
 * in the wrong folder, cannot half-mix its files with the user's.
 */
public final class Scaffold {

    /** Shown in the workflow until the project has its home; README says so. */
    public static final String STUDYSITE_REPOSITORY = "studysite/studysite";

    private static final String RESOURCES = "/studysite/init/";

    /** A file to write and the resource it comes from (resources without dots: Maven leaves out dotfiles). */
    private record Template(String path, String resource) {
    }

    private static final List<Template> FILES = List.of(
            new Template("pom.xml", "project-pom.xml"),
            new Template(".gitignore", "gitignore"),
            new Template(".mvn/jvm.config", "mvn-jvm.config"),
            new Template(".github/workflows/pages.yml", "pages.yml"),
            new Template("content/_config.yml", "_config.yml"),
            new Template("content/principles/star-stories.md", "content/principles/star-stories.md"),
            new Template("content/questions.md", "content/questions.md"),
            new Template("content/self-introduction.md", "content/self-introduction.md"),
            new Template("content/study-list.md", "content/study-list.md"));

    /**
     * What a run did.
     *
     * @param written  the files written, relative to the folder, in order
     * @param existing the files that already existed; when there are any, nothing was written
     */
    public record Result(List<String> written, List<String> existing) {
        public Result {
            written = List.copyOf(written);
            existing = List.copyOf(existing);
        }

        public boolean refused() {
            return !existing.isEmpty();
        }
    }

    private Scaffold() {
    }

    /** The paths a scaffold writes, relative to its folder, in the order it writes them. */
    public static List<String> paths() {
        return FILES.stream().map(Template::path).toList();
    }

    /**
     * Scaffolds {@code folder} (created if missing) for {@code plugin}, or writes nothing when any of the files is
     * already there.
     *
     * @throws IOException when a file cannot be written; those written before it stay, and are all new files
     */
    public static Result into(Path folder, PluginCoordinates plugin) throws IOException {
        List<String> existing = new ArrayList<>();
        for (Template file : FILES) {
            // a dangling link is there too: writing through it would create a file wherever it points
            if (Files.exists(folder.resolve(file.path()), LinkOption.NOFOLLOW_LINKS)) {
                existing.add(file.path());
            }
        }
        if (!existing.isEmpty()) {
            return new Result(List.of(), existing);
        }
        List<String> written = new ArrayList<>();
        for (Template file : FILES) {
            Path target = folder.resolve(file.path());
            Files.createDirectories(target.getParent());
            // CREATE_NEW: a file that appeared since the check above is still not overwritten
            Files.writeString(target, fill(read(file.resource()), folder, plugin), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            written.add(file.path());
        }
        return new Result(written, List.of());
    }

    private static String fill(String template, Path folder, PluginCoordinates plugin) {
        return template.replace("@artifactId@", artifactId(folder))
                .replace("@pluginGroupId@", plugin.groupId())
                .replace("@pluginArtifactId@", plugin.artifactId())
                .replace("@pluginVersion@", plugin.version())
                .replace("@studysiteRepository@", STUDYSITE_REPOSITORY)
                .replace("@studysiteTag@", plugin.sourceTag());
    }

    /** The folder's name as a Maven artifactId ({@code My Notes} → {@code my-notes}); {@code notes} when none is left. */
    static String artifactId(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String id = name == null ? "" : name.toString().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-._]+|[-._]+$", "");
        return id.isEmpty() ? "notes" : id;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Scaffold.class.getResourceAsStream(RESOURCES + resource)) {
            if (in == null) {
                throw new IOException("missing from the plugin: " + RESOURCES + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
