package io.github.studysite.serve;

import io.github.studysite.Fixtures;
import io.github.studysite.config.SettingsLoader;
import io.github.studysite.load.ContentLoader;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.config.SiteSettings;
import io.github.studysite.model.Note;
import io.github.studysite.problem.Problems;
import io.github.studysite.report.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A preview's partial build trusts the session's last listing of the content folder ({@code load.LastScan}, kept in
 * the {@link SessionCache}) when the watcher reported only files that listing holds; anything else (a whole build, a
 * file it never saw, a file gone since) walks the folder again.
 */
class TrustedScanTest {

    @TempDir
    Path project;
    private SiteConfig config;
    private SiteSettings settings;

    /** A preview session's cache: it keeps the listing between builds. */
    private final SessionCache session = new SessionCache(new ReentrantLock());

    @BeforeEach
    void setUp() throws IOException {
        Fixtures.write(project, "content/a.md", "# A\n\nfirst\n");
        Fixtures.write(project, "content/b.md", "# B\n\nsecond\n");
        config = SiteConfig.builder(project).build();
        settings = SettingsLoader.load(config, new Problems());
    }

    private List<String> load(Set<String> changed) {
        return ContentLoader.load(config, settings, new Problems(), Progress.silent(), session, changed).notes()
                .stream().map(Note::contentPath).toList();
    }

    private String body(String path, Set<String> changed) {
        return ContentLoader.load(config, settings, new Problems(), Progress.silent(), session, changed).notes()
                .stream().filter(n -> n.contentPath().equals(path)).findFirst().orElseThrow().body();
    }

    @Test
    void aPartialLoadTrustsTheLastListingAndReadsTheChangedNote() throws IOException {
        assertThat(load(null)).containsExactly("a.md", "b.md");
        Fixtures.write(project, "content/b.md", "# B\n\nsecond, edited\n");
        Fixtures.write(project, "content/c.md", "# C\n"); // the watcher has not reported it yet
        assertThat(load(Set.of("b.md"))).containsExactly("a.md", "b.md");
        assertThat(body("b.md", Set.of("b.md"))).contains("second, edited");
        assertThat(load(null)).containsExactly("a.md", "b.md", "c.md");
    }

    @Test
    void aChangedFileTheLastListingDidNotHoldMakesItWalkTheFolder() throws IOException {
        assertThat(load(null)).containsExactly("a.md", "b.md");
        Fixtures.write(project, "content/c.md", "# C\n");
        assertThat(load(Set.of("c.md"))).containsExactly("a.md", "b.md", "c.md");
    }

    @Test
    void aChangedFileThatIsGoneMakesItWalkTheFolder() throws IOException {
        assertThat(load(null)).containsExactly("a.md", "b.md");
        Files.delete(project.resolve("content/b.md"));
        assertThat(load(Set.of("b.md"))).containsExactly("a.md");
    }

    @Test
    void withoutAnEarlierListingAPartialLoadWalksTheFolder() {
        assertThat(load(Set.of("a.md"))).containsExactly("a.md", "b.md");
    }
}
