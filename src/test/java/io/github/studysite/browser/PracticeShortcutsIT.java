package io.github.studysite.browser;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Practice shortcuts as a person types them: Space after clicking a control reveals instead of pressing that control
 * again, and N/P/T go by the physical key, so they work with the Korean input source on (key "ㅜ", code KeyN).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PracticeShortcutsIT {

    @RegisterExtension
    static final SeedBrowser site = new SeedBrowser();

    private PracticeCard card;

    @BeforeEach
    void open() {
        card = PracticeCard.openFresh(site, "practice/index.html");
        new Select(find("select[name=kind]")).selectByValue("q");
        new Select(find("select[name=status]")).selectByValue("answered");
        waitForPrompt();
    }

    private WebElement find(String css) {
        return card.find(css);
    }

    private WebDriverWait waiting() {
        return card.waiting();
    }

    private String waitForPrompt() {
        return card.waitForPrompt();
    }

    private String key() {
        return card.key();
    }

    /** A key as a Korean input source sends it: the typed jamo as key, the physical key as code. */
    private void koreanKey(String jamo, String code, int keyCode) {
        for (String type : new String[] {"keyDown", "keyUp"}) {
            site.browser().driver().executeCdpCommand("Input.dispatchKeyEvent", Map.of(
                    "type", type, "key", jamo, "code", code, "text", type.equals("keyDown") ? jamo : "",
                    "windowsVirtualKeyCode", keyCode, "nativeVirtualKeyCode", keyCode));
        }
    }

    @Test
    void spaceAfterClickingNextRevealsTheAnswerInsteadOfSkippingAgain() {
        String first = key();
        find("[data-action=next]").click();
        String second = waitForPrompt();
        assertThat(second).isNotEqualTo(first);
        assertThat(site.browser().driver().switchTo().activeElement().getAttribute("data-action")).isEqualTo("next");

        new Actions(site.browser().driver()).sendKeys(" ").perform();
        waiting().until(d -> find(".practice-answer").isDisplayed());
        assertThat(key()).isEqualTo(second);

        new Actions(site.browser().driver()).sendKeys(" ").perform();
        assertThat(key()).isEqualTo(second);
        assertThat(find(".practice-answer").isDisplayed()).isTrue();
    }

    @Test
    void enterOnAFocusedControlStillPressesIt() {
        String first = key();
        find("[data-action=next]").click();
        String second = waitForPrompt();
        new Actions(site.browser().driver()).sendKeys("\n").perform();
        waiting().until(d -> !second.equals(key()) && !find(".practice-prompt").getText().endsWith("…"));
        assertThat(key()).isNotEqualTo(first);
    }

    @Test
    void shortcutsWorkWithTheKoreanInputSourceOn() {
        // the filter just chosen keeps focus and its keys; a person clicks the page first
        site.browser().driver().executeScript("document.activeElement.blur()");
        String first = key();
        koreanKey("ㅜ", "KeyN", 78);
        waiting().until(d -> !first.equals(key()));
        koreanKey("ㅔ", "KeyP", 80);
        waiting().until(d -> first.equals(key()));

        assertThat(find(".practice-card").getAttribute("class")).doesNotContain("is-paused");
        koreanKey("ㅅ", "KeyT", 84);
        waiting().until(d -> find(".practice-card").getAttribute("class").contains("is-paused"));
    }

    @Test
    void latinLettersStillWork() {
        String first = key();
        find("body").sendKeys("n");
        waiting().until(d -> !first.equals(key()));
        find("body").sendKeys("p");
        waiting().until(d -> first.equals(key()));
    }
}
