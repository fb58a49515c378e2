package io.github.studysite.browser;

import io.github.studysite.SeedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The coach's hints in a real browser, from the file system: the needs-work filter, dismissing and restoring. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CoachHintsBrowserIT {

    private static List<WebElement> visibleRows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#story-table tbody tr")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    private static List<WebElement> visibleHints(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".coach-hints li[data-hint]")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    @Test
    void theNeedsWorkFilterShowsOnlyStoriesWithHintsAndADismissedHintStaysDismissed() {
        try (Browser browser = Browser.open()) {
            browser.driver().get(SeedSite.get().resolve("stories/index.html").toUri().toString());
            int all = visibleRows(browser).size();
            WebElement form = browser.driver().findElement(By.cssSelector("form.filters"));
            new Select(form.findElement(By.name("feedback"))).selectByValue("needs-work");
            List<WebElement> needing = visibleRows(browser);
            assertThat(needing).isNotEmpty().hasSizeLessThan(all)
                    .allSatisfy(r -> assertThat(r.findElements(By.cssSelector(".coach-hints-inline li"))).isNotEmpty());
            // a story that needs work is among the filtered rows (the list draws only the rows that pass its filter)
            String alarm = browser.driver().findElements(By.cssSelector("#story-table tbody tr td:first-child a"))
                    .stream().filter(a -> a.getAttribute("textContent").equals("Application 오류에 대한 알람 서비스"))
                    .findFirst().orElseThrow().getAttribute("href");
            new Select(form.findElement(By.name("feedback"))).selectByValue("ok");
            assertThat(visibleRows(browser)).hasSize(all - needing.size());

            browser.driver().get(alarm);
            int hints = visibleHints(browser).size();
            assertThat(hints).isPositive();
            WebElement restore = browser.driver().findElement(By.cssSelector(".hint-restore"));
            assertThat(restore.isDisplayed()).isFalse();
            WebElement first = visibleHints(browser).get(0);
            String rule = first.getAttribute("data-hint");
            first.findElement(By.cssSelector(".hint-dismiss")).click();
            assertThat(visibleHints(browser)).hasSize(hints - 1);
            // remembered as studysite:hint:<story slug>/<rule>, the key earlier builds wrote, so their dismissals hold
            String slug = browser.driver().findElement(By.cssSelector(".coach-hints")).getAttribute("data-hints");
            assertThat(slug).isNotBlank();
            assertThat(java.net.URLDecoder.decode(alarm, java.nio.charset.StandardCharsets.UTF_8)).endsWith("/" + slug + ".html");
            assertThat(browser.driver().executeScript("return localStorage.getItem(arguments[0])",
                    "studysite:hint:" + slug + "/" + rule)).isEqualTo("1");
            browser.driver().navigate().refresh();
            assertThat(visibleHints(browser)).as("remembered after a reload").hasSize(hints - 1);
            browser.driver().findElement(By.cssSelector(".hint-restore")).click();
            assertThat(visibleHints(browser)).hasSize(hints);
        }
    }
}
