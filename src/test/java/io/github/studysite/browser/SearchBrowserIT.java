package io.github.studysite.browser;

import io.github.studysite.search.SearchFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in a real browser, from the file system (no server), on the user's real notes: Korean substrings with
 * particles and spacing differences, English case-insensitive, deep links, and the search box in every page's header.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SearchBrowserIT {

    @RegisterExtension
    static final SeedBrowser site = new SeedBrowser();

    private List<WebElement> search(String query) {
        String url = site.url("search/index.html") + "?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
        site.browser().driver().get(url);
        return results();
    }

    private List<WebElement> results() {
        // a search submitted from another page navigates: wait for the search page, then for its results
        new WebDriverWait(site.browser().driver(), Duration.ofSeconds(15)).until(d -> {
            List<WebElement> status = d.findElements(By.cssSelector(".search-status"));
            if (status.isEmpty()) {
                return false;
            }
            String text = status.get(0).getText();
            return !text.isEmpty() && !text.contains("…");
        });
        return site.browser().driver().findElements(By.cssSelector(".search-results .search-result"));
    }

    private static List<String> texts(List<WebElement> results) {
        return results.stream().map(WebElement::getText).toList();
    }

    @Test
    void koreanQueryFindsWordsWithParticlesAttached() {
        List<WebElement> hits = search("서울");
        assertThat(hits).isNotEmpty();
        // "서울에서 일 할 수 있나?" in seed 004: 서울 with the particle 에서 attached
        assertThat(texts(hits)).anySatisfy(t -> assertThat(t).contains("서울에서"));
        assertThat(hits.get(0).findElement(By.tagName("mark")).getText()).isEqualTo("서울");
    }

    @Test
    void koreanQueryIgnoresSpacing() {
        List<WebElement> spaced = search("마이데이터");
        assertThat(spaced).isNotEmpty();
        assertThat(texts(spaced)).anySatisfy(t -> assertThat(t).contains("마이데이터 프로젝트"));
        // written with a space in the notes, searched without one
        List<WebElement> joined = search("마이데이터프로젝트");
        assertThat(joined).isNotEmpty();
        assertThat(joined.get(0).findElement(By.tagName("mark")).getText()).isEqualTo("마이데이터 프로젝트");
        // and the other way round: spaces in the query do not hide "일 할 수" written as it is
        assertThat(texts(search("일할수있나"))).anySatisfy(t -> assertThat(t).contains("서울에서 일 할 수 있나"));
    }

    @Test
    void englishIsCaseInsensitiveAndStoriesLinkToTheirPage() {
        List<WebElement> hits = search("cloudfront");
        assertThat(texts(hits)).anySatisfy(t -> assertThat(t).contains("CloudFront"));
        // the CloudFront story of seed 001 is found as a story, linking to its own page
        WebElement story = hits.stream().filter(h -> h.getAttribute("class").contains("kind-s")).findFirst()
                .orElseThrow(() -> new AssertionError("no story among " + texts(hits)));
        assertThat(story.findElement(By.tagName("a")).getAttribute("href")).contains("/stories/");
        assertThat(texts(search("vpc"))).isNotEmpty().anySatisfy(t -> assertThat(t).contains("VPC"));
        assertThat(texts(search("VPC"))).isEqualTo(texts(search("vpc")));
    }

    @Test
    void resultsDeepLinkToTheSectionOfTheNote() {
        List<WebElement> hits = search("Cloud Support에 대해");
        WebElement section = hits.stream().filter(h -> h.getAttribute("class").contains("kind-h")).findFirst()
                .orElseThrow(() -> new AssertionError("no section among " + texts(hits)));
        String href = section.findElement(By.tagName("a")).getAttribute("href");
        assertThat(href).contains("/notes/003_4de0ae601899b12d/index.html#");
        section.findElement(By.tagName("a")).click();
        String id = java.net.URLDecoder.decode(href.substring(href.indexOf('#') + 1), StandardCharsets.UTF_8);
        assertThat(site.browser().driver().findElements(By.id(id))).hasSize(1);
    }

    @Test
    void aQueryWithNoMatchSaysSoAndOneLetterAsksForMore() {
        assertThat(search("쿠버네티스클러스터업그레이드전략")).isEmpty();
        assertThat(site.browser().driver().findElement(By.cssSelector(".search-status")).getText()).contains("결과가 없습니다");
        site.browser().driver().get(site.url("search/index.html") + "?q=a");
        assertThat(site.browser().driver().findElement(By.cssSelector(".search-status")).getText()).contains("두 글자");
    }

    @Test
    void theHeaderSearchBoxOfAnyPageOpensTheResults() {
        site.browser().driver().get(site.url("stories/index.html"));
        // on a wide screen the header's menu is a <details> that CSS shows open; WebDriver counts its content as hidden
        // whatever is painted, so the box is focused by click where it is drawn and typed into as a person would
        WebElement box = site.browser().driver().findElement(By.cssSelector("header form[role=search] input[name=q]"));
        new Actions(site.browser().driver()).click(box).sendKeys("마이데이터", Keys.ENTER).perform();
        assertThat(results()).isNotEmpty();
        assertThat(site.browser().driver().getCurrentUrl()).contains("/search/index.html?q=");
    }

    /** The browser inflates the chunks: every kind of DEFLATE block, and texts past the 32 KB window, read back. */
    @Test
    void theChunksTextReadsBackAsTheIndexPackedIt() {
        StringBuilder longText = new StringBuilder();
        Random random = new Random(17);
        while (longText.length() < 200_000) {
            longText.append("서울에서 일할 수 있나요? ".substring(random.nextInt(8)))
                    .appendCodePoint(0x1F600 + random.nextInt(50))
                    .append(Integer.toString(random.nextInt(1 << 20), 36)).append(' ');
        }
        site.browser().driver().get(site.url("search/index.html"));
        Set<Integer> blocks = new TreeSet<>();
        for (String text : List.of("", "가", "고객 집착 — Customer \"Obsession\" 😀\n", longText.toString())) {
            for (int level : new int[] {Deflater.NO_COMPRESSION, Deflater.DEFAULT_COMPRESSION}) {
                String packed = SearchFiles.packedSection(text, level);
                blocks.add(SearchFiles.firstBlockType(packed));
                assertThat(site.browser().driver().executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "window.studysiteTexts.decode(arguments[0]).then("
                                + "function (c) { done(c.entries[0].text); }, function (e) { done('failed: ' + e); })",
                        packed))
                        .as("%d characters at level %d", text.length(), level).isEqualTo(text);
            }
        }
        assertThat(blocks).containsExactly(0, 1, 2);
    }

    /** A browser that cannot inflate the chunks says that search is unavailable in it, before any query. */
    @Test
    void aBrowserWithoutDecompressionStreamSaysSearchIsUnavailableInIt() {
        Object id = site.browser().driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "delete window.DecompressionStream;")).get("identifier");
        try {
            site.browser().driver().get(site.url("search/index.html") + "?q="
                    + URLEncoder.encode("마이데이터", StandardCharsets.UTF_8));
            assertThat(site.browser().driver().findElement(By.cssSelector(".search-status")).getText())
                    .isEqualTo("이 브라우저에서는 검색을 쓸 수 없습니다. 검색 색인을 읽지 못합니다(DecompressionStream 없음). "
                            + "Chrome·Edge 103, Firefox 113, Safari 16.4 이상에서 동작합니다.");
            assertThat(site.browser().driver().findElements(By.cssSelector(".search-results .search-result")))
                    .isEmpty();
        } finally {
            site.browser().driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", id));
        }
    }

    @Test
    void theEnglishInterfaceSearchesTheSameIndexAndStaysInEnglish() {
        site.browser().driver().get(site.url("en/search/index.html") + "?q=cloudfront");
        List<WebElement> hits = results();
        assertThat(site.browser().driver().findElement(By.cssSelector(".search-status")).getText())
                .contains("results for");
        WebElement story = hits.stream().filter(h -> h.getAttribute("class").contains("kind-s")).findFirst()
                .orElseThrow(() -> new AssertionError("no story among " + texts(hits)));
        assertThat(story.findElement(By.cssSelector(".search-kind")).getText()).isEqualTo("Story");
        assertThat(story.findElement(By.tagName("a")).getAttribute("href")).contains("/en/stories/");
        story.findElement(By.tagName("a")).click();
        assertThat(site.browser().driver().findElement(By.tagName("html")).getAttribute("lang")).isNotEmpty();
        assertThat(site.browser().driver().getCurrentUrl()).contains("/site-output/en/stories/");
    }
}
