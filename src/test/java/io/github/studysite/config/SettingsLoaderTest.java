package io.github.studysite.config;

import io.github.studysite.Fixtures;
import io.github.studysite.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsLoaderTest {

    @TempDir
    Path project;

    private final Problems problems = new Problems();

    private SiteSettings load(String yaml) throws IOException {
        Fixtures.write(project, "content/_config.yml", yaml);
        return SettingsLoader.load(SiteConfig.builder(project).build(), problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(p -> (p.isError() ? "E " : "W ") + p).toList();
    }

    @Test
    void theInterfaceLanguagesAreTheSitesOwnUnlessTheConfigAsksForMore() throws IOException {
        assertThat(load("title: Mine\n").languages()).containsExactly("ko");
        assertThat(load("lang: en\n").languages()).containsExactly("en");
        assertThat(load("languages: [ko, en]\n").languages()).containsExactly("ko", "en");
        assertThat(load("lang: en\nlanguages: [ko]\n").languages()).containsExactly("en", "ko");
        assertThat(reported()).isEmpty();
    }

    @Test
    void recursiveLanguagesAreAnErrorAtTheAliasNotAStackOverflow() throws IOException {
        SiteSettings settings = load("languages: &l [ko, [*l]]");
        assertThat(settings.title()).isEqualTo(SettingsLoader.DEFAULT_TITLE);
        assertThat(reported()).containsExactly("E content/_config.yml:1:21: invalid YAML: alias *l is inside the value "
                + "&l names, which would make it contain itself without end: recursive structures are refused");
    }

    @Test
    void anUnusedRecursiveKeyIsRefusedToo() throws IOException {
        // no setting reads it, yet constructing it would recurse for whoever walks the settings (a preview rebuild)
        load("title: Mine\nunused: &u {self: *u}\n");
        assertThat(reported()).singleElement().asString().startsWith("E content/_config.yml:2:19: invalid YAML: alias *u");
    }

    @Test
    void anAliasBombIsBounded() throws IOException {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        // 40 aliases, each level four times the last: 10 * 4^10 values once expanded
        for (int i = 1; i <= 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append(", *a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        load(yaml.toString());
        assertThat(reported()).singleElement().asString().matches("E content/_config\\.yml:\\d+:\\d+: invalid YAML: "
                + "aliases \\(\\*name\\) expand this document past 1000000 values: refused, a document built from "
                + "aliases can grow without bound");
    }

    @Test
    void aDuplicateKeyKeepsTheLastValueWithAWarning() throws IOException {
        SiteSettings settings = load("title: First\nlang: en\ntitle: Second\n");
        assertThat(settings.title()).isEqualTo("Second");
        assertThat(settings.lang()).isEqualTo("en");
        assertThat(reported()).containsExactly("W content/_config.yml:3:1: key 'title' is written twice (first at line "
                + "1); the last value is used, as Jekyll does: remove one of them");
    }

    @Test
    void tabIndentedSettingsAreReadWithAWarning() throws IOException {
        SiteSettings settings = load("title: Tabs\nexclude:\n\t- drafts/**\n\t- old/**\n");
        assertThat(settings.excludes()).contains("drafts/**", "old/**");
        assertThat(reported()).singleElement().asString().startsWith("W content/_config.yml:3:1: tab used for "
                + "indentation");
    }
}
