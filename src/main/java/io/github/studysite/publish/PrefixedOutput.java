package io.github.studysite.publish;

import java.nio.file.Path;

/** Writes into a sub-folder of another output: the pages of a second interface language under {@code en/}. */
public record PrefixedOutput(Output target, String prefix) implements Output {

    @Override
    public void write(String path, String content) {
        target.write(prefix + path, content);
    }

    @Override
    public void write(String path, byte[] content) {
        target.write(prefix + path, content);
    }

    @Override
    public void copy(Path source, String path) {
        target.copy(source, prefix + path);
    }

    @Override
    public void keep(String path) {
        target.keep(prefix + path);
    }
}
