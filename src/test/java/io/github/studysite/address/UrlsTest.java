package io.github.studysite.address;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlsTest {

    @Test
    void linksGoThroughTheFoldersThePagesShare() {
        Urls urls = new Urls(false);
        assertThat(urls.link("notes/a/index.html", "notes/b/index.html")).isEqualTo("../b/index.html");
        assertThat(urls.link("index.html", "notes/index.html")).isEqualTo("notes/index.html");
        assertThat(urls.link("notes/a/index.html", "index.html")).isEqualTo("../../index.html");
        assertThat(urls.link("stories/a.html", "stories/b.html")).isEqualTo("b.html");
        assertThat(urls.link("stories/a.html", "stories/a.html")).isEqualTo("a.html");
        assertThat(urls.link("stories/page/2/index.html", "stories/b.html")).isEqualTo("../../b.html");
        assertThat(urls.link("notes/ab/index.html", "notes/a/index.html")).isEqualTo("../a/index.html");
        assertThat(urls.link("stories/a.html", "principles/p/index.html")).isEqualTo("../principles/p/index.html");
    }

    @Test
    void prettyUrlsDropIndexHtml() {
        Urls urls = new Urls(true);
        assertThat(urls.link("notes/a/index.html", "notes/b/index.html")).isEqualTo("../b/");
        assertThat(urls.link("notes/a/index.html", "notes/index.html")).isEqualTo("../");
        assertThat(urls.link("stories/index.html", "stories/index.html")).isEqualTo("./");
        assertThat(urls.link("notes/index.html", "index.html")).isEqualTo("../");
        assertThat(urls.link("index.html", "index.html")).isEqualTo("./");
    }

    @Test
    void canonicalPaths() {
        assertThat(Urls.canonicalPath("index.html")).isEmpty();
        assertThat(Urls.canonicalPath("notes/a/index.html")).isEqualTo("notes/a/");
        assertThat(Urls.canonicalPath("a/b.html")).isEqualTo("a/b.html");
    }
}
