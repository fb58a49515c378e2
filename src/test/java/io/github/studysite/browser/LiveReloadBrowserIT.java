package io.github.studysite.browser;

import io.github.studysite.Fixtures;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.serve.Serve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open page follows the notes while they are edited: it reloads by itself when its note changes, shows the
 * problems when a save breaks the site, and comes back when the next save fixes it. Waits are functional bounds.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LiveReloadBrowserIT {

    private static final Duration BOUND = Duration.ofSeconds(40);

    @TempDir
    Path project;

    @Test
    void anOpenPageReloadsOnEditsAndShowsBuildErrorsUntilFixed() throws IOException {
        Fixtures.copySeeds(project);
        Path note = project.resolve("content/" + Fixtures.SEED_004);
        try (Serve serve = Serve.start(SiteConfig.builder(project).build(), 0, Serve.Log.of(m -> { }, m -> { }, m -> { }));
             Browser browser = Browser.open()) {
            var driver = browser.driver();
            driver.get(serve.url().resolve("notes/004_05ea4aff718872b0/").toString());
            WebDriverWait wait = new WebDriverWait(driver, BOUND);
            assertThat(driver.findElement(By.cssSelector(".note-body")).getText()).doesNotContain("저절로 나타난 문장");
            driver.executeScript("window.stillTheSamePage = true");

            Files.writeString(note, "\n\n저절로 나타난 문장\n", StandardOpenOption.APPEND);
            wait.until(d -> d.findElement(By.cssSelector("body")).getText().contains("저절로 나타난 문장"));
            assertThat(driver.executeScript("return window.stillTheSamePage === true")).isEqualTo(false);

            Path broken = Fixtures.write(project, "content/broken.md", "---\ntitle: [unclosed\n---\n");
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains("content/broken.md:3:1"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("빌드 오류");

            Files.delete(broken);
            wait.until(d -> !d.findElements(By.cssSelector(".note-body")).isEmpty());
            assertThat(driver.findElement(By.cssSelector(".note-body")).getText()).contains("저절로 나타난 문장");
        }
    }
}
