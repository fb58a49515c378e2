package io.github.studysite.browser;

import io.github.studysite.Fixtures;
import io.github.studysite.SeedSite;
import io.github.studysite.hosting.PagesServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lighthouse (its Node API, installed by npm under {@code target/lighthouse}) on every page kind of the seed site,
 * served over HTTP from loopback as a host serves it, with the desktop preset: accessibility and best practices 100,
 * SEO at least 90, total blocking time at most 200 ms. One Chromium runs every page, and every failing audit of
 * every page is reported at once.
 */
@Timeout(value = 12, unit = TimeUnit.MINUTES)
class LighthouseIT {

    private static final String LIGHTHOUSE = "lighthouse@12.8.2";
    private static final Path PREFIX = Fixtures.PROJECT.resolve("target/lighthouse");
    /** One page of each kind; the 404 page by its own address, since Lighthouse does not audit a 404 answer. */
    static final List<String> PAGES = List.of("index.html", "stories/index.html", "questions/index.html",
            "principles/index.html", "principles/insist-on-the-highest-standards/index.html",
            "stories/lg화학-cdn서비스.html", "intro/index.html", "intro/자기소개.html", "study/index.html",
            "notes/index.html", "notes/001_39e2b3392925d8bd/index.html", "notes/001_39e2b3392925d8bd/changes/index.html",
            "practice/index.html", "search/index.html?q=EKS", "print/index.html", "loop/index.html", "404.html");

    /** Runs Lighthouse on each URL given as an argument; prints a tab-separated line per URL: scores, what failed. */
    private static final String SCRIPT = """
            import lighthouse from 'lighthouse';
            import * as chromeLauncher from 'chrome-launcher';
            import desktop from 'lighthouse/core/config/desktop-config.js';
            const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: [
              '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
              '--disable-component-update', '--no-first-run'] });
            try {
              for (const url of process.argv.slice(2)) {
                const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json',
                  onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
                  // the screenshots score nothing and cost seconds a page (the print pack is dozens of sheets long)
                  disableFullPageScreenshot: true, skipAudits: ['screenshot-thumbnails', 'final-screenshot'] }, desktop);
                const scores = {};
                const failed = [];
                for (const id of ['accessibility', 'best-practices', 'seo']) {
                  const category = lhr.categories[id];
                  scores[id] = Math.round((category.score || 0) * 100);
                  for (const ref of category.auditRefs) {
                    const audit = lhr.audits[ref.id];
                    if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
                      const items = (audit.details && audit.details.items || []).slice(0, 3)
                        .map(i => [i.node, i.source, i].map(n => n && (n.snippet || n.selector || n.url || n.description))
                          .find(Boolean) || JSON.stringify(i).slice(0, 120));
                      failed.push(id + '/' + ref.id + ': ' + audit.title + (items.length ? ' [' + items.join(' | ') + ']' : ''));
                    }
                  }
                }
                const tbt = Math.round(lhr.audits['total-blocking-time'].numericValue || 0);
                const error = lhr.runtimeError ? lhr.runtimeError.message : '';
                console.log(['PAGE', url, scores['accessibility'], scores['best-practices'], scores['seo'], tbt, error,
                  ...failed].map(f => String(f).replace(/\s+/g, ' ')).join('\t'));
              }
            } finally {
              await chrome.kill();
            }
            """;

    @Test
    void everyPageKindMeetsTheTargets() throws Exception {
        Path script = install();
        List<String> problems = new ArrayList<>();
        try (PagesServer server = new PagesServer(SeedSite.get(), "")) {
            List<String> command = new ArrayList<>(List.of("node", script.toString()));
            for (String page : PAGES) {
                command.add(server.root() + page);
            }
            Path log = PREFIX.resolve("lighthouse.log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
            builder.environment().put("CHROME_PATH", Browser.CHROMIUM.toString());
            Process node = builder.start();
            String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(PREFIX.resolve("lighthouse.out"), out, StandardCharsets.UTF_8);
            assertThat(node.waitFor(10, TimeUnit.MINUTES) && node.exitValue() == 0)
                    .as("lighthouse:%n%s%n%s", out, Files.readString(log)).isTrue();
            List<String> lines = out.lines().filter(l -> l.startsWith("PAGE\t")).toList();
            assertThat(lines).as("a report per page:%n%s", out).hasSize(PAGES.size());
            for (String line : lines) {
                problems.addAll(Report.parse(line).problems(server.root()));
            }
        }
        assertThat(problems).as("every failing audit").isEmpty();
    }

    /** The report of one page, read from the script's line. */
    private record Report(String url, int accessibility, int bestPractices, int seo, long tbt, List<String> failed,
                          String error) {

        static Report parse(String line) {
            String[] f = line.split("\t", -1);
            return new Report(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Long.parseLong(f[5]), List.of(f).subList(7, f.length), f[6].isEmpty() ? null : f[6]);
        }

        List<String> problems(String root) {
            String page = url.substring(root.length());
            List<String> out = new ArrayList<>();
            if (error != null) {
                out.add(page + ": " + error);
            }
            if (accessibility < 100 || bestPractices < 100 || seo < 90) {
                out.add(page + ": accessibility " + accessibility + ", best practices " + bestPractices + ", SEO " + seo
                        + failed.stream().map(f -> "\n    " + f).collect(Collectors.joining()));
            }
            if (tbt > 200) {
                out.add(page + ": total blocking time " + tbt + " ms");
            }
            return out;
        }
    }

    /** Lighthouse's npm package under target/, installed by npm the first time; skipped outside CI without them. */
    private static Path install() throws IOException, InterruptedException {
        Path main = PREFIX.resolve("node_modules/lighthouse/package.json");
        boolean tools = Files.isExecutable(Browser.CHROMIUM) && onPath("node") && (Files.isRegularFile(main) || onPath("npm"));
        if (!tools && System.getenv("CI") == null) {
            Assumptions.abort("Chromium, Node.js or npm is not installed (apt-get install chromium nodejs npm)");
        }
        assertThat(tools).as("chromium, node and npm").isTrue();
        Npm.install(PREFIX, LIGHTHOUSE, main);
        Path script = PREFIX.resolve("run-lighthouse.mjs");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        return script;
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
