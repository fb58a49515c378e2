package io.github.studysite.browser;

import io.github.studysite.Fixtures;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * axe-core, the accessibility engine Lighthouse uses, installed once by npm under {@code target/npm} and injected
 * into the page under test.
 */
final class Axe {

    static final String VERSION = "4.14.1";
    private static final Path PREFIX = Fixtures.PROJECT.resolve("target/npm");
    private static String source;

    private Axe() {
    }

    private static synchronized String source() {
        if (source == null) {
            Path script = PREFIX.resolve("node_modules/axe-core/axe.min.js");
            try {
                Npm.install(PREFIX, "axe-core@" + VERSION, script);
                source = Files.readString(script, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return source;
    }

    /** The violations of {@code rules} on the current page, each as "rule: target — summary". */
    static List<String> violations(ChromeDriver driver, String... rules) {
        driver.executeScript(source());
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'rule', values: arguments[0] } }).then(function (r) {
                  var out = [];
                  r.violations.forEach(function (v) { v.nodes.forEach(function (n) {
                    out.push(v.id + ': ' + n.target.join(' ') + ' — ' + (n.any[0] ? n.any[0].message : n.failureSummary));
                  }); });
                  done(out);
                }, function (e) { done(['axe failed: ' + e]); });""", List.of(rules));
        return found;
    }

    /** The violations of every WCAG 2 A/AA rule and axe's best practices on the current page, as {@link #violations}. */
    static List<String> allViolations(ChromeDriver driver) {
        driver.executeScript(source());
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                    'best-practice'] } }).then(function (r) {
                  var out = [];
                  r.violations.forEach(function (v) { v.nodes.forEach(function (n) {
                    out.push(v.id + ': ' + n.target.join(' ') + ' — ' + (n.any[0] ? n.any[0].message : n.failureSummary));
                  }); });
                  done(out);
                }, function (e) { done(['axe failed: ' + e]); });""");
        return found;
    }

    /** Emulates {@code prefers-color-scheme} through the DevTools protocol. */
    static void scheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }
}
