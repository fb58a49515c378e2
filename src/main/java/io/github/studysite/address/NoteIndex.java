package io.github.studysite.address;

import io.github.studysite.model.Note;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where every note's page lives, decided before any note is parsed so that links between notes can be resolved while
 * each note renders on its own thread. Slugs are made unique deterministically (dated notes that share a slug take
 * their date; otherwise in path order a later clash gets {@code -2}, {@code -3}, with a warning). A Jekyll
 * {@code permalink} style or pattern (the site's for posts, or the note's own) gives the page Jekyll gives it
 * ({@link Permalinks}); a permalink that would leave the site folder is refused.
 */
public final class NoteIndex {

    private final Map<String, Note> byContentPath = new LinkedHashMap<>();
    private final Map<String, String> pageOf = new HashMap<>();

    private NoteIndex() {
    }

    /**
     * @param notes    loaded notes, in content path order
     * @param reserved page paths the site itself uses (the notes list, the home page, …)
     */
    public static NoteIndex build(List<Note> notes, Set<String> reserved, Problems problems) {
        return build(notes, reserved, "", problems);
    }

    /**
     * @param notes         loaded notes, in content path order
     * @param reserved      page paths the site itself uses (the notes list, the home page, …)
     * @param sitePermalink the site's {@code permalink} setting (a Jekyll style or pattern for posts), or empty
     */
    public static NoteIndex build(List<Note> notes, Set<String> reserved, String sitePermalink, Problems problems) {
        return build(notes, reserved, sitePermalink, List.of(), problems);
    }

    /**
     * @param languages the site's interface languages, whose folders ({@code en/}) notes may not claim
     * @see #build(List, Set, String, Problems)
     */
    public static NoteIndex build(List<Note> notes, Set<String> reserved, String sitePermalink,
                                  List<String> languages, Problems problems) {
        NoteIndex index = new NoteIndex();
        // compared without case: on macOS and Windows, a.html and A.html are one file
        Set<String> slugs = new HashSet<>();
        Set<String> pages = new HashSet<>();
        reserved.forEach(page -> pages.add(page.toLowerCase(Locale.ROOT)));
        Map<String, Integer> sharing = new HashMap<>();
        notes.forEach(note -> sharing.merge(note.slug(), 1, Integer::sum));
        for (Note original : notes) {
            Note note = original;
            String full = slugBase(note, sharing.get(note.slug()) > 1);
            String slug = PageAddresses.shorten(full);
            if (!slug.equals(full)) {
                problems.warn(Stage.ADDRESS, note.sourcePath(), 1, 1, "slug '" + abbreviate(full) + "' is too long for "
                        + "a file name; this note's page is notes/" + slug + "/");
            }
            String base = slug;
            int n = 2;
            while (!slugs.add(slug.toLowerCase(Locale.ROOT))) {
                slug = base + "-" + n++;
            }
            if (!slug.equals(note.slug())) {
                if (!slug.equals(base) || base.equals(note.slug())) {
                    problems.warn(Stage.ADDRESS, note.sourcePath(), 0, 0, "slug '" + note.slug()
                            + "' is already used by another note; this note's page is notes/" + slug + "/");
                }
                note = note.withSlug(slug);
            }
            String page = Urls.indexOf("notes/" + slug);
            boolean own = !note.permalink().isEmpty();
            String permalink = own ? note.permalink()
                    : Permalinks.isPost(note) && Permalinks.isPattern(sitePermalink) ? sitePermalink : "";
            if (!permalink.isEmpty()) {
                // the note's own permalink is reported at its key; the site's pattern at the note's first line
                int line = own ? note.permalinkLine() : 1;
                Optional<String> path = Permalinks.isPattern(permalink) ? Permalinks.expand(permalink, original)
                        : Optional.of(permalink);
                Optional<String> exact = path.flatMap(NoteIndex::permalinkPage);
                Optional<String> permalinkPage = exact.map(PageAddresses::shorten);
                Optional<String> collision = permalinkPage.flatMap(p -> PageAddresses.collision(p, languages));
                if (path.isEmpty()) {
                    problems.warn(Stage.ADDRESS, note.sourcePath(), line, 1, "permalink '" + permalink + "' needs the "
                            + "post's date (a YYYY-MM-DD- file name or front matter date); this note's page is "
                            + "notes/" + slug + "/");
                } else if (permalinkPage.isEmpty()) {
                    problems.error(Stage.ADDRESS, note.sourcePath(), line, 1, "permalink '"
                            + path.get().replaceAll("\\p{Cntrl}", "?") + "' is not a path inside the site "
                            + "folder; use a path such as /my-note/");
                } else if (collision.isPresent()) {
                    problems.error(Stage.ADDRESS, note.sourcePath(), line, 1, "permalink '" + abbreviate(path.get())
                            + "' is " + collision.get() + "; this note's page is " + page + " — choose another");
                } else if (!pages.add(permalinkPage.get().toLowerCase(Locale.ROOT))) {
                    String message = "permalink '" + path.get() + "' is already the address of another page";
                    if (own) {
                        problems.error(Stage.ADDRESS, note.sourcePath(), line, 1, message);
                    } else {
                        problems.warn(Stage.ADDRESS, note.sourcePath(), line, 1, message + "; this note's page is notes/"
                                + slug + "/");
                    }
                } else {
                    if (!permalinkPage.equals(exact)) {
                        problems.warn(Stage.ADDRESS, note.sourcePath(), line, 1, "permalink '" + abbreviate(path.get())
                                + "' is too long for a file name; this note's page is " + permalinkPage.get());
                    }
                    page = permalinkPage.get();
                }
            }
            pages.add(page.toLowerCase(Locale.ROOT));
            index.byContentPath.put(note.contentPath(), note);
            index.pageOf.put(note.contentPath(), page);
        }
        return index;
    }

