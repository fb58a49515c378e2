package io.github.studysite.render;

import io.github.studysite.address.NoteIndex;
import io.github.studysite.address.Urls;
import io.github.studysite.model.Note;
import io.github.studysite.markdown.LinkRewriter;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves the links and images written in one note against the site: a link to another note file
 * ({@code other.md#part}) goes to that note's page, a relative path to a file in the content folder goes to its copy
 * in the site, and a site-absolute path ({@code /images/a.png}) is made relative so the site works under any base
 * URL (through {@link #LANG_ROOT} and {@link #SITE_ROOT}, resolved per page). Anchors, external URLs and {@code mailto:} stay as written. A local target that does not exist is reported as
 * a warning at the link's line — the page still builds, as the link may point at something hosted elsewhere. What
 * the renderer leaves out for safety (a {@code javascript:} link, a {@code <script>}) is reported here too.
 */
public final class NoteLinks implements LinkRewriter {

    /**
     * Stands, in a rendered body, for the path from the note's page to its language's home. A body is rendered once
     * and shown in every interface language, whose pages sit at different depths ({@code notes/x/},
     * {@code en/notes/x/}); the page writer puts the real prefix in place of this token.
     */
    public static final String LANG_ROOT = "@@studysite-lang-root@@";
    /** Likewise for the path to the output root, where the content folder's files are copied. */
    public static final String SITE_ROOT = "@@studysite-site-root@@";

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Note note;
    private final String page;
    private final NoteIndex notes;
    private final Set<String> assets;
    private final Urls urls;
    private final Problems problems;

    /**
     * @param note     the note whose links these are
     * @param page     the output path of its page
     * @param notes    every note's page
     * @param assets   content paths of the files copied to the site
     * @param urls     link style
     * @param problems where missing targets are reported
     */
    public NoteLinks(Note note, String page, NoteIndex notes, Set<String> assets, Urls urls, Problems problems) {
        this.note = note;
        this.page = page;
        this.notes = notes;
        this.assets = assets;
        this.urls = urls;
        this.problems = problems;
    }

    @Override
    public String rewrite(String url, boolean image, Place at) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || SCHEME.matcher(url).find()) {
            return url;
        }
        int cut = indexOfAny(url, '#', '?');
        String pathPart = cut < 0 ? url : url.substring(0, cut);
        String suffix = cut < 0 ? "" : url.substring(cut);
        if (pathPart.isEmpty()) {
            return url;
        }
        String decoded = decode(pathPart);
        Optional<String> target = pathPart.startsWith("/")
                ? normalise("", decoded.substring(1))
                : normalise(directoryOf(note.contentPath()), decoded);
        if (target.isPresent()) {
            String contentPath = target.get();
            Optional<String> notePage = notes.pageOf(contentPath);
            if (notePage.isPresent()) {
                return LANG_ROOT + urls.display(notePage.get()) + suffix;
            }
            if (assets.contains(contentPath)) {
                return SITE_ROOT + encode(contentPath) + suffix;
            }
            if (contentPath.isEmpty() || contentPath.endsWith("/")) {
                return SITE_ROOT + contentPath + suffix;
            }
        }
        problems.warn(Stage.MARKDOWN, note.sourcePath(), at.line(), at.column(),
                (image ? "image" : "link") + " target not found: " + url
                        + (target.isEmpty() ? " (it points outside the content folder)" : ""));
        return url;
    }

    /** What the renderer dropped for safety, reported at its line so the author knows why it is missing. */
    @Override
    public void removedUnsafe(List<String> removed, Place at) {
        problems.warn(Stage.MARKDOWN, note.sourcePath(), at.line(), at.column(),
                "removed from the page as unsafe: " + String.join(", ", removed) + " (they could run scripts in "
                        + "readers' browsers; set allowUnsafeHtml to publish them as written)");
    }

    @Override
    public void refused(String message, Place at) {
        problems.error(Stage.MARKDOWN, note.sourcePath(), at.line(), at.column(), message);
    }

    /** {@code a%20b.png} → {@code a b.png}; a path with a bare {@code %} ({@code 50%.png}) is taken as written. */
    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** Joins and normalises a relative path inside the content folder; empty when it climbs out of it. */
    static Optional<String> normalise(String dir, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : (dir + relative).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(segment);
            }
        }
        String joined = String.join("/", parts);
        return Optional.of(relative.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined);
    }

    private static String directoryOf(String contentPath) {
        int slash = contentPath.lastIndexOf('/');
        return slash < 0 ? "" : contentPath.substring(0, slash + 1);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    /** Percent-encodes what a URL path cannot hold as is (spaces, {@code #}, {@code ?}, {@code %}); keeps UTF-8. */
    static String encode(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        for (char c : path.toCharArray()) {
            switch (c) {
                case ' ' -> sb.append("%20");
                case '#' -> sb.append("%23");
                case '?' -> sb.append("%3F");
                case '%' -> sb.append("%25");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
