package io.github.studysite.browser;

import io.github.studysite.BuildResult;
import io.github.studysite.Fixtures;
import io.github.studysite.SiteBuilder;
import io.github.studysite.config.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entity-smuggled script addresses of {@code bad-input/entity-xss.md} in a real Chromium: every note page of the
 * built site is opened and every link and image in the note clicked, and no script the note wrote runs. A hook
 * installed in every document before its own scripts ({@code alert}, {@code confirm}, {@code prompt}, {@code print}
 * record their call in {@code window.name}, which outlives navigation in the tab) sees what ran; the same walk over a
 * site built with {@code allowUnsafeHtml} must see the scripts run, which shows the hook would notice.
 */
class UnsafeLinksBrowserIT {

    private static final String HOOK = "for (const f of ['alert', 'confirm', 'prompt', 'print']) {"
            + " window[f] = (m) => { window.name += f + '(' + m + ');'; }; }";

    @TempDir
    Path project;

    private Path build(boolean allowUnsafe) throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        Files.copy(Fixtures.PROJECT.resolve("src/test/resources/bad-input/entity-xss.md"), content.resolve("entity-xss.md"));
        Fixtures.write(project, "content/other.md", "# Other\n\n[back](entity-xss.md)\n");
        BuildResult result = new SiteBuilder(SiteConfig.builder(project).strict(false)
                .allowUnsafeHtml(allowUnsafe).build()).build();
        assertThat(result.success()).as(result.problems().toString()).isTrue();
        return project.resolve("site-output");
    }

    @Test
    void noSmuggledAddressRunsWhenClicked() throws IOException {
        Path site = build(false);
        try (Browser browser = Browser.open()) {
            List<String> ran = new ArrayList<>();
            for (String page : List.of("notes/entity-xss/index.html", "notes/other/index.html")) {
                ran.addAll(clickEverything(browser.driver(), site.resolve(page)));
            }
            assertThat(ran).isEmpty();
        }
    }

    @Test
    void theSameWalkSeesScriptsRunWhenUnsafeHtmlIsAllowed() throws IOException {
        Path site = build(true);
        try (Browser browser = Browser.open()) {
            assertThat(String.join("", clickEverything(browser.driver(), site.resolve("notes/entity-xss/index.html"))))
                    .contains("alert(1)", "alert(6)", "alert(13)");
        }
    }

    /** Opens the page afresh for each link and image of the note body, clicks it, and returns what ran. */
    private static List<String> clickEverything(ChromeDriver driver, Path page) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
        String url = page.toUri().toString();
        driver.get(url);
        int targets = driver.findElements(By.cssSelector(".note-body a, .note-body img")).size();
        assertThat(targets).as(url).isPositive();
        List<String> ran = new ArrayList<>();
        for (int i = 0; i < targets; i++) {
            driver.get(url);
            ((JavascriptExecutor) driver).executeScript("window.name = '';");
            WebElement target = driver.findElements(By.cssSelector(".note-body a, .note-body img")).get(i);
            // a trusted-enough click for links, SVG links included; WebDriver's own would refuse hidden elements
            ((JavascriptExecutor) driver).executeScript("arguments[0].dispatchEvent(new MouseEvent('click',"
                    + " {bubbles: true, cancelable: true, view: window}));", target);
            ran.addAll(settle(driver));
        }
        return ran;
    }

    /**
     * What ran since the click: a javascript: address runs in a task queued by the click, so this waits until the
     * page has rendered a frame and then run a task of its own before reading the hook's record.
     */
    private static List<String> settle(ChromeDriver driver) {
        try {
            String alert = driver.switchTo().alert().getText();
            driver.switchTo().alert().dismiss();
            return List.of("dialog " + alert);
        } catch (NoAlertPresentException e) {
            // the hook kept dialogs from opening
        }
        Object name = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[0];"
                + " requestAnimationFrame(() => setTimeout(() => done(window.name), 0));");
        return name == null || name.toString().isEmpty() ? List.of() : List.of(name.toString());
    }
}
