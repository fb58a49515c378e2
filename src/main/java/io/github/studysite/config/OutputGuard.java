package io.github.studysite.config;

import io.github.studysite.publish.SiteWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides, before anything is built, whether the output folder may be replaced at all. A build swaps the whole output
 * folder, so an output set by mistake to the project itself, to {@code content/} or {@code templates/}, to the home
 * folder, or to a folder that holds one of them would delete someone's notes; one inside {@code content/} (say
 * {@code content/java}) would delete the notes there with {@code force}, and one inside {@code templates/} would be
 * read back as theme files. These are refused even with {@code force}: nothing can be worth that. A Jekyll site read
 * from the project folder itself ({@link ContentFolder}) has its output inside its notes by necessity: there an output
 * is refused only when {@code force} would delete files studysite did not write. Paths are compared after resolving
 * symbolic links, so {@code out -> content} is caught too. Whether a non-empty folder was made by studysite is
 * {@code SiteWriter}'s check, the one {@code force} overrides.
 */
public final class OutputGuard {

    private OutputGuard() {
    }

    /** Why the output folder must not be used, or empty when it may. */
    public static Optional<String> refusal(SiteConfig config) {
        Path out = real(config.outputDir());
        Optional<String> clash = clash(out, real(config.baseDir()), "the project folder")
                .or(() -> clash(out, real(config.contentDir()), "the content folder"))
                .or(() -> clash(out, real(config.templatesDir()), "the templates folder"));
        String home = System.getProperty("user.home");
        if (clash.isEmpty() && home != null && !home.isBlank()) {
            clash = clash(out, real(Path.of(home)), "your home folder");
        }
        if (clash.isPresent()) {
            return Optional.of(clash.get() + "; building there would replace or mix with your own files. Choose a "
                    + "folder of its own, such as site-output/ (force does not override this)");
        }
        if (out.startsWith(real(config.templatesDir()))) {
            return Optional.of("the output folder is inside the templates folder, so the next build would read the "
                    + "previous site as theme files. Choose a folder outside it, such as site-output/ (force does not "
                    + "override this)");
        }
        Path content = real(config.contentDir());
        if (out.startsWith(content) && !content.equals(real(config.baseDir()))) {
            return Optional.of("the output folder is inside the content folder, where replacing it would delete the "
                    + "notes it holds. Choose a folder outside it, such as site-output/ (force does not override "
                    + "this)");
        }
        if (out.startsWith(content) && config.force() && holdsForeignFiles(out)) {
            return Optional.of("force would delete files studysite did not write inside the project folder, which "
                    + "holds the notes here; they may be notes. Empty the folder or choose another output folder");
        }
        return Optional.empty();
    }

    private static boolean holdsForeignFiles(Path dir) {
        try {
            return SiteWriter.holdsForeignFiles(dir);
        } catch (IOException e) {
            return true; // cannot tell what it holds: assume the worst
        }
    }

    /** A description of how {@code out} covers {@code folder}, if it does. */
    private static Optional<String> clash(Path out, Path folder, String name) {
        if (out.equals(folder)) {
            return Optional.of("the output folder is " + name);
        }
        if (folder.startsWith(out)) {
            return Optional.of("the output folder contains " + name);
        }
        return Optional.empty();
    }

    /**
     * The path with symbolic links resolved as far as it exists: the real path of its nearest existing ancestor, with
     * the missing rest appended.
     */
    public static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
