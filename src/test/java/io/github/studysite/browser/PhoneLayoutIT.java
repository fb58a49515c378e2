package io.github.studysite.browser;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** On a phone (390 and 360 CSS px) no page kind is wider than the screen, and the header stays short. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PhoneLayoutIT {

    @RegisterExtension
    static final SeedBrowser site = new SeedBrowser();

    private ChromeDriver driver() {
        return site.browser().driver();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 360})
    void noPageIsWiderThanThePhone(int width) {
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 2, "mobile", true));
        List<String> wide = new ArrayList<>();
        try {
            for (String page : ColorContrastIT.PAGES) {
                driver().get(site.url(page.replaceAll("\\?.*", "")));
                Object widest = driver().executeScript("return document.documentElement.scrollWidth");
                if (((Long) widest) > width) {
                    Object culprit = driver().executeScript("""
                            var w = arguments[0], out = [];
                            document.querySelectorAll('body *').forEach(function (el) {
                              var r = el.getBoundingClientRect();
                              if (r.right > w + 1 && !el.closest('.table-wrap, pre')) { out.push(el.tagName + '.' + el.className); }
                            });
                            return out.slice(0, 3).join(', ');""", width);
                    wide.add(page + ": " + widest + " px (" + culprit + ")");
                }
                Long header = (Long) driver().executeScript(
                        "return Math.round(document.querySelector('.site-header').getBoundingClientRect().height)");
                if (header > 140) {
                    wide.add(page + ": header " + header + " px tall");
                }
            }
        } finally {
            driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(wide).isEmpty();
    }

    /**
     * The STAR index on a phone: every story's title, S/T/A/R, length and time are on the screen, not off to the
     * side of a table that scrolls — as the server writes the page, and as the filters draw it.
     */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 360})
    void theStarIndexFitsThePhone(int width) {
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 2, "mobile", true));
        try {
            for (String query : List.of("", "?sort=-chars")) {
                driver().get(site.url("stories/index.html") + query);
                @SuppressWarnings("unchecked")
                List<String> off = (List<String>) driver().executeScript("""
                        var w = arguments[0], out = [];
                        var wrap = document.querySelector('.table-wrap');
                        if (wrap.scrollWidth > wrap.clientWidth) { out.push('table scrolls: ' + wrap.scrollWidth); }
                        document.querySelectorAll('#story-table tbody td, #story-table tbody .star-badge').forEach(function (el) {
                          var r = el.getBoundingClientRect();
                          if (r.width > 0 && (r.right > w + 1 || r.left < -1)) { out.push(el.tagName + ' ' + el.textContent.slice(0, 20) + ' at ' + Math.round(r.right)); }
                        });
                        if (document.querySelectorAll('#story-table tbody tr').length === 0) { out.push('no rows'); }
                        return out.slice(0, 5);""", width);
                assertThat(off).as(query).isEmpty();
                assertThat((Long) driver().executeScript("return document.documentElement.scrollWidth"))
                        .isLessThanOrEqualTo(width);
            }
        } finally {
            driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
