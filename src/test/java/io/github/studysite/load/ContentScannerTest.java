package io.github.studysite.load;

import io.github.studysite.Fixtures;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentScannerTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    private ContentScanner.Scan scan(List<String> excludes) throws IOException {
        return new ContentScanner(SiteConfig.DEFAULT_INCLUDES, excludes, Path::toString, problems).scan(dir);
    }

    @Test
    void sortsNotesDataAndAssets() throws IOException {
        Fixtures.write(dir, "b.md", "b");
        Fixtures.write(dir, "a.txt", "a");
        Fixtures.write(dir, "sub/c.markdown", "c");
        Fixtures.write(dir, "_data/principles.yml", "principles: []");
        Fixtures.write(dir, "_config.yml", "title: x");
        Fixtures.write(dir, "images/p.png", "png");
        Fixtures.write(dir, ".hidden.md", "h");
        Fixtures.write(dir, "_layouts/x.md", "x");
        Fixtures.write(dir, "_drafts/d.md", "d");
        ContentScanner.Scan scan = scan(List.of());
        assertThat(scan.notes()).extracting(ContentScanner.Entry::contentPath)
                .containsExactly("_drafts/d.md", "a.txt", "b.md", "sub/c.markdown");
        assertThat(scan.notes().get(0).inDrafts()).isTrue();
        assertThat(scan.dataFiles()).extracting(ContentScanner.Entry::contentPath).containsExactly("_data/principles.yml");
        assertThat(scan.assets()).extracting(ContentScanner.Entry::contentPath).containsExactly("images/p.png");
    }

    @Test
    void excludesApply() throws IOException {
        Fixtures.write(dir, "keep.md", "k");
        Fixtures.write(dir, "private/secret.md", "s");
        assertThat(scan(List.of("private/**")).notes()).extracting(ContentScanner.Entry::contentPath)
                .containsExactly("keep.md");
    }

    @Test
    void symbolicLinksAreNotFollowed() throws IOException {
        Path outside = Files.createTempFile("outside", ".md");
        Files.writeString(outside, "secret");
        Files.createSymbolicLink(dir.resolve("link.md"), outside);
        Fixtures.write(dir, "real.md", "r");
        assertThat(scan(List.of()).notes()).extracting(ContentScanner.Entry::contentPath).containsExactly("real.md");
        assertThat(problems.sorted()).anySatisfy(p -> assertThat(p.message()).contains("symbolic link"));
    }
}
