package io.github.studysite.write;

import io.github.studysite.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteWriterTest {

    @TempDir
    Path dir;

    @Test
    void commitSwapsTheSiteInAndLeavesNothingBeside() throws IOException {
        Path out = dir.resolve("site-output");
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("index.html", "one");
            w.commit();
        }
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("index.html", "two");
            w.write("notes/a/index.html", "a");
            w.commit();
        }
        assertThat(Fixtures.read(out.resolve("index.html"))).isEqualTo("two");
        assertThat(out.resolve(SiteWriter.MARKER)).exists();
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(out);
        }
    }

    @Test
    void anUncommittedBuildLeavesThePreviousSiteUntouched() throws IOException {
        Path out = dir.resolve("site-output");
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("index.html", "previous");
            w.commit();
        }
        try (SiteWriter w = SiteWriter.open(out)) {
            w.write("index.html", "half-written");
        }
        assertThat(Fixtures.read(out.resolve("index.html"))).isEqualTo("previous");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(out);
        }
    }

    @Test
    void refusesAFolderItDidNotMake() throws IOException {
        Path out = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(out.resolve("thesis.md"), "precious");
        assertThatThrownBy(() -> SiteWriter.open(out)).isInstanceOf(SiteWriter.UnsafeOutputException.class)
                .hasMessageContaining("not empty");
        assertThat(Fixtures.read(out.resolve("thesis.md"))).isEqualTo("precious");
    }

    @Test
    void refusesPathsOutsideTheSite() throws IOException {
        try (SiteWriter w = SiteWriter.open(dir.resolve("out"))) {
            assertThatThrownBy(() -> w.write("../escape.html", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> w.write("/etc/x", "x")).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir.resolve("escape.html")).doesNotExist();
    }
}
