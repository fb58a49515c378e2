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

    @Test
    void everyDocumentedKeyIsReadIntoItsTypedField() throws IOException {
        SiteSettings s = load("""
                title: "면접 노트"
                description: One line
                lang: en
                author: Kim
                baseurl: /notes
                url: https://me.github.io/
                pretty_urls: yes
                include: [.well-known]
                exclude: [old/, vendor]
                permalink: /:year/:title/
                languages: [en, ko]
                speaking_rates: {ko: 300, en: 150}
                intro_limit_seconds: 90
                privacy_allow: me@example.com
                coach: false
                exports: true
                """);
        assertThat(reported()).isEmpty();
        assertThat(s.title()).isEqualTo("면접 노트");
        assertThat(s.description()).isEqualTo("One line");
        assertThat(s.lang()).isEqualTo("en");
        assertThat(s.author()).isEqualTo("Kim");
        assertThat(s.baseUrl()).isEqualTo("/notes");
        assertThat(s.siteUrl()).isEqualTo("https://me.github.io");
        assertThat(s.prettyUrls()).isTrue();
        assertThat(s.jekyllIncludes()).containsExactly(".well-known");
        assertThat(s.excludes()).containsExactly("old/", "vendor");
        assertThat(s.permalink()).isEqualTo("/:year/:title/");
        assertThat(s.languages()).containsExactly("en", "ko");
        assertThat(s.speakingRates()).isEqualTo(new io.github.studysite.util.SpeakingTime(300, 150));
        assertThat(s.introLimitSeconds()).isEqualTo(90);
        assertThat(s.privacyAllow()).containsExactly("me@example.com");
        assertThat(s.coach().enabled()).isFalse();
        assertThat(s.exports()).isTrue();
    }

    @Test
    void aMissingFileGivesEveryDefault() {
        SiteSettings s = SettingsLoader.load(SiteConfig.builder(project).build(), problems);
        assertThat(reported()).isEmpty();
        assertThat(s).usingRecursiveComparison().ignoringFields("includes")
                .isEqualTo(SiteSettings.titled(SettingsLoader.DEFAULT_TITLE));
        assertThat(s.includes()).contains("**/*.md", "**/*.txt");
        assertThat(s.languages()).containsExactly("ko");
        assertThat(s.introLimitSeconds()).isEqualTo(120);
    }

    /** Each bad value is an error at its own line and column, all in one run, and the setting keeps its default. */
    @Test
    void everyBadValueIsReportedAtItsLineAndColumnInOneRun() throws IOException {
        SiteSettings s = load("""
                title: [a, b]
                description: {x: 1}
                lang: "한국어"
                author: [Kim]
                baseurl: "javascript:alert(1)"
                url: ftp://example.com
                pretty_urls: maybe
                include: {a: 1}
                exclude: [[nested]]
                permalink: ../../etc/:title
                languages: [ko, "e n"]
                speaking_rates: {ko: fast, jp: 200}
                intro_limit_seconds: -3
                privacy_allow: [{a: 1}]
                coach: sometimes
                exports: all
                """);
        assertThat(reported()).containsExactly(
                "E content/_config.yml:1:8: title: expected a single value, not a list",
                "E content/_config.yml:2:14: description: expected a single value, not a mapping",
                "E content/_config.yml:3:7: lang: expected a language code such as ko or en, not '한국어'",
                "E content/_config.yml:4:9: author: expected a single value, not a list",
                "E content/_config.yml:5:10: baseurl must be a path such as /repo, not a javascript: address; it is "
                        + "left empty (every page's links are built from it)",
                "E content/_config.yml:6:6: url must be an http:// or https:// address such as "
                        + "https://user.github.io, not a ftp: address; it is left empty (every page's links are "
                        + "built from it)",
                "E content/_config.yml:7:14: pretty_urls: expected true or false",
                "E content/_config.yml:8:10: include: expected a list of names ([a, b]), not a mapping",
                "E content/_config.yml:9:11: exclude: each entry must be a single name, not a list",
                "E content/_config.yml:10:12: permalink '../../etc/:title' would leave the site folder (..); posts "
                        + "keep their pages under notes/",
                "E content/_config.yml:11:17: languages: expected a language code such as ko or en, not 'e n'",
                "E content/_config.yml:12:22: speaking_rates.ko: expected a number above 0",
                "E content/_config.yml:12:28: speaking_rates: unknown language 'jp' (known: ko, en)",
                "E content/_config.yml:13:22: intro_limit_seconds: expected a whole number from 1 to 3600",
                "E content/_config.yml:14:17: privacy_allow: each entry must be a single name, not a mapping",
                "E content/_config.yml:15:8: coach: expected true, false or a mapping of coach settings, not "
                        + "'sometimes'",
                "E content/_config.yml:16:10: exports: expected true or false");
        assertThat(s.languages()).containsExactly("ko"); // the valid one of the list
        assertThat(s).usingRecursiveComparison().ignoringFields("site", "includes", "languages")
                .isEqualTo(SiteSettings.titled(SettingsLoader.DEFAULT_TITLE));
    }

    @Test
    void aPermalinkThatIsNeitherAStyleNorAPatternIsAnError() throws IOException {
        SiteSettings s = load("title: t\npermalink: pretty-ish\n");
        assertThat(s.permalink()).isEmpty();
        assertThat(reported()).singleElement().asString().startsWith("E content/_config.yml:2:12: permalink "
                + "'pretty-ish' is neither a style (date, none, ordinal, pretty, weekdate) nor a pattern");
        assertThat(load("permalink: pretty\n").permalink()).isEqualTo("pretty");
    }

    @Test
    void anUnknownKeyIsAWarningWithTheKeyItLikelyMisspells() throws IOException {
        SiteSettings s = load("""
                titel: Mine
                baseURL: /x
                github_username: me
                """);
        assertThat(s.title()).isEqualTo(SettingsLoader.DEFAULT_TITLE);
        assertThat(s.site()).containsEntry("github_username", "me");
        assertThat(reported()).containsExactly(
                "W content/_config.yml:1:1: unknown setting 'titel' (did you mean 'title'?): studysite does not "
                        + "read it, though Liquid sees it as {{ site.titel }}",
                "W content/_config.yml:2:1: unknown setting 'baseURL' (did you mean 'baseurl'?): studysite does "
                        + "not read it, though Liquid sees it as {{ site.baseURL }}",
                "W content/_config.yml:3:1: unknown setting 'github_username': studysite does not read it, though "
                        + "Liquid sees it as {{ site.github_username }}");
    }

    /** A Jekyll site's own settings, which studysite leaves alone knowingly, are not warned about. */
    @Test
    void jekyllsOwnSettingsAreNotWarnedAbout() throws IOException {
        load("""
                title: Blog
                plugins: [jekyll-feed]
                theme: minima
                markdown: kramdown
                kramdown: {input: GFM}
                collections: {recipes: {output: true}}
                defaults: [{scope: {path: ""}, values: {layout: post}}]
                timezone: Asia/Seoul
                """);
        assertThat(reported()).isEmpty();
    }
}
