package io.github.studysite.docs;

import io.github.studysite.BuildResult;
import io.github.studysite.SiteBuilder;
import io.github.studysite.browser.Browser;
import io.github.studysite.browser.Pdf;
import io.github.studysite.config.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * Takes the README's pictures from a real build of a project's {@code content/} in headless Chromium, so that they
 * show the theme as it is: the dashboard, the principle with the most stories, the STAR index, a self-introduction
 * with both languages, and that principle's page printed (to PDF, rendered to PNG). Run by
 * {@code docs/screenshots/take}; builds into a temporary folder and writes only the PNGs.
 */
public final class Screenshots {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 860;

    private Screenshots() {
    }

    /** {@code Screenshots [project-dir] [output-dir]}. */
    public static void main(String[] args) throws IOException {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path out = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "docs/screenshots"));
        Path site = Files.createTempDirectory("studysite-screenshots-").resolve("site");
        BuildResult result = new SiteBuilder(SiteConfig.builder(project).outputDir(site).build(), System.out::println)
                .build();
        if (!result.success()) {
            throw new IllegalStateException("the build failed: " + result.problems());
        }
        String principle = busiestPrinciple(site);
        String intro = bilingualIntro(site);
        try (Browser browser = Browser.open(WIDTH, HEIGHT)) {
            ChromeDriver driver = browser.driver();
            shoot(driver, site.resolve("index.html"), out.resolve("dashboard.png"));
            shoot(driver, site.resolve(principle), out.resolve("principle.png"));
            shoot(driver, site.resolve("stories/index.html"), out.resolve("stories.png"));
            shoot(driver, site.resolve(intro), out.resolve("intro.png"));
            driver.get(site.resolve(principle).toUri().toString());
            Pdf pdf = Pdf.print(driver);
            if (pdf.pages() != 1) {
                throw new IllegalStateException(principle + " printed on " + pdf.pages() + " pages, not one");
            }
            pdf.png(0, 110, out.resolve("print-principle.png"));
            frame(out.resolve("print-principle.png"));
        } finally {
            try (var files = Files.walk(site.getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        System.out.println("Screenshots of " + principle + " and " + intro + " written to " + out);
    }

    /** A thin grey edge, so that the white sheet stands out on a white README. */
    private static void frame(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xc8, 0xcc, 0xd2));
        g.drawRect(0, 0, image.getWidth() - 1, image.getHeight() - 1);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void shoot(ChromeDriver driver, Path page, Path png) throws IOException {
        driver.get(page.toUri().toString());
        Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** The page of the principle with the most stories: the fullest cheat sheet. */
    private static String busiestPrinciple(Path site) throws IOException {
        Document index = parse(site.resolve("principles/index.html"));
        Element best = index.select(".principle-card").stream()
                .max(Comparator.comparingInt(card -> Integer.parseInt(card.select(".meta span").first().text()
                        .replaceAll("\\D", ""))))
                .orElseThrow(() -> new IllegalStateException("no principles"));
        return Path.of("principles").resolve(best.selectFirst("a").attr("href")).normalize().toString();
    }

    /** The page of the first introduction written in both languages (else the first one). */
    private static String bilingualIntro(Path site) throws IOException {
        Document index = parse(site.resolve("intro/index.html"));
        Element card = index.select(".intro-card").stream()
                .filter(c -> c.select(".intro-coverage .is-missing").isEmpty()).findFirst()
                .orElse(index.selectFirst(".intro-card"));
        if (card == null) {
            throw new IllegalStateException("no self-introductions in the notes");
        }
        return Path.of("intro").resolve(card.selectFirst("a.intro-title").attr("href")).normalize().toString();
    }

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }
}
