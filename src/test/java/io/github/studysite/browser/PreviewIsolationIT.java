package io.github.studysite.browser;

import com.sun.net.httpserver.HttpServer;
import io.github.studysite.Fixtures;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.search.SearchFiles;
import io.github.studysite.serve.Serve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium, a page of another origin (a second server on another loopback port, the most favoured
 * attacker: same-site) tries to read a running preview's private note through {@code <script src>} of its search
 * chunks and practice data and through {@code fetch}, while the preview itself keeps working under its content
 * security policy: search finds the draft, practice shows its card, and live reload still reloads an edited note.
 * The attacker's page proves it would read the marker from the very same script bytes when served from its own origin.
 */
class PreviewIsolationIT {

    private static final String PRIVATE = "privatemarkerwq9";
    private static final String DRAFT = "draftmarkerhv3";
    private static final Duration BOUND = Duration.ofSeconds(40);

    /** Records every CSP violation of every page from its first script on. */
    private static final String RECORD_VIOLATIONS = "window.cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + " window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });";

    @TempDir
    Path project;

    @Test
    void anotherOriginCannotReadThePreviewWhichStillWorks() throws Exception {
        Fixtures.write(project, "content/salary.md", "---\ntitle: 연봉 협상\nprivate: true\n---\n"
                + "## 예상 질문\n\n- 희망 연봉은 얼마인가요? " + PRIVATE + "\n\n" + PRIVATE + " 제시 금액 메모\n");
        Path wip = Fixtures.write(project, "content/wip.md", "---\ntitle: 쓰는 중\ndraft: true\n---\n" + DRAFT
                + " 초안\n");
        try (Serve serve = Serve.start(SiteConfig.builder(project).build(), 0, Serve.Log.of(m -> { }, m -> { },
                m -> { }));
             Browser browser = Browser.open()) {
            int port = serve.url().getPort();
            HttpServer attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] copy = Files.readAllBytes(serve.last().result().output().resolve("search/c1.js"));
            String copied = new String(copy, StandardCharsets.UTF_8);
            assertThat(SearchFiles.unpack(copied)).contains(PRIVATE);
            attacker.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                byte[] body = path.equals("/copy.js") ? copy : attackPage(port).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", path.endsWith(".js")
                        ? "text/javascript; charset=utf-8" : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            attacker.start();
            try {
                ChromeDriver driver = browser.driver();
                driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
                WebDriverWait wait = new WebDriverWait(driver, BOUND);

                driver.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/attack.html");
                wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return window.finished === window.attempts")));
                @SuppressWarnings("unchecked")
                List<String> leaks = (List<String>) driver.executeScript("return window.leaks");
                @SuppressWarnings("unchecked")
                List<String> refused = (List<String>) driver.executeScript("return window.refused");
                // the copy on the attacker's own origin is read: the page would read the preview's if it could
                // (one leak per chunk of the copied file: it holds the chunks of several notes, the private one's too)
                assertThat(leaks).hasSize(copied.split("studysiteSearch\\.chunk\\(", -1).length - 1)
                        .allSatisfy(l -> assertThat(l).startsWith("chunk "))
                        .allSatisfy(l -> assertThat(copied).contains(l.substring("chunk ".length())));
                assertThat(refused).hasSize(((Number) driver.executeScript("return window.attempts")).intValue() - 1);

                // the preview itself: search finds the draft, the practice card shows, no CSP violation anywhere
                driver.get(serve.url().resolve("search/index.html") + "?q=" + URLEncoder.encode(DRAFT,
                        StandardCharsets.UTF_8));
                wait.until(d -> !d.findElements(By.cssSelector(".search-results .search-result")).isEmpty());
                assertThat(driver.findElement(By.cssSelector(".search-results")).getText()).contains("쓰는 중");
                assertNoViolations(driver);
                driver.get(serve.url().resolve("practice/index.html").toString());
                wait.until(d -> d.findElement(By.cssSelector(".practice-prompt")).getText().contains(PRIVATE));
                assertNoViolations(driver);

                // live reload connects under the policy: an edit reloads the open note
                driver.get(serve.url().resolve("notes/wip/").toString());
                assertThat(driver.findElement(By.tagName("body")).getText()).contains(DRAFT);
                driver.executeScript("window.stillTheSamePage = true");
                Files.writeString(wip, "\n\n다시 불러온 문장\n", StandardOpenOption.APPEND);
                wait.until(d -> d.findElement(By.tagName("body")).getText().contains("다시 불러온 문장"));
                assertThat(driver.executeScript("return window.stillTheSamePage === true")).isEqualTo(false);
                assertNoViolations(driver);

                // the page of a failed build shows with its own style sheet, which the policy allows
                Fixtures.write(project, "content/broken.md", "---\ntitle: [unclosed\n---\n");
                wait.until(d -> d.findElement(By.tagName("body")).getText().contains("content/broken.md:3:1"));
                assertThat(driver.findElement(By.tagName("h1")).getCssValue("color")).isEqualTo("rgba(185, 28, 28, 1)");
                assertNoViolations(driver);
            } finally {
                attacker.stop(0);
            }
        }
    }

    private static void assertNoViolations(ChromeDriver driver) {
        assertThat(driver.executeScript("return window.cspViolations")).asList().isEmpty();
    }

    /**
     * Tries every way to read the preview: its search chunks and data as scripts, at 127.0.0.1 and at localhost,
     * and {@code fetch} with and without CORS. Each attempt ends in {@code leaks} (with what it read) or
     * {@code refused}.
     */
    private static String attackPage(int port) {
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>attacker</title></head><body><script>
                window.leaks = []; window.refused = []; window.attempts = 0; window.finished = 0;
                window.studysiteSearch = { chunk: function (name, data) { leaks.push("chunk " + JSON.stringify(data)); } };
                function done(list, what) { list.push(what); finished++; }
                function include(src) {
                  attempts++;
                  var s = document.createElement("script");
                  s.async = false;
                  s.onload = function () {
                    var read = [window.studysiteSearchIndex, window.studysitePractice].filter(Boolean);
                    if (read.length) { leaks.push(src + " " + JSON.stringify(read)); }
                    done(refused, src + " ran without effect");
                  };
                  s.onerror = function () { done(refused, src); };
                  s.src = src;
                  document.head.appendChild(s);
                }
                ["http://127.0.0.1:PORT", "http://localhost:PORT"].forEach(function (origin) {
                  ["/search-index.js", "/search/c1.js", "/practice-data.js"].forEach(
                    function (p) { include(origin + p); });
                  ["cors", "no-cors"].forEach(function (mode) {
                    attempts++;
                    fetch(origin + "/notes/salary/", { mode: mode }).then(function (r) {
                      return r.text().then(function (t) {
                        if (t.length) { leaks.push("fetch " + mode + " " + t); }
                        done(refused, "fetch " + mode + " unreadable");
                      });
                    }, function () { done(refused, "fetch " + mode); });
                  });
                });
                attempts++;
                var own = document.createElement("script");
                own.onload = function () { finished++; };
                own.src = "/copy.js";
                document.head.appendChild(own);
                </script></body></html>
                """.replace("PORT", String.valueOf(port));
    }
}