    /**
     * A note's slug before numbering. When notes share a slug, each dated one takes its date ({@code cf-2024-01-15}),
     * so adding an older post renumbers nobody; undated ones keep the path-order rule ({@code x}, {@code x-2}).
     */
    private static String slugBase(Note note, boolean shared) {
        return shared && note.date() != null ? note.slug() + "-" + note.date() : note.slug();
    }

    /** A long slug or permalink as shown in a message: its start and its length. */
    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 60) + "… (" + s.length() + " characters)";
    }

    /**
     * The output file of a permalink: {@code /a/b/} → {@code a/b/index.html}, {@code /a/b.html} → {@code a/b.html},
     * {@code /a/b} → {@code a/b/index.html}. Empty when the permalink escapes the site or is not a plain path (a URL,
     * {@code ..}, a hidden {@code .name}, or characters no file system takes).
     */
    static Optional<String> permalinkPage(String permalink) {
        String p = permalink.strip().replace('\\', '/');
        if (p.contains(":") || p.contains("?") || p.contains("#") || p.startsWith("//")
                || p.chars().anyMatch(c -> Character.isISOControl(c) || "<>\"|*".indexOf(c) >= 0)) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : p.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") || segment.startsWith(".")) {
                return Optional.empty();
            }
            segments.add(segment);
        }
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        String joined = String.join("/", segments);
        if (p.endsWith("/") || !segments.get(segments.size() - 1).contains(".")) {
            return Optional.of(joined + "/index.html");
        }
        return Optional.of(joined.endsWith(".html") ? joined : joined + "/index.html");
    }

    /** Notes in content path order, with their final slugs. */
    public List<Note> notes() {
        return List.copyOf(byContentPath.values());
    }

    public Optional<Note> note(String contentPath) {
        return Optional.ofNullable(byContentPath.get(contentPath));
    }

    /** The output path of a note's page. */
    public String page(Note note) {
        return pageOf.get(note.contentPath());
    }

    /** The output path of the page of the note at {@code contentPath}, if it is a note. */
    public Optional<String> pageOf(String contentPath) {
        return Optional.ofNullable(pageOf.get(contentPath));
    }
}
