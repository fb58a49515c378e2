package io.github.studysite.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The practice page's card as the practice tests read it. */
final class PracticeCard {

    private final ChromeDriver driver;

    PracticeCard(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Opens the page with nothing practised yet and waits for the first item. */
    static PracticeCard openFresh(SeedBrowser site, String page) {
        PracticeCard card = new PracticeCard(site.browser().driver());
        card.driver.get(site.url(page));
        card.driver.executeScript("localStorage.clear()");
        card.driver.navigate().refresh();
        card.waitForPrompt();
        return card;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** Waits until the card shows an item (its text is loaded from the note's chunk); returns its key. */
    String waitForPrompt() {
        waiting().until(d -> !find(".practice-prompt").getText().isEmpty()
                && !find(".practice-prompt").getText().endsWith("…"));
        return key();
    }

    String key() {
        return find(".practice-card").getAttribute("data-key");
    }
}
