package io.github.studysite.browser;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone (390 and 360 CSS px) no page kind is wider than the screen; the header is one short row that stays on
 * screen, with a menu button that opens and closes by tap and by keyboard; the dashboard's first screen shows what to
 * work on next.
 */
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
            for (String page : LighthouseIT.PAGES.stream().filter(p -> !p.equals("404.html")).toList()) {
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
                if (header > 64) {
                    wide.add(page + ": header " + header + " px tall");
                }
            }
        } finally {
            driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(wide).isEmpty();
    }

    private void phone(int width, int height) {
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }

    @Test
    void theMenuButtonOpensAndClosesByTapAndByKeyboard() {
        phone(390, 844);
        try {
            driver().get(site.url("stories/index.html"));
            WebElement button = driver().findElement(By.cssSelector(".site-header summary"));
            WebElement link = driver().findElement(By.cssSelector(".site-nav a[href*='questions/']"));
            assertThat(button.isDisplayed()).as("the menu button").isTrue();
            assertThat(link.isDisplayed()).as("the menu starts closed").isFalse();

            button.click();
            assertThat(link.isDisplayed()).as("opened by a tap").isTrue();
            assertThat(link.getRect().getY()).as("the menu drops below the header")
                    .isGreaterThanOrEqualTo(button.getRect().getY() + button.getRect().getHeight());
            button.click();
            assertThat(link.isDisplayed()).as("closed by a second tap").isFalse();

            // Keyboard: from the site's name, Tab reaches the button; Enter opens, Escape closes.
            driver().executeScript("document.querySelector('.brand').focus()");
            new Actions(driver()).sendKeys(Keys.TAB).perform();
            assertThat(driver().switchTo().activeElement()).isEqualTo(button);
            assertThat(driver().executeScript("return getComputedStyle(arguments[0]).outlineStyle", button))
                    .as("focus is visible").isNotEqualTo("none");
            button.sendKeys(Keys.ENTER);
            assertThat(link.isDisplayed()).as("opened by Enter").isTrue();
            driver().switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(driver().switchTo().activeElement().getAttribute("href")).as("Tab goes into the menu")
                    .contains("principles/");
            driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            assertThat(link.isDisplayed()).as("closed by Escape").isFalse();
            assertThat(driver().switchTo().activeElement()).as("focus back on the button").isEqualTo(button);
            button.sendKeys(Keys.SPACE);
            assertThat(link.isDisplayed()).as("opened by Space").isTrue();
            new Actions(driver()).moveToLocation(195, 800).click().perform();
            assertThat(link.isDisplayed()).as("closed by a tap below the menu").isFalse();
        } finally {
            driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void theHeaderStaysOnScreenAndTheDashboardOpensOnWhatToDoNext() {
        phone(390, 844);
        try {
            driver().get(site.url("index.html"));
            Long next = (Long) driver().executeScript(
                    "return Math.round(document.getElementById('next-stories').getBoundingClientRect().top)");
            assertThat(next).as("the top of the what-next list on a 844 px screen").isBetween(0L, 844L - 120);
            Long firstStory = (Long) driver().executeScript("var c = document.querySelector("
                    + "'[aria-labelledby=next-stories] li'); return c ? Math.round(c.getBoundingClientRect().top) : -1");
            assertThat(firstStory).as("its first story").isBetween(0L, 844L - 60);

            driver().executeScript("window.scrollTo(0, 1500)");
            Long top = (Long) driver().executeScript(
                    "return Math.round(document.querySelector('.site-header').getBoundingClientRect().top)");
            assertThat(top).as("the header after scrolling").isZero();
        } finally {
            driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void onAWideScreenTheMenuIsTheHeadersRow() {
        driver().get(site.url("stories/index.html"));
        assertThat(driver().findElement(By.cssSelector(".site-header summary")).isDisplayed()).isFalse();
        // WebDriver counts a closed <details>' content as hidden whatever CSS shows, so ask the page what it paints.
        assertThat(driver().executeScript("return Array.from(document.querySelectorAll('.site-nav a')).filter(a => {"
                + " var r = a.getBoundingClientRect(), at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                + " return !(r.width > 0 && at && at.closest('a') === a); }).map(a => a.textContent)"))
                .as("menu links not shown in the header").isEqualTo(List.of());
        Long header = (Long) driver().executeScript(
                "return Math.round(document.querySelector('.site-header').getBoundingClientRect().height)");
        assertThat(header).as("one row at 1280 px").isLessThanOrEqualTo(64L);
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

    /**
     * The STAR index on a phone leads each cell (but the title's and the S/T/A/R badge's) with its column's name, as
     * the table's header says it, in the page's interface language: the server's rows and the filters' alike.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stories/index.html", "stories/index.html?sort=-chars", "en/stories/index.html",
            "en/stories/index.html?sort=-chars"})
    void theStarIndexNamesEachCellOnAPhone(String page) {
        phone(390, 800);
        try {
            driver().get(site.url(page.replaceAll("\\?.*", "")) + page.replaceAll("^[^?]*", ""));
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) driver().executeScript("""
                    var row = document.querySelector('#story-table tbody tr');
                    return Array.from(row.cells).map(function (td) {
                      return getComputedStyle(td, '::before').content; });""");
            @SuppressWarnings("unchecked")
            List<String> headers = (List<String>) driver().executeScript(
                    "return Array.from(document.querySelectorAll('#story-table th')).map(th => th.textContent.trim())");
            assertThat(headers.get(1)).isEqualTo(page.startsWith("en/") ? "Principles" : "원칙");
            List<String> named = headers.stream().map(h -> "\"" + h + " \"").toList();
            assertThat(labels).containsExactly("none", named.get(1), named.get(2), "none", named.get(4), named.get(5),
                    named.get(6));
        } finally {
            driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        driver().get(site.url(page.replaceAll("\\?.*", "")));
        assertThat(driver().executeScript("return getComputedStyle("
                + "document.querySelector('#story-table tbody td + td'), '::before').content"))
                .as("on a wide screen the header names the columns").isEqualTo("none");
    }
}
