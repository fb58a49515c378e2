package io.github.studysite.maven;

import io.github.studysite.Fixtures;
import io.github.studysite.TreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The goal as Maven runs it, with its parameters set as Maven sets them. Maven hands {@code File} parameters over
 * already resolved against the project folder; one that arrives relative all the same is resolved against the
 * project folder too, never against the directory the JVM runs in (this test's is the clone's root, wherever that is).
 */
class GenerateMojoTest {

    private static GenerateMojo mojo(Path project, String content, String output) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.basedir = project.toFile();
        mojo.content = new File(content);
        mojo.templates = new File("templates");
        mojo.output = new File(output);
        mojo.strict = true;
        mojo.privacy = "warn";
        return mojo;
    }

    @Test
    void relativeParametersAreTakenFromTheProjectFolderOnce(@TempDir Path world) throws Exception {
        Path project = Files.createDirectories(world.resolve("공부 노트/site"));
        Fixtures.write(world, "공부 노트/notes/a.md", "# A\n");
        Fixtures.write(world, "sibling/keep.txt", "keep");
        Path site = project.resolve("public");
        Map<String, String> before = TreeSnapshot.of(world, site);
        mojo(project, "../notes", "public").execute();
        assertThat(site.resolve("notes/a/index.html")).exists();
        assertThat(TreeSnapshot.of(world, site)).isEqualTo(before);
    }

    @Test
    void anOutputInsideTheNotesIsRefusedAndTheBuildFails(@TempDir Path project) throws Exception {
        Fixtures.write(project, "content/java/gc.md", "# GC\n");
        GenerateMojo mojo = mojo(project, "content", "content/java");
        mojo.force = true;
        Map<String, String> before = TreeSnapshot.of(project);
        assertThatThrownBy(mojo::execute).hasMessageContaining("1 error(s)");
        assertThat(TreeSnapshot.of(project)).isEqualTo(before);
    }
}
