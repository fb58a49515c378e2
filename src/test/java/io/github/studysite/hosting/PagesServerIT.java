package io.github.studysite.hosting;

import io.github.studysite.BuildResult;
import io.github.studysite.Fixtures;
import io.github.studysite.SiteBuilder;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed site served the way GitHub Pages serves it — from a real HTTP server on loopback, under {@code /<repo>/}
 * or at a domain root — and crawled from its root like a link checker: every page is reached, and no link,
 * stylesheet, script, image or anchor is broken, including on the 404 page served at any depth.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PagesServerIT {

    @TempDir
    Path project;

    /** Files the notes point to that are not in the content folder: the build warned about each, by line. */
    private List<String> missingFiles = List.of();

    private Path build(String baseUrl, String siteUrl) throws IOException {
        build(baseUrl, siteUrl, Fixtures.BILINGUAL_CONFIG);
        return project.resolve("site-output");
    }

    private Path build(String baseUrl, String siteUrl, String config) throws IOException {
        Fixtures.copySeeds(project);
        Fixtures.write(project, "content/_config.yml", config);
        BuildResult result = new SiteBuilder(SiteConfig.builder(project).baseUrl(baseUrl).siteUrl(siteUrl).build())
                .build();
        assertThat(result.success()).as("%s", result.problems()).isTrue();
        missingFiles = result.problems().stream().map(Problem::message)
                .filter(m -> m.startsWith("image target not found: ") || m.startsWith("link target not found: "))
                .map(m -> m.replaceAll("^\\w+ target not found: (\\S+).*$", "$1"))
                .map(m -> m.substring(m.lastIndexOf('/') + 1)).toList();
        // seed 003 shows two screenshots its author kept outside the notes folder
        assertThat(missingFiles).containsExactly("interviewconfirmed.png", "chimequestionex.png");
        return project.resolve("site-output");
    }

    /** What the crawl found broken, less the files the build already reported missing. */
    private List<String> unexpected(List<String> broken) {
        return broken.stream().filter(b -> missingFiles.stream().noneMatch(f -> b.contains("/" + f + " (HTTP 404)")))
                .toList();
    }

    /** Every page the build wrote, as the path a server serves it at. */
    static Set<String> writtenPages(Path site, String base) throws IOException {
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> base + "/" + site.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(base + "/404.html"))
                    .forEach(p -> pages.add(p.endsWith("/index.html") ? p.substring(0, p.length() - 10) : p));
        }
        return pages;
    }

    static Set<String> folderStyle(Set<String> pages) {
        Set<String> out = new TreeSet<>();
        pages.forEach(p -> out.add(p.endsWith("/index.html") ? p.substring(0, p.length() - 10) : p));
        return out;
    }

    @Test
    void underARepositoryPathEveryPageIsReachedAndNothingIsBroken() throws IOException {
        Path site = project.resolve("site-output");
        try (PagesServer server = new PagesServer(site, "/studysite")) {
            build("/studysite", server.origin());
            Crawler crawler = new Crawler(server.origin());
            List<String> broken = crawler.crawl(server.root(), server.root() + "no/such/page/deep/");
            // a missing image is a placeholder on the page, not a request for a file that is not there
            assertThat(broken).isEmpty();
            assertThat(folderStyle(crawler.pages())).containsAll(writtenPages(site, "/studysite"));
            // the 404 page answered the missing address, with its stylesheet and links from the base path
            assertThat(crawler.fetched().get(server.root() + "no/such/page/deep/").status()).isEqualTo(404);
            assertThat(crawler.fetched()).containsKey(server.root() + "assets/style.css")
                    .containsKey(server.root() + "assets/print.css")
                    .containsKey(server.root() + "assets/favicon.svg");
            // the sitemap lists absolute addresses of this server, every one of them served
            String sitemap = Fixtures.read(site.resolve("sitemap.xml"));
            List<String> locs = sitemap.lines().filter(l -> l.contains("<loc>"))
                    .map(l -> l.substring(l.indexOf("<loc>") + 5, l.indexOf("</loc>"))).toList();
            assertThat(locs).hasSizeGreaterThan(100).allMatch(l -> l.startsWith(server.root()));
            Set<String> pages = writtenPages(site, "/studysite");
            pages.remove("/studysite/en/404.html");
            assertThat(new TreeSet<>(locs.stream().map(l -> l.substring(server.origin().length()))
                    .map(l -> java.net.URLDecoder.decode(l, java.nio.charset.StandardCharsets.UTF_8)).toList()))
                    .isEqualTo(pages);
        }
    }

    @Test
    void atADomainRootWithPrettyUrlsAndNoBaseUrlToo() throws IOException {
        Path site = build(null, null, "pretty_urls: true\n" + Fixtures.BILINGUAL_CONFIG);
        try (PagesServer server = new PagesServer(site, "")) {
            Crawler crawler = new Crawler(server.origin());
            List<String> broken = crawler.crawl(server.root(), server.root() + "stories/no-such-story/",
                    server.root() + "en/a/b/c/d");
            assertThat(unexpected(broken)).isEmpty();
            assertThat(folderStyle(crawler.pages())).containsAll(writtenPages(site, ""));
            assertThat(Fixtures.read(site.resolve("index.html"))).contains("href=\"stories/\"");
        }
    }
}
