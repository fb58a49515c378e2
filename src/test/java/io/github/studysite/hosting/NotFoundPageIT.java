package io.github.studysite.hosting;

import io.github.studysite.BuildResult;
import io.github.studysite.Fixtures;
import io.github.studysite.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 404 page of a site built without {@code baseUrl}, served from a subfolder ({@code /sub/}) as a host serves it
 * for a missing address deep in the site: in Chromium it is styled by the site's stylesheet, and its home link,
 * navigation and language switcher lead to pages of the site under {@code /sub/} that exist.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class NotFoundPageIT {

    @TempDir
    static Path project;

    private static PagesServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Fixtures.copySeeds(project);
        BuildResult result = Fixtures.build(project);
        assertThat(result.success()).as("%s", result.problems()).isTrue();
        server = new PagesServer(project.resolve("site-output"), "/sub");
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes/no-such-note/deep/er/", "stories/gone/index.html", "zzz/a/b/c", "x"})
    void aMissingPageDeepInASubfolderSiteIsStyledAndLinksIntoTheSite(String missing)
            throws IOException, InterruptedException {
        browser.driver().get(server.root() + missing);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                browser.driver().executeScript("var home = document.querySelector('.not-found a');"
                        + "return document.readyState === 'complete' && !!home"
                        + " && home.href.indexOf('/sub/') > 0 && Array.from(document.styleSheets).some(function (s) {"
                        + " try { return /assets\\/style\\.css$/.test(s.href) && s.cssRules.length > 0; }"
                        + " catch (e) { return false; } })")));
        // the site's stylesheet applies: the header is laid out as on every page, not as unstyled blocks
        assertThat(browser.driver().executeScript(
                "return getComputedStyle(document.querySelector('.site-header')).position")).isEqualTo("sticky");
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) browser.driver().executeScript(
                "return Array.from(document.querySelectorAll('.not-found a, .site-nav a, .language-switcher a, .brand'))"
                        + ".map(function (a) { return a.href; })");
        assertThat(links).hasSizeGreaterThan(5).allMatch(l -> l.startsWith(server.root()), "under " + server.root());
        HttpClient http = HttpClient.newHttpClient();
        for (String link : links) {
            int status = http.send(HttpRequest.newBuilder(URI.create(link)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).as(link).isEqualTo(200);
        }
    }
}
