package io.github.studysite.browser;

import io.github.studysite.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The STAR index filters and sorts in a real browser, from the file system, without a server. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class StarIndexBrowserIT {

    @TempDir
    static Path project;

    @BeforeAll
    static void build() throws IOException {
        Fixtures.buildSeeds(project);
    }

    private static List<WebElement> visibleRows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#story-table tbody tr")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    @Test
    void filtersByPrincipleAndCompletenessAndSorts() {
        try (Browser browser = Browser.open()) {
            browser.driver().get(project.resolve("site-output/stories/index.html").toUri().toString());
            assertThat(visibleRows(browser)).hasSize(19);
            WebElement form = browser.driver().findElement(By.cssSelector("form.filters"));
            assertThat(form.isDisplayed()).isTrue();

            new Select(form.findElement(By.name("principle"))).selectByValue("insist-on-the-highest-standards");
            assertThat(visibleRows(browser)).hasSize(2);
            new Select(form.findElement(By.name("principle"))).selectByValue("");
            new Select(form.findElement(By.name("status"))).selectByValue("empty");
            assertThat(visibleRows(browser)).extracting(r -> r.getAttribute("class")).containsOnly("status-empty")
                    .hasSizeGreaterThan(0);
            new Select(form.findElement(By.name("status"))).selectByValue("");

            WebElement lengthHeader = browser.driver().findElements(By.cssSelector("#story-table th")).get(4);
            lengthHeader.click();
            lengthHeader.click();
            assertThat(lengthHeader.getAttribute("aria-sort")).isEqualTo("descending");
            List<Integer> lengths = visibleRows(browser).stream()
                    .map(r -> Integer.parseInt(r.findElements(By.tagName("td")).get(4).getText())).toList();
            assertThat(lengths).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }
    /** Each row's STAR badge, by the story's address: what a screen reader names, its tooltip, the parts drawn filled. */
    @SuppressWarnings("unchecked")
    private static java.util.Map<String, String> badges(Browser browser) {
        return (java.util.Map<String, String>) browser.driver().executeScript("""
                var out = {};
                var status = document.querySelector('form.filters select[name=status]');
                document.querySelectorAll('#story-table tbody tr').forEach(function (tr) {
                  var b = tr.querySelector('[role=img]');
                  var r = b.getBoundingClientRect();
                  var named = status.querySelector('option[value=' + tr.className.replace('status-', '') + ']').textContent;
                  var mask = getComputedStyle(b).maskImage || getComputedStyle(b).webkitMaskImage;
                  out[tr.querySelector('td a').href] = tr.className.replace('status-', '') + ' | '
                    + (b.getAttribute('aria-label') === named ? 'named' : 'not named') + ' | ' + (b.title || '-') + ' | '
                    + b.getAttribute('data-parts') + ' | ' + (r.width > 3.5 * r.height && r.height > 8 ? 'drawn' : 'not drawn')
                    + ' | ' + (mask.indexOf('data:image/svg') >= 0 ? 'masked' : 'plain');
                });
                return out;""");
    }

    @Test
    void theStarBadgeReadsAndLooksTheSameFromTheServerAndFromTheFilters() {
        try (Browser browser = Browser.open()) {
            browser.driver().get(project.resolve("site-output/stories/index.html").toUri().toString());
            java.util.Map<String, String> server = badges(browser);
            assertThat(server).hasSize(19);
            assertThat(server.values()).allSatisfy(b -> assertThat(b).contains(" | named | ").endsWith("| drawn | masked"))
                    .anySatisfy(b -> assertThat(b).startsWith("complete | named | - | STAR |"))
                    .anySatisfy(b -> assertThat(b).startsWith("empty | named | - |  |"))
                    .anySatisfy(b -> assertThat(b).matches("incomplete \\| named \\| .+: .+ \\| S?T?A?R? \\|.*"));
            new Select(browser.driver().findElement(By.name("sort"))).selectByValue("title");
            assertThat(badges(browser)).isEqualTo(server);
        }
    }
}
