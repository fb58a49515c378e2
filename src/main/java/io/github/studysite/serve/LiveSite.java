package io.github.studysite.serve;

import io.github.studysite.BuildResult;
import io.github.studysite.SiteBuilder;
import io.github.studysite.cache.FileStamp;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.source.ContentLoader;

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
     * Builds the site as {@link #rebuild(Collection)} does, but when only notes changed, writes those notes' own pages
     * as soon as the study model is linked and hands them to {@code early}, so the page the author is looking at
     * reloads before the rest of the site (story pages, indexes, search) is rendered. The early pages are the ones the
     * whole build writes, from the same linked site, and it keeps them. Like Hugo's fast render, a note's new story
     * page or a changed index appears with the whole build.
     *
     * <p>No page is shown first after an error in the stages before rendering (a broken note shows its problems and
     * nothing first). The link check runs on the whole site only: a problem only it finds fails the whole build,
     * which shows it, while the early page stays until the next good build.
     *
     * @param early receives the early pages, as a build of those pages, when there are some
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
        boolean showFirst = !notes.isEmpty() && notes.size() == changed.size() && last != null
                && last.result().success();
        int[] number = {last == null ? 1 : last.number() + 1};
        BuildResult result = builder.build(cache, linked -> {
            if (!showFirst || linked.hasErrors()) {
                return;
            }
            BuildResult[] part = new BuildResult[1];
            Set<String> wrote = cache.writePart(config.outputDir(), out -> part[0] = linked.writeNotePages(notes, out));
            if (!wrote.isEmpty()) {
                early.accept(new LiveBuild(number[0]++, part[0], wrote));
            }
        });
        last = new LiveBuild(number[0], result, cache.finish());
        return last;
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
