package io.github.studysite.serve;

import io.github.studysite.BuildResult;
import io.github.studysite.SiteBuilder;
import io.github.studysite.cache.FileStamp;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.load.ContentLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The site of a preview session: built once, then rebuilt after each change, reusing everything the change did not
 * touch ({@link SessionCache}). Builds run one at a time; the server reads the site folder under {@link #lock()}'s
 * read lock, and a build only changes the folder under its write lock, so a request sees either the previous site or
 * the new one, never a mix. Usable without Maven ({@code Main --serve}, tests).
 */
public final class LiveSite {

    private final SiteConfig config;
    private final SiteBuilder builder;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final SessionCache cache = new SessionCache(lock.writeLock());
    private Object themeStamp;
    private volatile LiveBuild last;

    /**
     * @param config what to build (a preview shows drafts: pass a config with {@code drafts} on)
     * @param log    progress lines of each build
     */
    public LiveSite(SiteConfig config, Consumer<String> log) {
        this.config = config;
        this.builder = new SiteBuilder(config, log);
    }

    /**
     * Builds the site, reusing what the files in {@code changed} did not affect. The paths the file watcher reports
     * are forgotten explicitly, so an edit is seen even when it keeps the file's size and modification time.
     */
    public LiveBuild rebuild(Collection<Path> changed) {
        return rebuild(changed, early -> { });
    }

    /**
     * Builds the site as {@link #rebuild(Collection)} does, but when only notes changed, first writes those notes'
     * own pages and hands that build to {@code early}, so the page the author is looking at reloads before the rest
     * of the site (story pages, indexes, search) is rebuilt. At 10,000 notes the whole rebuild takes seconds, most
     * of it spent finding out which of the other 240,000 pages a one-line edit changed; the note's own page needs
     * only the note's part of the study model, linked with the slugs the whole site gives it. So the early page is
     * the one the whole build would write (the whole build keeps it). Like Hugo's fast render, a note's new story
     * page or a changed index appears with the second build.
     *
     * <p>The partial build is refused by any error the load, parse and link stages report (a broken note shows its
     * problems and nothing first), but it does not run the link check of the written site: a problem only that check
     * finds fails the whole build that follows, which shows it, while the early page stays until the next good build.
     *
     * @param early receives the first, partial build when there is one
     * @return the whole build
     */
    public synchronized LiveBuild rebuild(Collection<Path> changed, Consumer<LiveBuild> early) {
        Set<String> notes = new TreeSet<>();
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            if (file.startsWith(config.contentDir())) {
                String relative = config.contentDir().relativize(file).toString().replace('\\', '/');
                cache.forget(ContentLoader.READ_STEP, relative);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    notes.add(relative);
                }
            }
        }
        Object theme = themeStamp();
        if (!theme.equals(themeStamp)) {
            cache.forgetOutputs();
            themeStamp = theme;
            notes.clear(); // every page changes: nothing to show first
        }
        if (!notes.isEmpty() && notes.size() == changed.size() && last != null && last.result().success()
                && cache.holdsSite()) {
            BuildResult part = builder.build(cache, notes);
            Set<String> wrote = cache.finish(true);
            if (part.success() && !wrote.isEmpty()) {
                last = new LiveBuild(last.number() + 1, part, wrote);
                early.accept(last);
            }
        }
        BuildResult result = builder.build(cache);
        last = new LiveBuild(last == null ? 1 : last.number() + 1, result, cache.finish());
        return last;
    }

    /**
     * Runs the partial build of an unchanged note {@code times} times, so that the JIT has compiled its path before
     * the author's first save: at 10,000 notes the first edit's page came after ~130-150 ms and later ones after
     * 55-90 ms. The note is unchanged, so its pages come out as they are (kept, or written with the same bytes, which
     * the output skips): nothing in the site folder changes and no page reloads. Does nothing before a good build.
     *
     * @return how many partial builds ran
     */
    public synchronized int warmUp(int times) {
        // the middle note in path order: its partial build walks as much of the site's notes as an average edit does
        List<String> notes = cache.ids(ContentLoader.READ_STEP);
        if (notes.isEmpty() || last == null || !last.result().success() || !cache.holdsSite()) {
            return 0;
        }
        String note = notes.get(notes.size() / 2);
        for (int i = 0; i < times; i++) {
            builder.build(cache, Set.of(note));
            cache.finish(true);
        }
        return times;
    }

    /** The last build, or null before the first. */
    public LiveBuild last() {
        return last;
    }

    /** Read it to read the site folder; builds take the write lock to change it. */
    public ReadWriteLock lock() {
        return lock;
    }

    public SiteConfig config() {
        return config;
    }

    /**
     * What every page shows besides its own data: the theme's files and the site settings. When it changes, no
     * page can be kept as it was.
     */
    private Object themeStamp() {
        Map<String, Object> stamp = new TreeMap<>();
        stamp.put("_config.yml", FileStamp.of(config.contentDir().resolve("_config.yml")));
        Path templates = config.templatesDir();
        if (Files.isDirectory(templates, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> files = Files.walk(templates)) {
                for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    stamp.put(templates.relativize(file).toString(), FileStamp.of(file));
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                return List.of(new Object());
            }
        }
        return stamp;
    }
}
