package io.github.studysite.publish;

import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import io.github.studysite.util.LineIndex;
import io.github.studysite.publish.Output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The internal link check every build runs: each page is scanned once, as it is written into the staging folder
 * (from the string in memory, never read back from disk), on a small pool of worker threads so that checking keeps
 * pace with rendering; when the last page is written, {@link #finish()} resolves every link against the pages and
 * files that exist and reports what is broken, before the site is swapped in.
 *
 * <p>What it keeps is small: per page, the hashes of its ids ({@link IdSet}); per distinct link target, hashes of its
 * path and fragment, a count and the first page that links to it ({@link LinkTally}). Links within a page are checked
 * right away.
 *
 * <p>Severity follows who wrote the link. A link the theme generated (navigation, cross-references, the study pages)
 * that points at a missing page or anchor is a bug in the site and an <b>error</b>, reported against the page
 * ({@code site-output/en/stories/x.html: broken link → …}). A link written in a note is the note author's:
 * links to missing files were already reported as warnings when the note was rendered, so only a missing anchor
 * ({@code other.md#no-such-heading}) is reported here, as a <b>warning</b> at the note's line.
 */
public final class LinkChecker implements AutoCloseable {

    private static final IdSet UNKNOWN = IdSet.EMPTY;

    private final String basePath;
    private final String absoluteRoot;
    private final Function<String, String> displayPage;
    private final Function<String, String> noteTexts;
    private final Function<String, String> pageTexts;
    private final Problems problems;

    private final ExecutorService pool;
    private final Semaphore inFlight;
    /** Every file written, with the ids of HTML pages ({@link #UNKNOWN} for other files: any fragment is accepted). */
    private final Map<String, IdSet> files = new ConcurrentHashMap<>();
    /**
     * One instance of each distinct set of ids: a note's page has the same ids in every language, and the pages of one
     * kind often share theirs (every story page has the same two), so each distinct set is held once while the
     * heap is fullest.
     */
    private final Map<IdSet, IdSet> distinctIds = new ConcurrentHashMap<>();
    /**
     * The theme's links by target, one tally per scanning thread: every page links to the same navigation targets,
     * and one shared table would have every thread counting into the same few entries. Read by {@link #finish()}.
     */
    private final List<LinkTally> tallies = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ThreadLocal<LinkTally> tally = ThreadLocal.withInitial(() -> {
        LinkTally t = new LinkTally();
        tallies.add(t);
        return t;
    });
    private final Map<NoteLink, Origin> noteLinks = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.LongAdder pagesScanned = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder linksSeen = new java.util.concurrent.atomic.LongAdder();
    /** Missing anchors within the page that holds them, found while scanning. */
    private final List<Broken> brokenOnPage = java.util.Collections.synchronizedList(new ArrayList<>());

    /**
     * @param basePath     the URL path the site is served under ({@code /repo}), or empty
     * @param absoluteRoot the site's absolute root URL ({@code https://user.github.io/repo/}), or empty when unknown
     * @param displayPage  turns an output path into the path printed in problems ({@code site-output/…})
     * @param noteTexts    a note's text by source path (read when needed), to find the line a note's link is on
     * @param pageTexts    a page this build wrote, read back (null when it cannot be), to quote a broken link of
     *                     the theme's as the page writes it: the check keeps no URL strings while it counts
     * @param problems     where broken links are reported
     */
    public LinkChecker(String basePath, String absoluteRoot, Function<String, String> displayPage,
                       Function<String, String> noteTexts, Function<String, String> pageTexts, Problems problems) {
        this.basePath = basePath;
        this.absoluteRoot = absoluteRoot;
        this.displayPage = displayPage;
        this.noteTexts = noteTexts;
        this.pageTexts = pageTexts;
        this.problems = problems;
        // half the cores: scanning is about a fifth of a build's CPU, the writers need the rest, and each scanning
        // thread keeps its own tally of every target it sees, so memory grows with the threads
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "studysite-link-check-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // bounds the pages held in memory while waiting to be scanned
        this.inFlight = new Semaphore(threads * 8);
    }

    /** An output that writes to {@code target} and shows this checker everything written. */
    public Output watch(Output target) {
        return new CheckedOutput(target, this);
    }

    /** Whether a file was written (or kept) at {@code path} so far. */
    public boolean wrote(String path) {
        return files.containsKey(path);
    }

    /** A file that is not an HTML page: it exists, and any fragment of it is accepted. */
    void file(String path) {
        files.putIfAbsent(path, UNKNOWN);
    }

    /**
     * An HTML page: scanned on the pool, or by the writing thread itself while too many pages wait for scanning, so
     * that a writer with nothing else to do scans instead of waiting for the pool to catch up.
     */
    void page(String path, String html) {
        files.putIfAbsent(path, UNKNOWN);
        if (!inFlight.tryAcquire()) {
            scanReporting(path, html);
            return;
        }
        try {
            pool.execute(() -> {
                try {
                    scanReporting(path, html);
                } finally {
                    inFlight.release();
                }
            });
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    private void scanReporting(String path, String html) {
        try {
            scan(path, html);
        } catch (RuntimeException e) {
            problems.error(Stage.PUBLISH, displayPage.apply(path), 0, 0, "cannot check the links of this page: " + e);
        }
    }

    private void scan(String page, String html) {
        PageScan scan = PageScan.of(html);
        IdSet ids = IdSet.of(scan.ids());
        IdSet shared = distinctIds.putIfAbsent(ids, ids); // never the UNKNOWN instance: only sets made here go in
        files.put(page, shared != null ? shared : ids);
        pagesScanned.increment();
        linksSeen.add(scan.links().size());
        LinkTally theme = tally.get();
        theme.page(page);
        for (PageScan.Found found : scan.links()) {
            Optional<LinkTarget> resolved = LinkTarget.resolve(page, found.url(), basePath, absoluteRoot);
            if (resolved.isEmpty()) {
                continue;
            }
            LinkTarget target = resolved.get();
            if (target.path().equals(page)) {
                if (!anchorExists(target.fragment(), scan.ids()::contains)) {
                    brokenOnPage.add(new Broken(page, found.url(), found.noteSource(), target));
                }
            } else if (found.noteSource().isEmpty()) {
                theme.add(target);
            } else {
                noteLinks.putIfAbsent(new NoteLink(found.noteSource(), target), new Origin(page, found.url()));
            }
        }
    }

    /**
     * Waits for every page to be scanned, then reports each broken link once.
     *
     * @return how many links were found broken
     */
    public int finish() {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a huge site: keep waiting, the writer is done and only scans are left
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking links", e);
        }
        int broken = 0;
        Set<String> reported = ConcurrentHashMap.newKeySet();
        // a note's body is on a page in every language: report its links once, as the site's first language shows them
        List<Broken> onPage = new ArrayList<>(brokenOnPage);
        onPage.sort(Comparator.comparingInt((Broken b) -> b.page().length()).thenComparing(Broken::page));
        for (Broken b : onPage) {
            if (b.noteSource().isEmpty()) {
                problems.error(Stage.PUBLISH, displayPage.apply(b.page()), 0, 0, "broken link → " + b.url()
                        + " (no element with id \"" + b.target().fragment() + "\" on this page)");
                broken++;
            } else if (reported.add(b.noteSource() + "#" + b.target().fragment())) {
                warnInNote(b.noteSource(), b.url(), b.target());
                broken++;
            }
        }
        for (BrokenTarget b : brokenThemeLinks()) {
            Optional<Quoted> link = linkOn(b.page(), b.path(), b.fragment());
            String where = b.links() > 1 ? " (linked " + b.links() + " times in the site)" : "";
            String why = link.isEmpty() ? "the page could not be read back to show which"
                    : b.missingFile() ? link.get().target().path() + " is not part of the site"
                    : "no element with id \"" + link.get().target().fragment() + "\" on " + link.get().target().path();
            problems.error(Stage.PUBLISH, displayPage.apply(b.page()), 0, 0, "broken link → "
                    + link.map(Quoted::url).orElse("?") + " (" + why + ")" + where);
            broken++;
        }
        List<Map.Entry<NoteLink, Origin>> fromNotes = new ArrayList<>(noteLinks.entrySet());
        fromNotes.sort(Comparator.comparingInt((Map.Entry<NoteLink, Origin> e) -> e.getKey().target().path().length())
                .thenComparing(e -> e.getKey().target().path()));
        for (Map.Entry<NoteLink, Origin> link : fromNotes) {
            LinkTarget target = link.getKey().target();
            IdSet ids = files.get(target.path());
            // a missing file was reported when the note was rendered (NoteLinks); only anchors are checked here
            if (ids != null && ids != UNKNOWN && !anchorExists(target.fragment(), ids::contains)
                    && reported.add(link.getKey().source() + "→" + link.getValue().url())) {
                warnInNote(link.getKey().source(), link.getValue().url(), target);
                broken++;
            }
        }
        return broken;
    }

    /**
     * The theme's links that point at no file or at no element of their page, each target once with the links to it
     * counted over every thread's tally, in the order of the pages reporting them.
     */
    private List<BrokenTarget> brokenThemeLinks() {
        Map<Long, IdSet> written = new java.util.HashMap<>(files.size() * 2);
        files.forEach((path, ids) -> written.put(IdSet.hash(path), ids));
        Map<List<Long>, BrokenTarget> broken = new java.util.HashMap<>();
        for (LinkTally t : tallies) {
            t.forEach((path, fragment, links, page) -> {
                IdSet ids = written.get(path);
                boolean missingFile = ids == null;
                if (missingFile || ids != UNKNOWN && fragment != LinkTally.NO_FRAGMENT && !ids.containsHash(fragment)) {
                    broken.merge(List.of(path, fragment), new BrokenTarget(page, path, fragment, links, missingFile),
                            BrokenTarget::plus);
                }
            });
        }
        List<BrokenTarget> sorted = new ArrayList<>(broken.values());
        sorted.sort(Comparator.comparing(BrokenTarget::page, LinkTally.PAGE_ORDER)
                .thenComparingLong(BrokenTarget::path).thenComparingLong(BrokenTarget::fragment));
        return sorted;
    }

    /**
     * A target of the theme's links that does not exist, by the hashes of its path and fragment: the first page
     * linking to it, and how many links do.
     */
    private record BrokenTarget(String page, long path, long fragment, int links, boolean missingFile) {
        BrokenTarget plus(BrokenTarget other) {
            BrokenTarget first = LinkTally.PAGE_ORDER.compare(other.page, page) < 0 ? other : this;
            return new BrokenTarget(first.page, path, fragment, links + other.links, missingFile);
        }
    }

    /** A link as a page writes it, and where it leads. */
    private record Quoted(String url, LinkTarget target) {
    }

    /** The first link on {@code page} (read back) to the target with these hashes. */
    private Optional<Quoted> linkOn(String page, long path, long fragment) {
        String html = pageTexts.apply(page);
        if (html == null) {
            return Optional.empty();
        }
        for (PageScan.Found found : PageScan.of(html).links()) {
            Optional<LinkTarget> target = LinkTarget.resolve(page, found.url(), basePath, absoluteRoot);
            if (target.isPresent() && IdSet.hash(target.get().path()) == path
                    && LinkTally.fragmentHash(target.get().fragment()) == fragment) {
                return Optional.of(new Quoted(found.url(), target.get()));
            }
        }
        return Optional.empty();
    }

    /** What was checked, for the build log: {@code 104 pages, 5021 links}. */
    public String summary() {
        return pagesScanned.sum() + " pages, " + linksSeen.sum() + " links";
    }

    private void warnInNote(String source, String url, LinkTarget target) {
        int[] at = locate(noteTexts.apply(source), url, target.fragment());
        problems.warn(Stage.PUBLISH, source, at[0], at[1], "link to a missing section: #" + target.fragment()
                + " (no heading or anchor with that id on " + target.path() + ")");
    }

    /** The line and column where a note writes a link: its fragment as written, or as the page shows it. */
    static int[] locate(String text, String url, String fragment) {
        if (text == null) {
            return new int[] {0, 0};
        }
        int hash = url.indexOf('#');
        for (String needle : new String[] {"#" + fragment, hash < 0 ? null : url.substring(hash)}) {
            int at = needle == null ? -1 : text.indexOf(needle);
            if (at >= 0) {
                LineIndex lines = new LineIndex(text);
                return new int[] {lines.line(at), lines.column(at)};
            }
        }
        return new int[] {0, 0};
    }

    /** Whether a fragment names something on the page; {@code #top} and text fragments always do. */
    static boolean anchorExists(String fragment, java.util.function.Predicate<String> ids) {
        return fragment.isEmpty() || fragment.equalsIgnoreCase("top") || fragment.startsWith(":~:")
                || ids.test(fragment);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** The first page seen linking to a target, and the link as written there. */
    private record Origin(String page, String url) {
    }

    private record NoteLink(String source, LinkTarget target) {
    }

    private record Broken(String page, String url, String noteSource, LinkTarget target) {
    }
}
