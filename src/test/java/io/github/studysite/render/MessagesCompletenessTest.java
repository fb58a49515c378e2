package io.github.studysite.render;

import io.github.studysite.Fixtures;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI string the templates use exists in Korean and in English. */
class MessagesCompletenessTest {

    private static final Path THEME = Fixtures.PROJECT.resolve("templates");

    @Test
    void everyKeyUsedByTheTemplatesIsDefinedInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\\{\\{\\s*t\\.([a-z0-9_]+)\\s*}}");
        try (Stream<Path> files = Files.walk(THEME)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".mustache")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        TemplateResolver resolver = new TemplateResolver(null);
        Messages ko = Messages.load(resolver, "ko", new Problems());
        Messages en = Messages.load(resolver, "en", new Problems());
        for (String k : used) {
            assertThat(ko.get(k)).as("ko: %s", k).isNotEqualTo(k);
            assertThat(en.get(k)).as("en: %s", k).isNotEqualTo(k);
        }
    }
}
