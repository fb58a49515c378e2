package io.github.studysite.publish;

import io.github.studysite.publish.Output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes through to the site and hands every file to the {@link LinkChecker}: HTML pages to scan, others to know. */
record CheckedOutput(Output target, LinkChecker checker) implements Output {

    @Override
    public void write(String path, String content) {
        target.write(path, content);
        if (isPage(path)) {
            checker.page(path, content);
        } else {
            checker.file(path);
        }
    }

    @Override
    public void write(String path, byte[] content) {
        target.write(path, content);
        if (isPage(path)) {
            checker.page(path, new String(content, StandardCharsets.UTF_8));
        } else {
            checker.file(path);
        }
    }

    /** Files copied from the content folder are the author's own: they exist, their links are not the site's. */
    @Override
    public void copy(Path source, String path) {
        target.copy(source, path);
        checker.file(path);
    }

    /**
     * A file kept from the previous build (preview): it exists. Its own links were checked when it was written, and
     * any fragment of it is accepted, since its ids are not read back from disk.
     */
    @Override
    public void keep(String path) {
        target.keep(path);
        checker.file(path);
    }

    private static boolean isPage(String path) {
        return path.endsWith(".html");
    }
}
