package io.github.studysite.load;

import io.github.studysite.cache.FileStamp;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Lists what is in the content folder, Jekyll's way: note files (matching the include globs, not the excludes),
 * {@code _data/*.yml} data files, and every other visible file as a static asset copied to the site. Names starting
 * with {@code .} or {@code _} are not published ({@code _drafts/} holds draft notes). Symbolic links are never
 * followed: a link could lead the build to read, and publish, files from anywhere on the machine.
 */
public final class ContentScanner {

    /** What the scan found, each list sorted by path so that builds are deterministic. */
    public record Scan(List<Entry> notes, List<Entry> dataFiles, List<Entry> assets) {
        public Scan {
            notes = List.copyOf(notes);
            dataFiles = List.copyOf(dataFiles);
            assets = List.copyOf(assets);
        }
    }

    /**
     * A file found in the content folder.
     *
     * @param file        absolute path
     * @param contentPath relative to the content folder, forward slashes
     * @param stamp       its size and modification time as the scan saw them, so that whoever memoises reading it
     *                    need not ask the file system again (a second {@code stat} of every file, every build)
     */
    public record Entry(Path file, String contentPath, FileStamp stamp) {
        /** The order a scan lists entries in. */
        public static final Comparator<Entry> BY_PATH = Comparator.comparing(Entry::contentPath);

        /** Whether the file lives under {@code _drafts/}. */
        public boolean inDrafts() {
            return contentPath.startsWith("_drafts/") || contentPath.contains("/_drafts/");
        }
    }

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final Function<Path, String> display;
    private final Problems problems;
    private final java.util.Set<Path> skipped;

    public ContentScanner(List<String> includes, List<String> excludes, Function<Path, String> display,
                          Problems problems) {
        this(includes, excludes, display, problems, List.of());
    }

    /**
     * @param skipped folders left out of the scan, real paths: the site's own output, the theme and the build folder
     *                when they live inside the content folder (a Jekyll site read from the project's root): else each
     *                build would publish the previous one, and the theme and compiled classes as notes and assets
     */
    public ContentScanner(List<String> includes, List<String> excludes, Function<Path, String> display,
                          Problems problems, java.util.Collection<Path> skipped) {
        this.includes = matchers(includes);
        this.excludes = matchers(excludes);
        this.display = display;
        this.problems = problems;
        this.skipped = java.util.Set.copyOf(skipped);
    }

    public Scan scan(Path contentDir) throws IOException {
        List<Entry> notes = new ArrayList<>();
        List<Entry> data = new ArrayList<>();
        List<Entry> assets = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) {
            return new Scan(notes, data, assets);
        }
        // The folder the user named may itself be a link (content -> ~/Dropbox/notes): that one is followed, as the
        // user chose it; links found inside it are not. Entries keep the user's path, for readable reports.
        Path root = contentDir.toRealPath();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                if (skipped.contains(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                String name = dir.getFileName().toString();
                if (name.startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (name.startsWith("_") && !name.equals("_data") && !name.equals("_drafts") && !name.equals("_posts")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path real, BasicFileAttributes attrs) {
                String rel = root.relativize(real).toString().replace('\\', '/');
                Path file = contentDir.resolve(rel);
                if (attrs.isSymbolicLink()) {
                    problems.warn(Stage.LOAD, display.apply(file), 0, 0,
                            "symbolic link not followed: links could publish files from outside the content folder");
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                String name = file.getFileName().toString();
                if (name.startsWith(".") || matches(excludes, rel)) {
                    return FileVisitResult.CONTINUE;
                }
                Entry entry = new Entry(file, rel, FileStamp.of(attrs));
                if (rel.startsWith("_data/")) {
                    if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                        data.add(entry);
                    }
                } else if (name.startsWith("_")) {
                    return FileVisitResult.CONTINUE;
                } else if (matches(includes, rel)) {
                    notes.add(entry);
                } else {
                    assets.add(entry);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path real, IOException exc) {
                Path file = contentDir.resolve(root.relativize(real).toString());
                problems.error(Stage.LOAD, display.apply(file), 0, 0, "cannot read: " + exc.getMessage());
                return FileVisitResult.CONTINUE;
            }
        });
        notes.sort(Entry.BY_PATH);
        data.sort(Entry.BY_PATH);
        assets.sort(Entry.BY_PATH);
        return new Scan(notes, data, assets);
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String glob : globs) {
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            // "**/*.md" should also match "a.md" at the top, as it does in Jekyll, Hugo and Ant.
            if (glob.startsWith("**/")) {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        }
        return out;
    }

    private static boolean matches(List<PathMatcher> matchers, String rel) {
        Path path = Path.of(rel);
        for (PathMatcher m : matchers) {
            if (m.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
