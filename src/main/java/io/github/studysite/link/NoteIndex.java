package io.github.studysite.link;

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
 * each note renders on its own thread. Slugs are made unique deterministically (notes in path order; a later clash
 * gets {@code -2}, {@code -3}, with a warning), and a {@code permalink} that would leave the site folder is refused.
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
        return build(notes, reserved, List.of(), problems);
    }

    /**
     * @param notes     loaded notes, in content path order
     * @param reserved  page paths the site itself uses (the notes list, the home page, …)
     * @param languages the site's interface languages, whose folders ({@code en/}) notes may not claim
     */
    public static NoteIndex build(List<Note> notes, Set<String> reserved, List<String> languages,
                                  Problems problems) {
        NoteIndex index = new NoteIndex();
        // compared without case: on macOS and Windows, a.html and A.html are one file
        Set<String> slugs = new HashSet<>();
        Set<String> pages = new HashSet<>();
        reserved.forEach(page -> pages.add(page.toLowerCase(Locale.ROOT)));
        for (Note original : notes) {
            Note note = original;
            String base = PageAddresses.shorten(note.slug());
            if (!base.equals(note.slug())) {
                problems.warn(Stage.LINK, note.sourcePath(), 1, 1, "slug '" + abbreviate(note.slug()) + "' is too "
                        + "long for a file name; this note's page is notes/" + base + "/");
            }
            String slug = base;
            int n = 2;
            while (!slugs.add(slug.toLowerCase(Locale.ROOT))) {
                slug = base + "-" + n++;
            }
            if (!slug.equals(base)) {
                problems.warn(Stage.LINK, note.sourcePath(), 0, 0, "slug '" + base
                        + "' is already used by another note; this note's page is notes/" + slug + "/");
            }
            if (!slug.equals(note.slug())) {
                note = note.withSlug(slug);
            }
            String page = Urls.indexOf("notes/" + slug);
            if (!note.permalink().isEmpty()) {
                Optional<String> permalinkPage = permalinkPage(note.permalink()).map(PageAddresses::shorten);
                Optional<String> collision = permalinkPage.flatMap(p -> PageAddresses.collision(p, languages));
                if (permalinkPage.isEmpty()) {
                    problems.error(Stage.LINK, note.sourcePath(), 1, 1, "permalink '"
                            + abbreviate(note.permalink().replaceAll("\\p{Cntrl}", "?")) + "' is not a path inside "
                            + "the site folder; use a path such as /my-note/");
                } else if (collision.isPresent()) {
                    problems.error(Stage.LINK, note.sourcePath(), 1, 1, "permalink '" + abbreviate(note.permalink())
                            + "' is " + collision.get() + "; this note's page is " + page + " — choose another");
                } else if (!pages.add(permalinkPage.get().toLowerCase(Locale.ROOT))) {
                    problems.error(Stage.LINK, note.sourcePath(), 1, 1, "permalink '" + abbreviate(note.permalink())
                            + "' is already the address of another page; this note's page is " + page);
                } else {
                    if (!permalinkPage.get().equals(permalinkPage(note.permalink()).orElseThrow())) {
                        problems.warn(Stage.LINK, note.sourcePath(), 1, 1, "permalink '"
                                + abbreviate(note.permalink()) + "' is too long for a file name; this note's page is "
                                + permalinkPage.get());
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

    /**
     * The same index with every note's Markdown body dropped: what the stages after parsing hold, so that a large site
     * does not keep all of its notes' text in memory until the last page is written. Each note's body-less copy is
     * taken from {@code light} when it has one for the note's path (the parse stage keeps one with each rendered
     * note; a preview session hands out the same instance while the note is unchanged), so that a rebuild does not
     * copy 10,000 notes to drop bodies it dropped before.
     *
     * @param light a body-less copy of the note at a content path, or null
     */
    public NoteIndex withoutBodies(java.util.function.Function<String, Note> light) {
        NoteIndex out = new NoteIndex();
        byContentPath.forEach((path, note) -> {
            Note known = light.apply(path);
            boolean same = known != null && known.body().isEmpty() && known.slug().equals(note.slug());
            out.byContentPath.put(path, same ? known : note.withBody(""));
        });
        out.pageOf.putAll(pageOf);
        return out;
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
