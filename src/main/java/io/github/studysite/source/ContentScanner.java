package io.github.studysite.source;

import io.github.studysite.cache.FileStamp;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lists what is in the content folder the way Jekyll 4.3 reads a site's source, so that what a Jekyll repository
 * keeps off its site stays off this one:
 * <ul>
 * <li>notes: files matching the include globs (their extension compared in lower case, {@code Salary.MD});
 *     under {@code _posts/} only those named {@code YYYY-MM-DD-title} (the others are counted in one warning, as
 *     people keep drafts there by that rule); under {@code _drafts/}, drafts;</li>
 * <li>data: {@code _data/**}{@code /*.yml};</li>
 * <li>assets, copied as they are: every other file, except what is never published — names starting with
 *     {@code .}, {@code _}, {@code #} or {@code ~} and what {@code exclude} (with Jekyll's default excludes) names,
 *     unless {@code include} names it; everything under {@code _drafts/}, {@code _posts/}, {@code _data/} and other
 *     {@code _} folders; and, each with a warning, editor and merge backups, note files the globs leave out,
 *     templates with front matter (Jekyll would render {@code feed.xml} or {@code category/x.html}; studysite does
 *     not publish them raw), and documents that would run script in the site's origin ({@link ActiveContent}).</li>
 * </ul>
 * Nothing outside the folder is read: symbolic links are not followed, version control folders are never entered,
 * names are taken whole (a name holding a backslash, {@code ..\..\x.md}, is refused with a warning rather than
 * ever being read as a path), and the folders the build names (its output, its templates, Maven's {@code target/})
 * are left out when they lie inside the content folder, as they do when a whole repository is the content.
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

    /** Folders no build reads, whatever {@code include} says: version control holds history and credentials. */
    private static final Set<String> NEVER_ENTERED = Set.of(".git", ".hg", ".svn");
    /** Jekyll's own folders: never published, even when {@code include} names them. */
    private static final Set<String> JEKYLL_FOLDERS = Set.of("_layouts", "_includes", "_sass", "_site", "_plugins",
            "_data", "_drafts", "_posts");
    /** Jekyll's {@code has_yaml_header?} test of a file's first line. */
    private static final Pattern FRONT_MATTER = Pattern.compile("---[ \\t]*\\r?\\n");

    private final List<PathMatcher> includes;
    private final JekyllGlobs excludes;
    private final JekyllGlobs forced;
    private final Function<Path, String> display;
    private final Problems problems;
    private final Set<Path> skipped;

    /** A scanner with Jekyll's default {@code include} and no folder left out. */
    public ContentScanner(List<String> includes, List<String> excludes, Function<Path, String> display,
                          Problems problems) {
        this(includes, excludes, List.of(), display, problems, List.of());
    }

    /**
     * @param includes note file globs
     * @param excludes Jekyll {@code exclude} patterns and the build's own excludes; Jekyll's defaults are added
     * @param forced   Jekyll {@code include}: names published although they start with {@code .} or {@code _} or
     *                 are excluded; empty for Jekyll's default ({@code .htaccess})
     * @param skipped  folders left out of the scan, by real path: the site's own output when it lives inside the
     *                 content folder (as Jekyll's {@code _site} does; else each build would publish the previous
     *                 one), the templates, build folders
     */
    public ContentScanner(List<String> includes, List<String> excludes, List<String> forced,
                          Function<Path, String> display, Problems problems, Collection<Path> skipped) {
        this.includes = matchers(includes);
        List<String> allExcludes = new ArrayList<>(excludes);
        allExcludes.addAll(JekyllGlobs.DEFAULT_EXCLUDES);
        this.excludes = new JekyllGlobs(allExcludes);
        this.forced = new JekyllGlobs(forced.isEmpty() ? JekyllGlobs.DEFAULT_INCLUDES : forced);
        this.display = display;
        this.problems = problems;
        this.skipped = skipped.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
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
        List<String> notPosts = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = dir.getFileName().toString();
                if (skipped.contains(dir) || NEVER_ENTERED.contains(name)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                String rel = relative(root, dir);
                String refused = FileNames.refusal(name);
                if (refused != null) {
                    problems.warn(Stage.SOURCE, display.apply(contentDir.resolve(root.relativize(dir))), 0, 0,
                            "folder skipped: " + refused + "; rename it");
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return enter(rel, name) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path real, BasicFileAttributes attrs) {
                Path file = contentDir.resolve(root.relativize(real));
                String rel = relative(root, real);
                String name = real.getFileName().toString();
                String refused = FileNames.refusal(name);
                if (refused != null) {
                    problems.warn(Stage.SOURCE, display.apply(file), 0, 0, "skipped: " + refused + "; rename the file");
                    return FileVisitResult.CONTINUE;
                }
                boolean included = forced.matches(rel, false) || forced.matches(name, false);
                if (excludes.matches(rel, false) && !included) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    problems.warn(Stage.SOURCE, display.apply(file), 0, 0,
                            "symbolic link not followed: links could publish files from outside the content folder");
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                if (FileNames.backup(name)) {
                    problems.warn(Stage.SOURCE, display.apply(file), 0, 0, "skipped: an editor or merge backup, which "
                            + "may hold what the note no longer shows, private parts included; delete it or list it "
                            + "under exclude");
                    return FileVisitResult.CONTINUE;
                }
                if (special(name) && !included) {
                    return FileVisitResult.CONTINUE;
                }
                Entry entry = new Entry(file, rel, FileStamp.of(attrs));
                if (rel.startsWith("_data/")) {
                    String ext = FileNames.extension(name);
                    if (ext.equals("yml") || ext.equals("yaml")) {
                        data.add(entry);
                    }
                } else if (PostName.inPosts(rel)) {
                    post(entry, name, notes, notPosts);
                } else if (entry.inDrafts()) {
                    if (isNote(rel)) {
                        notes.add(entry);
                    }
                } else if (isNote(rel) && !FileNames.webFile(rel)) {
                    notes.add(entry);
                } else if (publishable(entry, name, attrs.size())) {
                    assets.add(entry);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path real, IOException exc) {
                Path file = contentDir.resolve(root.relativize(real));
                problems.error(Stage.SOURCE, display.apply(file), 0, 0, "cannot read: " + exc.getMessage());
                return FileVisitResult.CONTINUE;
            }
        });
        if (!notPosts.isEmpty()) {
            String example = notPosts.stream().min(String::compareTo).orElseThrow();
            problems.warn(Stage.SOURCE, display.apply(contentDir.resolve(example)), 0, 0, notPosts.size() == 1
                    ? "not published: under _posts/ only posts named YYYY-MM-DD-title, with a note's "
                    + "extension, are"
                    : notPosts.size() + " files under _posts/ are not published, this one among them: only posts "
                    + "named YYYY-MM-DD-title, with a note's extension, are");
        }
        notes.sort(Entry.BY_PATH);
        data.sort(Entry.BY_PATH);
        assets.sort(Entry.BY_PATH);
        return new Scan(notes, data, assets);
    }

    /** Whether the walk goes into the folder at {@code rel}: Jekyll's entry filter, and its own folders. */
    private boolean enter(String rel, String name) {
        boolean included = forced.matches(rel, true) || forced.matches(name, true);
        if (excludes.matches(rel, true) && !included) {
            return false;
        }
        if (name.startsWith("_")) {
            // Jekyll reads these; an _-folder inside them is as special as anywhere (_posts/_old/ is not read)
            if (name.equals("_posts") || name.equals("_drafts") || rel.equals("_data")) {
                return true;
            }
            return included && !JEKYLL_FOLDERS.contains(name);
        }
        return !special(name) || included;
    }

    /** A file under {@code _posts/}: a note when named as a post, else counted in {@code notPosts}. */
    private void post(Entry entry, String name, List<Entry> notes, List<String> notPosts) {
        if (isNote(entry.contentPath()) && PostName.of(entry.contentPath()).isPresent()) {
            notes.add(entry);
        } else if (isNote(entry.contentPath()) && PostName.datedName(name)) {
            problems.error(Stage.SOURCE, display.apply(entry.file()), 0, 0, "the date in the file name is not a day "
                    + "of the calendar; name the post YYYY-MM-DD-title with a real date");
        } else {
            notPosts.add(entry.contentPath());
        }
    }

    /**
     * Whether a file that is not a note is copied to the site; when it is not, says why once.
     */
    private boolean publishable(Entry entry, String name, long size) {
        String why;
        try {
            if (FileNames.noteLike(name) && !FileNames.webFile(entry.contentPath())) {
                why = "a note file that the includes globs leave out; it is not copied either, as it may hold "
                        + "private text";
            } else if (hasFrontMatter(entry.file())) {
                why = "it starts with front matter, so Jekyll would render it as a Liquid template (a feed, a "
                        + "sitemap, a category page); studysite renders notes only and does not publish templates "
                        + "raw";
            } else if (ActiveContent.checked(name)) {
                String reason = ActiveContent.reason(entry.file(), size);
                why = reason == null ? null : "not published: " + reason + ", which would run in the site's origin "
                        + "and could read every page of it; link to it from elsewhere, or remove the script";
            } else {
                why = null;
            }
        } catch (IOException e) {
            problems.error(Stage.SOURCE, display.apply(entry.file()), 0, 0, "cannot read: " + e.getMessage());
            return false;
        }
        if (why != null) {
            problems.warn(Stage.SOURCE, display.apply(entry.file()), 0, 0,
                    why.startsWith("not published") ? why : "skipped: " + why);
        }
        return why == null;
    }

    /** Jekyll's {@code has_yaml_header?}: the first line is {@code ---} (a UTF-8 byte order mark allowed). */
    private static boolean hasFrontMatter(Path file) throws IOException {
        byte[] head = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00EF\u00BB\u00BF")) {
            start = start.substring(3);
        }
        return FRONT_MATTER.matcher(start).lookingAt();
    }

    /** Jekyll's special names: not published unless {@code include} names them. */
    private static boolean special(String name) {
        char c = name.charAt(0);
        return c == '.' || c == '_' || c == '#' || c == '~';
    }

    private boolean isNote(String rel) {
        return matches(includes, rel) || matches(includes, FileNames.lowerExtension(rel));
    }

    /** The path relative to the root, its names joined with {@code /}, each name kept whole. */
    private static String relative(Path root, Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path part : root.relativize(path)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
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
