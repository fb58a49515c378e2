package io.github.studysite.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a file looked like when it was last read: its size and modification time. A memo keyed by it is re-computed
 * when the file changes; a preview session also forgets a file's slots when the file watcher reports it, which covers
 * an edit that keeps both the size and a coarse modification time.
 *
 * @param size          bytes
 * @param modifiedNanos modification time, nanoseconds since the epoch
 */
public record FileStamp(long size, long modifiedNanos) {

    /** A file that does not exist. */
    public static final FileStamp MISSING = new FileStamp(-1, 0);

    /** The stamp of a file whose attributes were read already (a folder walk hands them over). */
    public static FileStamp of(BasicFileAttributes attrs) {
        return new FileStamp(attrs.size(), attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
    }

    /**
     * The stamp of {@code file}; {@link #MISSING} when there is no such file; a stamp equal to nothing when it cannot
     * be read (so whatever depends on it is computed again).
     */
    public static Object of(Path file) {
        try {
            return of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return MISSING;
        } catch (IOException e) {
            return new Object();
        }
    }
}
