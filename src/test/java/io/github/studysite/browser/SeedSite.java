package io.github.studysite.browser;

import io.github.studysite.Fixtures;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user's real notes built into a site once per test class, with a browser open on it from the file system:
 * {@code @RegisterExtension static final SeedSite site = new SeedSite();}.
 */
final class SeedSite implements BeforeAllCallback, AfterAllCallback {

    private Path project;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        project = Files.createTempDirectory("studysite-seeds-");
        Fixtures.copySeeds(project);
        assertThat(Fixtures.build(project).success()).isTrue();
        browser = Browser.open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        try (var files = Files.walk(project)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }

    /** The {@code file://} URL of a page of the site. */
    String url(String page) {
        return project.resolve("site-output").resolve(page).toUri().toString();
    }

    Browser browser() {
        return browser;
    }
}
