package io.github.studysite.browser;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a search engine and a first look see on each page kind: a description, a title naming the site once, no
 * "see all (+0)" link, and a principle's breadcrumb that names the principle.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PageBasicsIT {

    @RegisterExtension
    static final SeedBrowser site = new SeedBrowser();

    private ChromeDriver driver() {
        return site.browser().driver();
    }

    @Test
    void everyPageKindHasADescriptionAndNoEmptySeeAllLink() {
        for (String page : ColorContrastIT.PAGES) {
            driver().get(site.url(page.replaceAll("\\?.*", "")));
            String description = driver().findElement(By.cssSelector("meta[name=description]")).getAttribute("content");
            assertThat(description).as(page).isNotBlank();
            assertThat(driver().findElement(By.tagName("body")).getText()).as(page).doesNotContain("(+0)");
        }
    }

    @Test
    void theHomeTitleNamesTheSiteOnce() {
        for (String page : new String[] {"index.html", "en/index.html"}) {
            driver().get(site.url(page));
            String brand = driver().findElement(By.cssSelector(".brand")).getText();
            assertThat(driver().getTitle()).as(page).isEqualTo(brand);
        }
        driver().get(site.url("stories/index.html"));
        String brand = driver().findElement(By.cssSelector(".brand")).getText();
        assertThat(driver().getTitle()).endsWith(" · " + brand).doesNotStartWith(brand);
    }

    @Test
    void aPrinciplesBreadcrumbNamesIt() {
        driver().get(site.url("principles/insist-on-the-highest-standards/index.html"));
        assertThat(driver().findElement(By.cssSelector(".breadcrumb")).getText())
                .endsWith("Insist on the Highest Standards");
    }
}
