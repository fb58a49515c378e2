package io.github.studysite.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Practice mode in a real browser, from the file system: reveal, next/previous, the timer, stories part by part. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PracticeBrowserIT {

    @RegisterExtension
    static final SeedBrowser site = new SeedBrowser();

    private PracticeCard card;

    /** Each test starts on a fresh page with nothing practised yet. */
    @BeforeEach
    void open() {
        card = PracticeCard.openFresh(site, "practice/index.html");
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

    private void press(String key) {
        find("body").sendKeys(key);
    }

    /** A browser that cannot inflate the search files says that practice is unavailable in it, answer never shown. */
    @Test
    void aBrowserWithoutDecompressionStreamSaysPracticeIsUnavailableInIt() {
        Object id = site.browser().driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "delete window.DecompressionStream;")).get("identifier");
        try {
            site.browser().driver().get(site.url("practice/index.html"));
            assertThat(find(".practice-prompt").getText()).startsWith("이 브라우저에서는 연습 모드를 쓸 수 없습니다.");
            find("[data-action=reveal]").click();
            assertThat(find(".practice-answer").isDisplayed()).isFalse();
        } finally {
            site.browser().driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", id));
        }
    }

    @Test
    void revealsTheAnswerOnlyWhenAskedAndMovesOnAndBack() {
        assertThat(find(".practice-card").isDisplayed()).isTrue();
        new Select(find("select[name=kind]")).selectByValue("q");
        new Select(find("select[name=status]")).selectByValue("answered");
        waitForPrompt();
        WebElement answer = find(".practice-answer");
        assertThat(answer.isDisplayed()).isFalse();
        String first = find(".practice-card").getAttribute("data-key");

        press(" ");
        waiting().until(d -> answer.isDisplayed());
        assertThat(answer.getText()).isNotBlank();

        find("[data-action=next]").click();
        String second = waitForPrompt();
        assertThat(second).isNotEqualTo(first);
        assertThat(find(".practice-answer").isDisplayed()).isFalse();

        press("p");
        waiting().until(d -> first.equals(find(".practice-card").getAttribute("data-key")));
        press("n");
        waiting().until(d -> second.equals(find(".practice-card").getAttribute("data-key")));
    }

    @Test
    void theTimerRunsTowardsTheSpeakingTimeAndPauses() {
        WebElement elapsed = find(".practice-elapsed");
        waiting().until(d -> !elapsed.getText().equals("0:00"));
        String target = find(".practice-target").getText();
        assertThat(target).matches("(/ \\d+:\\d\\d .+|.+)");
        press("t");
        String paused = elapsed.getText();
        assertThat(find(".practice-card").getAttribute("class")).contains("is-paused");
        assertThat(find("[data-action=timer]").getText()).isEqualTo("타이머 계속");
        press("t");
        waiting().until(d -> !elapsed.getText().equals(paused));
    }

    @Test
    void leastRecentlyPractisedComesFirst() {
        String practisedNow = find(".practice-card").getAttribute("data-key");
        press(" ");
        site.browser().driver().navigate().refresh();
        String firstAfterReload = waitForPrompt();
        assertThat(firstAfterReload).isNotEqualTo(practisedNow);
        Object stored = site.browser().driver().executeScript("return localStorage.getItem('studysite:practice')");
        assertThat(String.valueOf(stored)).contains(practisedNow);
        assertThat(find(".practice-last").getText()).isEqualTo("아직 연습하지 않음");
    }

    @Test
    void aStoryIsAskedFromItsPrincipleAndRevealedPartByPart() {
        new Select(find("select[name=kind]")).selectByValue("s");
        new Select(find("select[name=principle]")).selectByValue("insist-on-the-highest-standards");
        waitForPrompt();
        assertThat(find(".filter-count").getText()).startsWith("2 /");
        assertThat(find(".practice-card").getAttribute("data-kind")).isEqualTo("s");
        assertThat(find(".practice-prompt").getText()).contains("원칙이 드러난 경험을 말해 주세요");
        for (int i = 1; i <= 4; i++) {
            find("[data-action=reveal]").click();
            int shown = i;
            waiting().until(d -> d.findElements(By.cssSelector(".practice-parts > li")).size() == shown);
        }
        List<String> letters = site.browser().driver().findElements(By.cssSelector(".practice-parts .star-letter")).stream()
                .map(WebElement::getText).toList();
        assertThat(letters).containsExactly("S", "T", "A", "R");
        assertThat(find("[data-action=reveal]").isEnabled()).isFalse();
    }

    @Test
    void filtersNarrowToUnansweredQuestions() {
        new Select(find("select[name=kind]")).selectByValue("q");
        new Select(find("select[name=status]")).selectByValue("unanswered");
        waitForPrompt();
        press(" ");
        waiting().until(d -> find(".practice-answer").isDisplayed());
        assertThat(find(".practice-answer").getText()).isEqualTo("아직 답을 쓰지 않았습니다.");
    }

    @Test
    void theEnglishPageAsksStoriesInEnglishFromTheSameData() {
        site.browser().driver().get(site.url("en/practice/index.html"));
        waitForPrompt();
        new Select(find("select[name=kind]")).selectByValue("s");
        new Select(find("select[name=principle]")).selectByValue("insist-on-the-highest-standards");
        waitForPrompt();
        assertThat(find(".practice-prompt").getText())
                .isEqualTo("Tell me about a time you showed Insist on the Highest Standards.");
        find("[data-action=reveal]").click();
        waiting().until(d -> !d.findElements(By.cssSelector(".practice-parts > li")).isEmpty());
        assertThat(find(".practice-parts h3").getText()).contains("Situation");
        assertThat(find(".practice-source").getAttribute("href")).contains("/en/stories/");
    }

    /** The card's links are made in the browser from an item's key and page, and its note's title from the filter. */
    @Test
    void theSourceLinksLeadToTheQuestionAndTheStoryOnTheCard() {
        Select notes = new Select(find("select[name=note]"));
        notes.selectByIndex(notes.getOptions().size() - 1);
        new Select(find("select[name=kind]")).selectByValue("q");
        String key = waitForPrompt();
        String prompt = find(".practice-prompt").getText();
        assertThat(find(".practice-source").getText()).isEqualTo(notes.getFirstSelectedOption().getText());
        find(".practice-source").click();
        waiting().until(d -> !d.findElements(By.id(key)).isEmpty());
        assertThat(site.browser().driver().findElement(By.id(key)).findElement(By.cssSelector(".q-text")).getText())
                .isEqualTo(prompt);

        card = PracticeCard.openFresh(site, "practice/index.html");
        new Select(find("select[name=kind]")).selectByValue("s");
        waitForPrompt();
        String title = find(".practice-source").getText();
        find(".practice-source").click();
        waiting().until(d -> !d.findElements(By.cssSelector("h1")).isEmpty()
                && d.getCurrentUrl().contains("/stories/"));
        assertThat(find("h1").getText()).isEqualTo(title);
    }
}
