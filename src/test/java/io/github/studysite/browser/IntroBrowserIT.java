package io.github.studysite.browser;

import io.github.studysite.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 001's self-introduction in a real browser: both languages, their lang, the switcher. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class IntroBrowserIT {

    @TempDir
    static Path project;

    @BeforeAll
    static void build() throws IOException {
        Fixtures.buildSeeds(project);
    }

    @Test
    void koreanAndEnglishBlocksThenSwitchToEnglishOnTheSamePage() {
        try (Browser browser = Browser.open(1280, 900)) {
            var driver = browser.driver();
            driver.get(project.resolve("site-output/intro/aws-interview-cse.html").toUri().toString());
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
            WebElement ko = driver.findElement(By.cssSelector(".intro-column[lang='ko']"));
            WebElement en = driver.findElement(By.cssSelector(".intro-column[lang='en']"));
            assertThat(ko.getText()).contains("자기소개 하도록 하겠습니다");
            assertThat(en.getText()).contains("I joined LG CNS");
            // side by side on a wide screen
            assertThat(en.getLocation().getY()).isEqualTo(ko.getLocation().getY());
            assertThat(en.getLocation().getX()).isGreaterThan(ko.getLocation().getX());

            new Actions(driver).click(driver.findElement(By.cssSelector(".language-switcher a[hreflang='en']"))).perform();
            assertThat(driver.getCurrentUrl()).endsWith("/site-output/en/intro/aws-interview-cse.html");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("자기소개");
            assertThat(driver.findElement(By.cssSelector(".site-nav a[aria-current='page']")).getAttribute("textContent"))
                    .isEqualTo("Self-intro");
            assertThat(driver.findElement(By.cssSelector(".intro-column[lang='en']")).getText())
                    .contains("I joined LG CNS");

            new Actions(driver).click(driver.findElement(By.cssSelector(".language-switcher a[hreflang='ko']"))).perform();
            assertThat(driver.getCurrentUrl()).endsWith("/site-output/intro/aws-interview-cse.html");
        }
    }

    @Test
    void stackedOnANarrowScreen() {
        try (Browser browser = Browser.open(420, 900)) {
            var driver = browser.driver();
            driver.get(project.resolve("site-output/intro/aws-interview-cse.html").toUri().toString());
            List<WebElement> columns = driver.findElements(By.cssSelector(".intro-column"));
            assertThat(columns.get(1).getLocation().getY()).isGreaterThan(columns.get(0).getLocation().getY()
                    + columns.get(0).getSize().getHeight() - 1);
        }
    }
}
