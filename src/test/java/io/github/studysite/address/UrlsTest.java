package io.github.studysite.address;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlsTest {

    @Test
    void linksAreRelativeToThePageDepth() {
        Urls urls = new Urls(false);
        assertThat(urls.link("notes/a/index.html", "notes/b/index.html")).isEqualTo("../../notes/b/index.html");
        assertThat(urls.link("index.html", "notes/index.html")).isEqualTo("notes/index.html");
        assertThat(urls.link("notes/a/index.html", "index.html")).isEqualTo("../../index.html");
    }

    @Test
    void prettyUrlsDropIndexHtml() {
        Urls urls = new Urls(true);
        assertThat(urls.link("notes/a/index.html", "notes/b/index.html")).isEqualTo("../../notes/b/");
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
