package io.github.studysite.serve;

import io.github.studysite.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Request paths are mapped into the site folder and nowhere else. */
class SiteFilesTest {

    @TempDir
    Path dir;
    private Path site;
    private SiteFiles files;

    @BeforeEach
    void setUp() throws IOException {
        site = Files.createDirectories(dir.resolve("site-output"));
        Fixtures.write(site, "index.html", "home");
        Fixtures.write(site, "notes/서울/index.html", "note");
        Fixtures.write(site, "a b.txt", "space");
        Fixtures.write(site, ".studysite", "marker");
        Fixtures.write(dir, "secret.txt", "secret");
        files = new SiteFiles(site, "");
    }

    @Test
    void servesFilesAndFolderIndexesWithKoreanNames() {
        assertThat(files.resolve("/")).isEqualTo(new SiteFiles.Found(site.resolve("index.html"), "index.html"));
        assertThat(files.resolve("/notes/%EC%84%9C%EC%9A%B8/")).isEqualTo(new SiteFiles.Found(
                site.resolve("notes/서울/index.html"), "notes/서울/index.html"));
        assertThat(files.resolve("/a%20b.txt")).isInstanceOf(SiteFiles.Found.class);
        assertThat(files.resolve("/notes/%EC%84%9C%EC%9A%B8"))
                .isEqualTo(new SiteFiles.Redirect("/notes/%EC%84%9C%EC%9A%B8/"));
        assertThat(files.resolve("/nothing.html")).isInstanceOf(SiteFiles.Missing.class);
    }

    @Test
    void refusesEveryWayOut() {
        for (String path : new String[] {"/../secret.txt", "/notes/../../secret.txt", "/%2e%2e/secret.txt",
                "/%2E%2E/secret.txt", "/..%2fsecret.txt", "/notes%2F..%2F..%2Fsecret.txt", "/..%5csecret.txt",
                "/notes\\..\\..\\secret.txt", "/./index.html", "/index.html%00.txt", "/%zz", "/%c0%ae%c0%ae/secret.txt",
                "relative", "//secret.txt/.."}) {
            assertThat(files.resolve(path)).as(path).isInstanceOf(SiteFiles.Refused.class);
        }
    }

    @Test
    void hidesHiddenFiles() {
        assertThat(files.resolve("/.studysite")).isInstanceOf(SiteFiles.Missing.class);
    }

    @Test
    void refusesSymbolicLinksEvenInsideTheSite() throws IOException {
        Files.createSymbolicLink(site.resolve("out.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("linked"), dir);
        Files.createSymbolicLink(site.resolve("again.html"), site.resolve("index.html"));
        assertThat(files.resolve("/out.txt")).isInstanceOf(SiteFiles.Refused.class);
        assertThat(files.resolve("/linked/secret.txt")).isInstanceOf(SiteFiles.Refused.class);
        assertThat(files.resolve("/linked/")).isInstanceOf(SiteFiles.Refused.class);
        assertThat(files.resolve("/again.html")).isInstanceOf(SiteFiles.Refused.class);
    }

    @Test
    void servesUnderTheBaseUrl() {
        SiteFiles repo = new SiteFiles(site, "/repo");
        assertThat(repo.resolve("/")).isEqualTo(new SiteFiles.Redirect("/repo/"));
        assertThat(repo.resolve("/repo")).isEqualTo(new SiteFiles.Redirect("/repo/"));
        assertThat(repo.resolve("/repo/")).isInstanceOf(SiteFiles.Found.class);
        assertThat(repo.resolve("/index.html")).isInstanceOf(SiteFiles.Missing.class);
        assertThat(repo.resolve("/repo/../secret.txt")).isInstanceOf(SiteFiles.Refused.class);
    }

    @Test
    void contentTypesSayUtf8ForText() {
        assertThat(ContentTypes.of("notes/a/index.html")).isEqualTo("text/html; charset=utf-8");
        assertThat(ContentTypes.of("search-index.js")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(ContentTypes.of("search-index.json")).isEqualTo("application/json; charset=utf-8");
        assertThat(ContentTypes.of("assets/style.CSS")).isEqualTo("text/css; charset=utf-8");
        assertThat(ContentTypes.of("images/a.png")).isEqualTo("image/png");
        assertThat(ContentTypes.of("notes.d/README")).isEqualTo("application/octet-stream");
    }
}
