package io.github.studysite.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drilling on the practice page: "good / again" after the reveal schedules what comes back (Leitner boxes in
 * localStorage, per site), and the spoken answer can be recorded and played back beside the timer, kept in the page.
 * Chromium gets a fake microphone that is allowed without asking.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PracticeDrillIT {

    private static final long DAY = 86_400_000L;

    @RegisterExtension
    static final SeedBrowser site = new SeedBrowser("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream");

    private PracticeCard card;

    @BeforeEach
    void open() {
        card = PracticeCard.openFresh(site, "practice/index.html");
    }

    private void press(String key) {
        card.find("body").sendKeys(key);
    }

    private Object js(String script, Object... args) {
        return site.browser().driver().executeScript(script, args);
    }

    /** Where the page keeps the schedule: namespaced by the site's own path. */
    private String scheduleKey() {
        return "studysite:" + URI.create(site.url("")).getRawPath() + ":schedule";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> entry(String key) {
        return (Map<String, Object>) js("var s = JSON.parse(localStorage.getItem(arguments[0]) || '{}');"
                + " return s[arguments[1]] || null;", scheduleKey(), key);
    }

    @Test
    void goodSchedulesTheItemAwayAndAgainBringsItBack() {
        String first = card.key();
        assertThat(card.find(".practice-grade").isDisplayed()).isFalse();
        press(" ");
        card.waiting().until(d -> card.find(".practice-grade").isDisplayed());
        long before = System.currentTimeMillis();
        press("g");
        card.waiting().until(d -> !first.equals(card.key()));
        Map<String, Object> good = entry(first);
        assertThat(good).containsEntry("box", 2L);
        assertThat((Long) good.get("due")).isBetween(before + DAY - 5_000, System.currentTimeMillis() + DAY);

        site.browser().driver().navigate().refresh();
        String afterReload = card.waitForPrompt();
        assertThat(afterReload).isNotEqualTo(first);
        assertThat(entry(first)).containsEntry("box", 2L);

        // not due for a day, so it waits at the end of the queue: one step back from the first item
        press("p");
        card.waiting().until(d -> first.equals(card.key()));
        card.waitForPrompt();
        assertThat(card.find(".practice-last").getText()).endsWith("상자 2/5");
        press(" ");
        card.waiting().until(d -> card.find(".practice-grade").isDisplayed());
        press("a");
        card.waiting().until(d -> !first.equals(card.key()));
        assertThat(entry(first)).containsEntry("box", 1L);

        site.browser().driver().navigate().refresh();
        assertThat(card.waitForPrompt()).isEqualTo(first);
    }

    @Test
    void gradingKeysDoNothingBeforeTheReveal() {
        String first = card.key();
        press("g");
        press("a");
        assertThat(card.key()).isEqualTo(first);
        assertThat(entry(first)).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScheduleIsALeitnerSystem() {
        List<Object> boxes = (List<Object>) js("""
                var L = window.studysiteLeitner, now = 1000, e = null, out = [];
                for (var i = 0; i < 6; i++) { e = L.grade(e, true, now); out.push([e.box, e.due - now]); }
                e = L.grade(e, false, now); out.push([e.box, e.due - now]);
                return out;""");
        assertThat(boxes).containsExactly(List.of(2L, DAY), List.of(3L, 3 * DAY), List.of(4L, 7 * DAY),
                List.of(5L, 14 * DAY), List.of(5L, 14 * DAY), List.of(5L, 14 * DAY), List.of(1L, 0L));

        Object order = js("""
                return window.studysiteLeitner.order(["new1", "later", "due", "seen", "new2", "overdue"],
                    {later: {box: 2, due: 5000}, due: {box: 1, due: 900}, overdue: {box: 3, due: 100}},
                    {seen: 800, due: 700}, 1000);""");
        assertThat((List<Object>) order).containsExactly("overdue", "due", "new1", "new2", "seen", "later");
    }

    @Test
    void recordsTheSpokenAnswerAndPlaysItBackBesideTheTimer() {
        WebElement record = card.find(".practice-timer [data-action=record]");
        assertThat(record.isDisplayed()).isTrue();
        site.browser().driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        // record for about a second: the page says when the recorder started and when its data is in
        Object src = site.browser().driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var card = document.querySelector('.practice-card');
                var button = document.querySelector('[data-action=record]');
                card.addEventListener('practice:recording', function () {
                  done.pressed = button.getAttribute('aria-pressed');
                  setTimeout(function () { button.click(); }, 1000);
                }, {once: true});
                card.addEventListener('practice:recorded', function () {
                  var audio = document.querySelector('.practice-timer audio.practice-recording');
                  fetch(audio.src).then(function (r) { return r.blob(); })
                    .then(function (b) { done([done.pressed, audio.src, b.size]); });
                }, {once: true});
                button.click();""");
        List<?> result = (List<?>) src;
        assertThat(result.get(0)).isEqualTo("true");
        assertThat((String) result.get(1)).startsWith("blob:");
        assertThat((Long) result.get(2)).isPositive();
        WebElement audio = card.find(".practice-timer audio.practice-recording");
        assertThat(audio.isDisplayed()).isTrue();
        assertThat(record.getText()).isEqualTo("답 녹음");
        assertThat(record.getAttribute("aria-pressed")).isEqualTo("false");

        // the next item starts without it; a reload forgets it too (nothing is stored)
        String first = card.key();
        press("n");
        card.waiting().until(d -> !first.equals(card.key()));
        assertThat(audio.isDisplayed()).isFalse();
        assertThat(audio.getDomAttribute("src")).isNull();
    }

    @Test
    void aRefusedMicrophoneHidesTheButtonWithANote() {
        js("navigator.mediaDevices.getUserMedia = function () {"
                + " return Promise.reject(new DOMException('denied', 'NotAllowedError')); }");
        WebElement record = card.find("[data-action=record]");
        record.click();
        card.waiting().until(d -> !record.isDisplayed());
        assertThat(card.find(".practice-record-note").getText()).isEqualTo("녹음할 수 없습니다: 브라우저가 마이크를 허용하지 않았습니다.");
    }

    @Test
    void withoutMediaRecorderThereIsNoRecordButton() {
        Map<String, Object> script = site.browser().driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "delete window.MediaRecorder;"));
        try {
            site.browser().driver().navigate().refresh();
            card.waitForPrompt();
            assertThat(js("return typeof MediaRecorder")).isEqualTo("undefined");
            assertThat(card.find("[data-action=record]").isDisplayed()).isFalse();
            assertThat(card.find(".practice-record-note").isDisplayed()).isFalse();
        } finally {
            site.browser().driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", script.get("identifier")));
        }
    }
}
