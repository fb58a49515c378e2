package io.github.studysite.browser;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search as a person types it: several words in any order, each row once, "/" to reach the box, arrow keys through
 * the results, and the language switcher keeping the query and the section.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SearchWordsIT {

    @RegisterExtension
    static final SeedBrowser site = new SeedBrowser();

    private ChromeDriver driver() {
        return site.browser().driver();
    }

    private List<String> search(String query) {
        driver().get(site.url("search/index.html") + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(d -> {
            String text = d.findElement(By.cssSelector(".search-status")).getText();
            return !text.isEmpty() && !text.contains("…");
        });
        return driver().findElements(By.cssSelector(".search-results .search-result > a")).stream()
                .map(a -> a.getAttribute("href")).toList();
    }

    @Test
    void everyWordMatchesInAnyOrder() {
        List<String> forward = search("EKS 구축");
        assertThat(forward).isNotEmpty();
        List<String> backward = search("구축 EKS");
        assertThat(new HashSet<>(backward)).isEqualTo(new HashSet<>(forward));
        // "EKS를 기반으로 신규 서비스를 구축하는": the words are apart, so as one phrase it would not match
        assertThat(search("신규 EKS 서비스")).isNotEmpty();
        assertThat(search("자기소개 2분")).isNotEmpty();
        // every word must match: a word found nowhere leaves nothing
        assertThat(search("EKS 펭귄없는단어")).isEmpty();
        List<WebElement> marks = driver().findElements(By.cssSelector(".search-results mark"));
        assertThat(marks).isEmpty();
    }

    @Test
    void eachAddressIsOneRow() {
        for (String query : List.of("EKS 구축", "고객", "프로젝트", "aws")) {
            List<String> rows = search(query);
            assertThat(rows).as(query).isNotEmpty().doesNotHaveDuplicates();
        }
    }

    @Test
    void slashFocusesTheSearchBoxAndArrowsMoveThroughResults() {
        driver().get(site.url("stories/index.html"));
        driver().findElement(By.tagName("body")).sendKeys("/");
        assertThat(driver().executeScript("var a = document.activeElement;"
                + " return a.name === 'q' && a.closest('.site-header') !== null")).as("the header's search box").isEqualTo(true);

        List<String> rows = search("EKS");
        assertThat(rows.size()).isGreaterThan(1);
        driver().findElement(By.tagName("h1")).click();
        new Actions(driver()).sendKeys("/").perform();
        WebElement box = driver().switchTo().activeElement();
        assertThat(box.getAttribute("name")).isEqualTo("q");
        assertThat(box.getAttribute("value")).isEqualTo("EKS");
        new Actions(driver()).sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(driver().switchTo().activeElement().getAttribute("href")).isEqualTo(rows.get(0));
        new Actions(driver()).sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(driver().switchTo().activeElement().getAttribute("href")).isEqualTo(rows.get(1));
        new Actions(driver()).sendKeys(Keys.ARROW_UP, Keys.ARROW_UP).perform();
        assertThat(driver().switchTo().activeElement().getAttribute("name")).isEqualTo("q");
    }

    @Test
    void theLanguageSwitcherKeepsTheQueryAndTheSection() {
        search("EKS 구축");
        new Actions(driver()).click(driver().findElement(By.cssSelector(".language-switcher a[hreflang=en]"))).perform();
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/en/search/"));
        assertThat(driver().getCurrentUrl()).endsWith("?q=EKS+%EA%B5%AC%EC%B6%95");
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(d ->
                !d.findElements(By.cssSelector(".search-results .search-result")).isEmpty());

        driver().get(site.url("notes/003_4de0ae601899b12d/index.html"));
        String anchor = driver().findElement(By.cssSelector(".note-body [id]")).getAttribute("id");
        driver().executeScript("location.hash = arguments[0]", anchor);
        new Actions(driver()).click(driver().findElement(By.cssSelector(".language-switcher a[hreflang=en]"))).perform();
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/en/notes/"));
        assertThat(driver().getCurrentUrl()).contains("#");
        String fragment = driver().getCurrentUrl().substring(driver().getCurrentUrl().indexOf('#') + 1);
        assertThat(java.net.URLDecoder.decode(fragment, StandardCharsets.UTF_8)).isEqualTo(anchor);
    }
}
