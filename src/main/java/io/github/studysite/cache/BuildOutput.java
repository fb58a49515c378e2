package io.github.studysite.cache;

import io.github.studysite.publish.Output;
import io.github.studysite.publish.SiteWriter;

import java.io.IOException;
import java.util.Optional;
import java.nio.file.Path;

/**
 * Where one build writes: files go somewhere the site's readers cannot see yet, and {@link #commit} makes the whole
 * new site visible at once. Closing without committing drops what was written.
 */
public interface BuildOutput extends Output, AutoCloseable {

    /** Makes everything written visible as the site. */
    void commit() throws IOException;

    /**
     * A file of this build as it will be committed (written by it, or kept from the previous build), read back as
     * UTF-8 text; empty when it is not there or cannot be read. For reports that quote a page rather than keep it.
     */
    Optional<String> read(String path);

    /** Drops what was written unless {@link #commit} ran. */
    @Override
    void close();

    /** A {@link SiteWriter}: the whole site written into a staging folder and swapped into place. */
    static BuildOutput of(SiteWriter writer) {
        return new BuildOutput() {
            @Override
            public void write(String path, String content) {
                writer.write(path, content);
            }

            @Override
            public void write(String path, byte[] content) {
                writer.write(path, content);
            }

            @Override
            public void copy(Path source, String path) {
                writer.copy(source, path);
            }

            @Override
            public Optional<String> read(String path) {
                return writer.read(path);
            }

            @Override
            public void commit() throws IOException {
                writer.commit();
            }

            @Override
            public void close() {
                writer.close();
            }
        };
    }
}
