package io.github.studysite;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the seed build, in both interface languages, through the W3C Nu HTML checker (vnu), in-process:
 * zero errors. Warnings are printed, not failed on: vnu warns about things that are choices (a {@code section}
 * without a heading, say), not mistakes.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HtmlValidityIT {

    @Test
    void everyPageIsValidHtml() throws Exception {
        Path site = SeedSite.get();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(100)
                .contains(site.resolve("404.html"), site.resolve("en/index.html"));
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path page : pages) {
            String report = validator.validate(page);
            for (String line : report.lines().toList()) {
                String where = site.relativize(page) + line.substring(line.indexOf('"', 1) + 1);
                if (line.contains(": error:") || line.contains(": fatal:")) {
                    errors.add(where);
                } else if (!line.isBlank()) {
                    warnings.add(where);
                }
            }
        }
        warnings.forEach(w -> System.out.println("vnu: " + w));
        System.out.println("vnu: " + pages.size() + " pages, " + errors.size() + " errors, " + warnings.size()
                + " warnings");
        assertThat(errors).isEmpty();
    }
}
