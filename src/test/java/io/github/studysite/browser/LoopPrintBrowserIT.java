package io.github.studysite.browser;

import io.github.studysite.SeedSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The loop plan printed as Chromium prints it: the gaps on one A4 sheet, then one sheet per interviewer. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LoopPrintBrowserIT {

    private static Path site;
    private static Browser browser;

    @BeforeAll
    static void open() {
        site = SeedSite.get();
        browser = Browser.open();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theSeedLoopPrintsTheGapsThenOneSheetPerInterviewer() {
        browser.driver().get(site.resolve("loop/index.html").toUri().toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                browser.driver().executeScript("return document.readyState === 'complete' && "
                        + "document.fonts.status === 'loaded'")));
        Pdf pdf = Pdf.print(browser.driver());
        assertThat(pdf.pages()).isEqualTo(1 + 5);
        String text = pdf.text();
        assertThat(text).contains("먼저 채울 빈칸", "면접관 1", "면접관 5", "고객 집착").doesNotContain("모두 인쇄");
        for (int i = 1; i < 5; i++) {
            assertThat(text.indexOf("면접관 " + i)).isLessThan(text.indexOf("면접관 " + (i + 1)));
        }
    }
}
