package io.github.studysite.config;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which folder holds the notes. The convention is {@code content/}; a Jekyll site (a GitHub Pages blog) keeps its
 * posts at the repository's root instead, so a project without {@code content/} whose root holds {@code _config.yml}
 * or {@code _posts/} is read from the project folder itself, as {@code jekyll build} reads it. Only the conventional
 * folder falls back: a content folder the user named and that is missing stays missing (the build says so).
 */
public final class ContentFolder {

    /** The conventional notes folder, relative to the project. */
    public static final String DEFAULT = "content";

    /** What marks a Jekyll site at a folder's root, in the order they are named in the log. */
    private static final List<String> JEKYLL_SIGNS = List.of(SettingsLoader.CONFIG_FILE, "_posts");

    private ContentFolder() {
    }

    /** {@code content}, or {@code project} when {@code content} is the missing default and the project is Jekyll's. */
    static Path choose(Path project, Path content) {
        if (!content.equals(project.resolve(DEFAULT)) || Files.exists(content, LinkOption.NOFOLLOW_LINKS)) {
            return content;
        }
        return jekyllSign(project).isPresent() ? project : content;
    }

    /** The first sign of a Jekyll site at {@code folder}'s root ({@code _config.yml}, {@code _posts/}), if any. */
    private static Optional<String> jekyllSign(Path folder) {
        return JEKYLL_SIGNS.stream().filter(name -> Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS))
                .findFirst();
    }

    /**
     * The log line that says the notes are read from the project folder itself, and why; empty for a build that
     * reads a folder of its own.
     */
    public static Optional<String> readingTheProject(SiteConfig config) {
        if (!config.contentDir().equals(config.baseDir())) {
            return Optional.empty();
        }
        String why = Files.exists(config.baseDir().resolve(DEFAULT), LinkOption.NOFOLLOW_LINKS) ? ""
                : jekyllSign(config.baseDir()).map(sign -> " (there is no " + DEFAULT + "/ folder, and " + sign
                        + " at its root makes it a Jekyll site)").orElse("");
        return Optional.of("Reading the notes from the project folder itself" + why + "; the output folder, "
                + "templates/, target/ and hidden folders are left out");
    }
}
