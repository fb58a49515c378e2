package io.github.studysite.browser;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every WCAG 2 A/AA rule and axe's best practices (text contrast among them) on every main page kind, checked by
 * axe-core in a real Chromium: light and dark scheme, desktop and phone width, on the phone with the header's menu
 * open; and the header's theme button, which overrides the system scheme and is remembered.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ColorContrastIT {

    @RegisterExtension
    static final SeedBrowser site = new SeedBrowser();

    static final List<String> PAGES = List.of("index.html", "stories/index.html", "questions/index.html",
            "principles/index.html", "principles/insist-on-the-highest-standards/index.html", "stories/lg화학-cdn서비스.html",
            "intro/index.html", "intro/자기소개.html", "study/index.html", "notes/index.html",
            "notes/001_39e2b3392925d8bd/index.html", "practice/index.html", "search/index.html?q=EKS",
            "print/index.html", "en/index.html", "en/intro/index.html");
    // 404.html links from the host root (a host serves it at any depth), so from file:// it has no stylesheet.

    static Stream<Arguments> cases() {
        return Stream.of("light", "dark").flatMap(scheme -> Stream.of(1280, 390)
                .map(width -> Arguments.of(scheme, width)));
    }

    private ChromeDriver driver() {
        return site.browser().driver();
    }

    private String url(String page) {
        int query = page.indexOf('?');
        return query < 0 ? site.url(page) : site.url(page.substring(0, query)) + page.substring(query);
    }

    @ParameterizedTest(name = "{0} scheme at {1} px")
    @MethodSource("cases")
    void noAxeViolations(String scheme, int width) {
        driver().manage().window().setSize(new Dimension(width, 900));
        Axe.scheme(driver(), scheme);
        List<String> violations = new java.util.ArrayList<>();
        for (String page : PAGES) {
            driver().get(url(page));
            driver().executeScript("localStorage.removeItem('studysite:theme')");
            waitUntilScriptsAreDone(page);
            if (width < 640) {
                driver().executeScript("document.querySelector('.site-header details').open = true");
            }
            Axe.allViolations(driver()).stream().distinct().limit(3)
                    .forEach(v -> violations.add(page + " " + v));
        }
        assertThat(violations).isEmpty();
    }

    /** Practice and search fill the page from script; they are checked once they have. */
    private void waitUntilScriptsAreDone(String page) {
        WebDriverWait wait = new WebDriverWait(driver(), Duration.ofSeconds(10));
        if (page.startsWith("practice/")) {
            wait.until(d -> !d.findElement(By.cssSelector(".practice-prompt")).getText().isEmpty()
                    && !d.findElement(By.cssSelector(".practice-prompt")).getText().endsWith("…"));
            driver().findElement(By.cssSelector("[data-action=reveal]")).click();
        } else if (page.startsWith("search/")) {
            wait.until(d -> !d.findElements(By.cssSelector(".search-results li")).isEmpty());
        }
    }

    @Test
    void theThemeButtonOverridesTheSystemAndIsRemembered() {
        driver().manage().window().setSize(new Dimension(1280, 900));
        Axe.scheme(driver(), "light");
        driver().get(site.url("index.html"));
        driver().executeScript("localStorage.removeItem('studysite:theme')");
        driver().navigate().refresh();
        var button = driver().findElement(By.cssSelector("[data-theme-toggle]"));
        // WebDriver counts a closed <details>' content as hidden whatever CSS shows: ask the page what it paints.
        assertThat(driver().executeScript("var r = arguments[0].getBoundingClientRect();"
                + " return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === arguments[0]", button))
                .as("the theme button, shown in the header's row").isEqualTo(true);
        assertThat(background()).isEqualTo("rgb(255, 255, 255)");
        assertThat(button.getDomProperty("textContent")).as("the button names the theme in the page's language")
                .isEqualTo("◐ 자동");

        new Actions(driver()).click(button).perform(); // auto → light (an Actions click: see above)
        assertThat(driver().findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("light");
        assertThat(button.getDomProperty("textContent")).isEqualTo("☀ 밝게");
        new Actions(driver()).click(button).perform(); // light → dark
        assertThat(background()).isEqualTo("rgb(15, 18, 22)");
        assertThat(button.getDomProperty("textContent")).isEqualTo("☾ 어둡게");

        driver().get(site.url("en/index.html"));
        assertThat(driver().findElement(By.cssSelector("[data-theme-toggle]")).getDomProperty("textContent"))
                .as("the English pages' button, in English").isEqualTo("☾ Dark");

        driver().get(site.url("stories/index.html"));
        assertThat(driver().findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");
        assertThat(background()).isEqualTo("rgb(15, 18, 22)");
        assertThat(Axe.violations(driver(), "color-contrast")).isEmpty();

        // dark → auto: the system's light again
        new Actions(driver()).click(driver().findElement(By.cssSelector("[data-theme-toggle]"))).perform();
        assertThat(driver().findElement(By.tagName("html")).getAttribute("data-theme")).isNull();
        assertThat(background()).isEqualTo("rgb(255, 255, 255)");
        Axe.scheme(driver(), "dark");
        assertThat(background()).isEqualTo("rgb(15, 18, 22)");
        Axe.scheme(driver(), "light");
    }

    private Object background() {
        return driver().executeScript("return getComputedStyle(document.body).backgroundColor");
    }
}
