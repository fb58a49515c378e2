package io.github.studysite.browser;

import io.github.studysite.BuildResult;
import io.github.studysite.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Note pages in a real Chromium: an image whose file is missing shows no broken-image icon but its alt text, said to
 * be missing in the note's language; and a long note written without headings can be navigated from its outline —
 * clicking an entry brings its label into view.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class NoteNavigationIT {

    /** A 1×1 PNG: the image that is there must load. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static final String BROKEN_IMAGES = "return [...document.images]"
            + ".filter(i => i.complete && i.naturalWidth === 0).map(i => i.getAttribute('src'));";

    @TempDir
    static Path project;

    @BeforeAll
    static void build() throws IOException {
        Files.createDirectories(project.resolve("content/images"));
        Files.write(project.resolve("content/images/here.png"), PNG);
        Fixtures.write(project, "content/pics.md", """
                # Diagrams

                The design: ![architecture diagram](missing.png) and the logo ![logo](images/here.png)
                """);
        Fixtures.write(project, "content/그림.md", """
                # 구성도

                전체 구성은 다음과 같습니다. ![서비스 구성도](없는그림.png)
                """);
        String filler = "이 부분은 길게 쓴 답변입니다. 상황을 설명하고 제가 한 일을 구체적으로 적었습니다.\n\n".repeat(8);
        StringBuilder longNote = new StringBuilder("---\ntitle: 긴 노트\n---\n자기소개 준비 노트입니다.\n\n");
        for (String label : List.of("상황", "과제", "행동", "결과", "배운 점")) {
            longNote.append("**").append(label).append("**: ").append(filler);
        }
        Fixtures.write(project, "content/long.md", longNote.toString());
        BuildResult result = Fixtures.build(project);
        assertThat(result.success()).as(result.problems().toString()).isTrue();
    }

    private static String url(String page) {
        return project.resolve("site-output").resolve(page).toUri().toString();
    }

    private static List<String> broken(ChromeDriver driver) {
        return ((List<?>) driver.executeScript(BROKEN_IMAGES)).stream().map(String::valueOf).toList();
    }

    @Test
    void aMissingImageShowsItsAltTextAndNoBrokenImage() {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            for (String[] page : List.of(new String[]{"notes/pics/index.html", "architecture diagram", "Image missing"},
                    new String[]{"notes/그림/index.html", "서비스 구성도", "이미지 없음"})) {
                driver.get(url(page[0]));
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                        driver.executeScript("return [...document.images].every(i => i.complete);")));
                assertThat(broken(driver)).as(page[0]).isEmpty();
                WebElement placeholder = driver.findElement(By.cssSelector(".note-body .image-missing"));
                assertThat(placeholder.isDisplayed()).isTrue();
                assertThat(placeholder.getText()).as(page[0]).isEqualTo(page[1]);
                assertThat((String) driver.executeScript(
                        "return getComputedStyle(arguments[0], '::before').content;", placeholder))
                        .as("said to be missing in the note's language").contains(page[2]);
            }
            assertThat(driver.findElements(By.cssSelector(".note-body img"))).isEmpty();
            // the check sees a broken image when there is one
            driver.get(url("notes/pics/index.html"));
            driver.executeScript("const i = document.createElement('img'); i.src = 'missing.png';"
                    + " document.querySelector('.note-body').append(i);");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                    driver.executeScript("return [...document.images].every(i => i.complete);")));
            assertThat(broken(driver)).containsExactly("missing.png");
        }
    }

    @Test
    void clickingAnOutlineEntryOfALongNoteBringsItsLabelIntoView() {
        try (Browser browser = Browser.open(1280, 800)) {
            ChromeDriver driver = browser.driver();
            driver.get(url("notes/long/index.html"));
            List<WebElement> entries = driver.findElements(By.cssSelector("nav.toc a"));
            assertThat(entries).extracting(WebElement::getText).containsExactly("상황", "과제", "행동", "결과", "배운 점");
            WebElement last = entries.get(4);
            String id = last.getAttribute("href").replaceFirst("^.*#", "");
            String top = "return document.getElementById(decodeURIComponent(arguments[0])).getBoundingClientRect().top;";
            assertThat(((Number) driver.executeScript(top, id)).doubleValue()).as("below the first screen")
                    .isGreaterThan(800);
            last.click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
                double y = ((Number) driver.executeScript(top, id)).doubleValue();
                return y >= -1 && y < 800;
            });
            WebElement back = driver.findElement(By.cssSelector(".back-to-top a"));
            assertThat(back.getText()).isEqualTo("맨 위로");
            back.click();
            String title = "return document.getElementById('note-title').getBoundingClientRect().top;";
            // scrolled to, its top sits at 0 give or take a fraction of a pixel
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
                double y = ((Number) driver.executeScript(title)).doubleValue();
                return y >= -1 && y < 800;
            });
        }
    }
}
