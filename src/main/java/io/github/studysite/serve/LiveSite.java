package io.github.studysite.serve;

import io.github.studysite.BuildResult;
import io.github.studysite.SiteBuilder;
import io.github.studysite.cache.FileStamp;
import io.github.studysite.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
    public synchronized LiveBuild rebuild(Collection<Path> changed) {
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            if (file.startsWith(config.contentDir())) {
                cache.forget("read", config.contentDir().relativize(file).toString().replace('\\', '/'));
            }
        }
        Object theme = themeStamp();
        if (!theme.equals(themeStamp)) {
            cache.forgetOutputs();
            themeStamp = theme;
        }
        BuildResult result = builder.build(cache);
        last = new LiveBuild(last == null ? 1 : last.number() + 1, result, cache.finish());
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
