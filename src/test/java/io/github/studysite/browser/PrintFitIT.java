package io.github.studysite.browser;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * print.js measures and shrinks one-pagers only when the page prints, not on every load (a 1.4 s long task on a
 * 300-note principle page): loading leaves no "studysite:fit" mark, printing to PDF leaves one and still gives one A4
 * sheet per one-pager.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PrintFitIT {

    @RegisterExtension
    static final SeedBrowser site = new SeedBrowser();

    private long fits() {
        return (Long) site.browser().driver().executeScript(
                "return performance.getEntriesByName('studysite:fit').length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"principles/insist-on-the-highest-standards/index.html", "stories/lg화학-cdn서비스.html",
            "intro/자기소개.html", "print/index.html", "en/print/index.html"})
    void loadingFitsNothingAndPrintingFitsEachOnePagerOnOneSheet(String page) {
        site.browser().driver().get(site.url(page));
        new WebDriverWait(site.browser().driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                site.browser().driver().executeScript("return document.readyState === 'complete' && "
                        + "document.fonts.status === 'loaded' && !!document.querySelector('.one-pager')")));
        // let the page settle a frame after load: a fit on load would have run by then (it ran on fonts.ready)
        site.browser().driver().executeAsyncScript(
                "var done = arguments[0]; requestAnimationFrame(function () { setTimeout(done, 0); });");
        assertThat(fits()).as("fits on load").isZero();

        long sheets = (Long) site.browser().driver().executeScript(
                "return document.querySelectorAll('.one-pager').length");
        Pdf pdf = Pdf.print(site.browser().driver());
        assertThat(fits()).as("fits when printing").isEqualTo(1);
        assertThat(pdf.pages()).isEqualTo((int) sheets);
    }
}
