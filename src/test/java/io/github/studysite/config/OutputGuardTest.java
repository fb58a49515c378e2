package io.github.studysite.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OutputGuardTest {

    @TempDir
    Path project;

    private Optional<String> refusal(Path output) {
        return OutputGuard.refusal(SiteConfig.builder(project).outputDir(output).build());
    }

    @Test
    void theDefaultOutputIsFine() {
        assertThat(refusal(project.resolve("site-output"))).isEmpty();
        assertThat(refusal(project.resolve("build/site"))).isEmpty();
    }

    @Test
    void theProjectContentAndTemplatesFoldersAreRefused() {
        assertThat(refusal(project)).hasValueSatisfying(r -> assertThat(r).startsWith(
                "the output folder is the project folder; building there would replace or mix with your own files"));
        assertThat(refusal(project.resolve("content"))).hasValueSatisfying(r ->
                assertThat(r).startsWith("the output folder is the content folder;").contains("force does not override"));
        assertThat(refusal(project.resolve("templates"))).hasValueSatisfying(r ->
                assertThat(r).startsWith("the output folder is the templates folder;"));
    }

    @Test
    void aFolderHoldingOneOfThemIsRefused() {
        assertThat(refusal(project.getParent())).hasValueSatisfying(r ->
                assertThat(r).startsWith("the output folder contains the project folder;"));
        assertThat(refusal(project.getRoot())).isPresent();
        Path notes = project.resolve("notes");
        SiteConfig config = SiteConfig.builder(project).contentDir(notes.resolve("ko")).outputDir(notes).build();
        assertThat(OutputGuard.refusal(config)).hasValueSatisfying(r ->
                assertThat(r).startsWith("the output folder contains the content folder;"));
    }

    @Test
    void theHomeFolderIsRefused() {
        Path home = Path.of(System.getProperty("user.home"));
        assertThat(refusal(home)).hasValueSatisfying(r -> assertThat(r).matches("the output folder (is|contains) .*"));
    }

    @Test
    void insideTemplatesIsRefusedInsideContentIsNot() {
        assertThat(refusal(project.resolve("templates/site"))).hasValueSatisfying(r ->
                assertThat(r).startsWith("the output folder is inside the templates folder"));
        assertThat(refusal(project.resolve("content/_site"))).isEmpty();
    }

    @Test
    void symbolicLinksAreSeenThrough() throws IOException {
        Files.createDirectories(project.resolve("content"));
        Path link = Files.createSymbolicLink(project.resolve("out"), project.resolve("content"));
        assertThat(refusal(link)).hasValueSatisfying(r -> assertThat(r).startsWith("the output folder is the content folder"));
        assertThat(refusal(link.resolve("x"))).isEmpty(); // inside content: allowed, the scan skips it
    }
}
