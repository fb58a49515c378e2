package io.github.studysite.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** What a printed one-pager's text looks like in the page, as print.js left it after printing. */
final class PrintedText {

    private PrintedText() {
    }

    /** Opens a page holding a one-pager and waits until it is ready to print (loaded, its fonts too). */
    static void open(ChromeDriver driver, String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                driver.executeScript("return document.readyState === 'complete' && "
                        + "document.fonts.status === 'loaded' && !!document.querySelector('.one-pager')")));
    }

    /**
     * The smallest text of the page's first one-pager in pt, with print.css on: each visible text's computed size
     * times its CSS zoom (print.js fits a sheet by zooming it).
     */
    static double smallestPt(ChromeDriver driver) {
        return ((Number) driver.executeScript(
                "var css = document.querySelector(\"link[href$='print.css']\"); css.media = 'all';"
                        + "var min = Infinity, w = document.createTreeWalker(document.querySelector('.one-pager'),"
                        + " NodeFilter.SHOW_TEXT);"
                        + "for (var n = w.nextNode(); n; n = w.nextNode()) { var e = n.parentElement;"
                        + "  if (!n.nodeValue.trim() || !e.getClientRects().length) continue;"
                        + "  min = Math.min(min, parseFloat(getComputedStyle(e).fontSize) * 0.75 * e.currentCSSZoom); }"
                        + "css.media = 'print'; return min;")).doubleValue();
    }
}
