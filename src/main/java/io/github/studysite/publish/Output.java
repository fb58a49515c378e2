package io.github.studysite.publish;

import java.nio.file.Path;

/** Where rendered pages go: the staging folder of a {@link SiteWriter}, or anything a test wants to inspect. */
public interface Output {

    /** Writes a UTF-8 text file at {@code path}, relative to the site root. */
    void write(String path, String content);

    /** Writes a binary file at {@code path}. */
    void write(String path, byte[] content);

    /** Copies a file into the site. */
    void copy(Path source, String path);

    /**
     * Leaves the file at {@code path} as the previous build wrote it, as part of this build's site. Only an output
     * that updates a site in place (the preview's) can: a fresh site has nothing to keep.
     *
     * @throws UnsupportedOperationException by outputs that start from an empty folder
     */
    default void keep(String path) {
        throw new UnsupportedOperationException("this output writes a fresh site and cannot keep " + path);
    }
}
