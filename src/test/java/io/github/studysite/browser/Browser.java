package io.github.studysite.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real headless Chromium for tests that check what a person sees: Debian's {@code chromium} driven through Debian's
 * {@code chromium-driver}, started with the flags this workplace requires, a fresh profile each time, no network
 * beyond loopback. CI installs both ({@code .ci/run}); on a developer machine without them the browser tests are
 * skipped, in CI ({@code CI} set) they fail.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("studysite.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("studysite.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(int width, int height, String... extraArguments) {
        try {
            profile = Files.createTempDirectory("studysite-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=ko-KR");
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** A desktop-sized browser; skips the test where Chromium is not installed (outside CI). */
    public static Browser open() {
        return open(1280, 900);
    }

    /** A browser started with further Chromium flags (a fake microphone, say) beyond the required ones. */
    public static Browser open(int width, int height, String... extraArguments) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") == null) {
            Assumptions.abort("Chromium/ChromeDriver not installed (apt-get install chromium chromium-driver)");
        }
        return new Browser(width, height, extraArguments);
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temp profile is harmless
            }
        }
    }
}
