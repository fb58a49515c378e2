package io.github.studysite.serve;

import io.github.studysite.publish.SiteWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;

/**
 * A whole-site build in a preview session: a {@link SiteWriter} (fresh staging folder, swapped in), which remembers
 * every file it wrote so that the next builds can update the site in place, and swaps under the server's write lock
 * so that no request finds the folder missing halfway through the swap.
 */
final class RecordingOutput implements SessionOutput {

    private final SiteWriter writer;
    private final Lock lock;
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private boolean committed;

    RecordingOutput(SiteWriter writer, Lock lock) {
        this.writer = writer;
        this.lock = lock;
        files.add(SiteWriter.MARKER);
    }

    @Override
    public void write(String path, String content) {
        writer.write(path, content);
        files.add(path);
    }

    @Override
    public void write(String path, byte[] content) {
        writer.write(path, content);
        files.add(path);
    }

    @Override
    public void copy(Path source, String path) {
        writer.copy(source, path);
        files.add(path);
    }

    @Override
    public java.util.Optional<String> read(String path) {
        return writer.read(path);
    }

    @Override
    public void commit() throws IOException {
        lock.lock();
        try {
            writer.commit();
            committed = true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        writer.close();
    }

    @Override
    public boolean committed() {
        return committed;
    }

    @Override
    public Set<String> files() {
        return Set.copyOf(files);
    }
}
