package io.github.studysite;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site whose {@code _config.yml} names no {@code languages}: one interface, in the site's {@code lang}, no
 * {@code en/} copy and no language switcher; a self-introduction still shows its Korean and English side by side.
 */
class OneLanguageSiteTest {

    @TempDir
    static Path project;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        Fixtures.copySeeds(project);
        Fixtures.write(project, "content/_config.yml", "title: 면접 노트\n");
        out = Fixtures.builtSite(project);
    }

    private static Document page(String path) {
        return Fixtures.page(out, path);
    }

    @Test
    void theSiteHasOnlyItsOwnInterfaceLanguage() {
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("en")).doesNotExist();
        Document home = page("index.html");
        assertThat(home.select("html").attr("lang")).isEqualTo("ko");
        assertThat(home.select(".site-nav a").eachText()).contains("리더십 원칙", "자기소개");
        assertThat(home.select("link[rel=alternate][hreflang]")).isEmpty();
        assertThat(home.select(".language-switcher")).isEmpty();
        assertThat(Fixtures.read(out.resolve("sitemap.xml"))).doesNotContain("/en/");
    }

    @Test
    void aSelfIntroductionStaysBilingual() {
        Document doc = page("intro/aws-interview-cse.html");
        assertThat(doc.select(".intro-column[lang=ko]").text()).isNotBlank();
        assertThat(doc.select(".intro-column[lang=en]").text()).isNotBlank();
        assertThat(doc.select(".language-switcher")).isEmpty();
    }

    @Test
    void askingForEnglishAddsTheEnglishInterfaceAndTheSwitcher() throws IOException {
        Path other = Files.createTempDirectory(project, "both-");
        Fixtures.copySeeds(other);
        Fixtures.write(other, "content/_config.yml", "title: 면접 노트\nlanguages: [ko, en]\n");
        assertThat(Fixtures.build(other).success()).isTrue();
        Document home = Jsoup.parse(Fixtures.read(other.resolve("site-output/index.html")));
        assertThat(home.select(".language-switcher a[hreflang=en]").attr("href")).isEqualTo("en/index.html");
        assertThat(Jsoup.parse(Fixtures.read(other.resolve("site-output/en/index.html"))).select("html").attr("lang"))
                .isEqualTo("en");
    }
}
