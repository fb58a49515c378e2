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
    void insideTemplatesOrContentIsRefused() {
        assertThat(refusal(project.resolve("templates/site"))).hasValueSatisfying(r ->
                assertThat(r).startsWith("the output folder is inside the templates folder"));
        assertThat(refusal(project.resolve("content/_site"))).hasValueSatisfying(r ->
                assertThat(r).startsWith("the output folder is inside the content folder").contains("force does not"));
        SiteConfig forced = SiteConfig.builder(project).outputDir(project.resolve("content/java")).force(true).build();
        assertThat(OutputGuard.refusal(forced)).isPresent();
    }

    @Test
    void aJekyllSiteReadFromTheProjectKeepsItsOutputInsideButForceCannotDeleteNotesThere() throws IOException {
        Files.writeString(project.resolve("_config.yml"), "title: blog\n");
        Path posts = Files.createDirectories(project.resolve("_posts"));
        Files.writeString(posts.resolve("2024-01-01-a.md"), "# A\n");
        SiteConfig jekyll = SiteConfig.builder(project).build();
        assertThat(jekyll.contentDir()).isEqualTo(project.toAbsolutePath());
        assertThat(OutputGuard.refusal(jekyll)).isEmpty();
        SiteConfig intoPosts = SiteConfig.builder(project).outputDir(posts).force(true).build();
        assertThat(OutputGuard.refusal(intoPosts)).hasValueSatisfying(r ->
                assertThat(r).startsWith("force would delete files studysite did not write inside the project"));
        // without force the writer refuses a folder it did not make, so nothing is deleted either
        assertThat(OutputGuard.refusal(SiteConfig.builder(project).outputDir(posts).build())).isEmpty();
        assertThat(OutputGuard.refusal(SiteConfig.builder(project).outputDir(project).build())).isPresent();
    }

    @Test
    void symbolicLinksAreSeenThrough() throws IOException {
        Files.createDirectories(project.resolve("content"));
        Path link = Files.createSymbolicLink(project.resolve("out"), project.resolve("content"));
        assertThat(refusal(link)).hasValueSatisfying(r -> assertThat(r).startsWith("the output folder is the content folder"));
        assertThat(refusal(link.resolve("x"))).hasValueSatisfying(r ->
                assertThat(r).startsWith("the output folder is inside the content folder"));
    }
}
