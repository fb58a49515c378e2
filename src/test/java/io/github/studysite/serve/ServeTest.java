package io.github.studysite.serve;

import io.github.studysite.Fixtures;
import io.github.studysite.config.SiteConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The preview end to end on the seeds: a real server on a free port, a real file watcher, real edits. Waits are
 * functional bounds (how long a change may take to show), not performance assertions.
 */
class ServeTest {

    private static final Duration BOUND = Duration.ofSeconds(40);
    private static final String NOTE = "notes/004_05ea4aff718872b0/index.html";

    @TempDir
    Path project;
    private Serve serve;
    private final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        Fixtures.copySeeds(project);
        Fixtures.write(project, "content/wip.md", "---\ntitle: 쓰는 중\nprivate: true\n---\n비공개 메모\n");
        Fixtures.write(project, "secret.txt", "the secret outside the site");
        serve = Serve.start(SiteConfig.builder(project).build(), 0,
                Serve.Log.of(log::add, m -> log.add("WARN " + m), m -> log.add("ERROR " + m)));
    }

    @AfterEach
    void stop() {
        serve.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(serve.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> awaitPage(String path, Predicate<HttpResponse<String>> condition) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(path);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("within " + BOUND + ", " + path + " never matched; last status "
                + (last == null ? "-" : last.statusCode()) + "; log: " + log);
    }

    /** Sends a request line exactly as written: no client normalises the path first. */
    private String raw(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", serve.url().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + serve.url().getPort()
                    + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void servesTheSiteOnLoopbackWithUtf8TypesAndTheReloadScript() throws Exception {
        assertThat(serve.url().getHost()).isEqualTo("127.0.0.1");
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("<script src=\"/_studysite/live.js\" data-build=\"1\"");
        HttpResponse<String> index = get("/search-index.json");
        assertThat(index.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(index.body()).doesNotContain("live.js");
        assertThat(get("/_studysite/live.js").body()).contains("EventSource");
        assertThat(get("/notes").statusCode()).isEqualTo(301);
        HttpResponse<String> missing = get("/no/such/page.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<h1");
        // in the built site on disk there is no reload script: it is added while serving only
        assertThat(Fixtures.read(served().resolve("index.html"))).doesNotContain("live.js");
    }

    @Test
    void showsPrivateNotesWithTheirBanner() throws Exception {
        HttpResponse<String> page = get("/notes/wip/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("banner-draft").contains("비공개 노트입니다");
    }

    @Test
    void anEditShowsUpAndOpenPagesAreTold() throws Exception {
        assertThat(get(NOTE).body()).doesNotContain("미리보기로 확인한 문장");
        CompletableFuture<List<String>> events = listen(3);
        Files.writeString(project.resolve("content/004_05ea4aff718872b0.txt"), "\n\n미리보기로 확인한 문장\n",
                StandardOpenOption.APPEND);
        awaitPage(NOTE, r -> r.body().contains("미리보기로 확인한 문장"));
        List<String> received = events.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        assertThat(received.get(0)).contains("\"build\":1");
        // the edited note's own pages first, then the rest of the site
        assertThat(received.get(1)).contains("\"build\":2").contains("\"ok\":true").contains(NOTE);
        assertThat(received.get(2)).contains("\"build\":3").contains("\"ok\":true").doesNotContain(NOTE);
        assertThat(log).anySatisfy(l -> assertThat(l).startsWith("Updated en/" + NOTE + ", " + NOTE + " in "));
        assertThat(log).anySatisfy(l -> assertThat(l).startsWith("Rebuilt in"));
    }

    /** Reads the event stream until {@code count} build events arrived. */
    private CompletableFuture<List<String>> listen(int count) throws Exception {
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(serve.url()
                .resolve("/_studysite/events")).build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        return CompletableFuture.supplyAsync(() -> {
            List<String> data = new ArrayList<>();
            Iterator<String> lines = stream.body().iterator();
            while (data.size() < count && lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("data: ")) {
                    data.add(line);
                }
            }
            stream.body().close();
            return data;
        });
    }

    @Test
    void aBrokenNoteShowsItsProblemsUntilItIsFixed() throws Exception {
        Path broken = Fixtures.write(project, "content/broken.md", "---\ntitle: [unclosed\n---\n본문\n");
        HttpResponse<String> error = awaitPage(NOTE, r -> r.statusCode() == 500);
        assertThat(error.body()).contains("content/broken.md:3:1").contains("빌드 오류").contains("data-error");
        assertThat(log).anySatisfy(l -> assertThat(l).startsWith("ERROR content/broken.md:3:1: invalid YAML"));
        // the last good site is still what is on disk
        assertThat(Fixtures.read(served().resolve(NOTE))).contains("note-body");

        Files.writeString(broken, "---\ntitle: 고쳤음\n---\n본문\n");
        awaitPage("/notes/broken/index.html", r -> r.statusCode() == 200 && r.body().contains("고쳤음"));
        assertThat(get(NOTE).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesRequestsOutsideTheSite() throws Exception {
        for (String path : List.of("/../secret.txt", "/notes/../../secret.txt", "/%2e%2e/secret.txt",
                "/%2E%2E/%2E%2E/secret.txt", "/notes%2f..%2f..%2fsecret.txt", "/..%5csecret.txt",
                "/index.html%00.txt")) {
            String response = raw(path);
            assertThat(response).as(path).startsWith("HTTP/1.1 403").doesNotContain("the secret");
        }
        assertThat(raw("/.studysite")).startsWith("HTTP/1.1 404");
        Files.createSymbolicLink(served().resolve("leak.txt"), project.resolve("secret.txt"));
        assertThat(raw("/leak.txt")).startsWith("HTTP/1.1 403").doesNotContain("the secret");
        assertThat(http.send(HttpRequest.newBuilder(serve.url()).method("DELETE", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(405);
    }

    /** The folder the preview writes and serves. */
    private Path served() {
        return serve.last().result().output();
    }

    @Test
    void thePreviewWritesAFolderOfItsOwnAndRemovesItWhenItStops() throws Exception {
        Path folder = served().getParent();
        assertThat(folder.getParent()).isEqualTo(project);
        assertThat(folder.getFileName().toString()).startsWith(".site-output.preview-" + ProcessHandle.current().pid());
        assertThat(served().resolve("notes/wip/index.html")).exists();
        assertThat(project.resolve("site-output")).doesNotExist();
        serve.close();
        assertThat(folder).doesNotExist();
    }

    @Test
    void aFailedPublicBuildAfterAPreviewLeavesThePublishedSiteWithoutPrivateNotes() throws Exception {
        serve.close();
        assertThat(new io.github.studysite.SiteBuilder(SiteConfig.builder(project).build()).build().success()).isTrue();
        Path published = project.resolve("site-output");
        assertThat(published.resolve("notes/wip")).doesNotExist();
        java.util.Map<String, String> before = io.github.studysite.TreeSnapshot.of(published);
        serve = Serve.start(SiteConfig.builder(project).build(), 0, Serve.Log.of(log::add, log::add, log::add));
        assertThat(served().resolve("notes/wip/index.html")).exists();
        Fixtures.write(project, "content/broken.md", "---\ntitle: [unclosed\n---\n");
        assertThat(new io.github.studysite.SiteBuilder(SiteConfig.builder(project).build()).build().success()).isFalse();
        assertThat(io.github.studysite.TreeSnapshot.of(published)).isEqualTo(before);
    }

    @Test
    void closingStopsTheServer() throws Exception {
        URI url = serve.url();
        serve.close();
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding())).isInstanceOf(ConnectException.class);
    }
}
