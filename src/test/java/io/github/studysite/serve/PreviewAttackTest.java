package io.github.studysite.serve;

import io.github.studysite.Fixtures;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.search.SearchFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attacks a running preview over real loopback sockets, the way a hostile web page or a hostile local client would:
 * DNS rebinding (a foreign {@code Host}), cross-site inclusion of the private search index and practice data, oversized
 * and slow request heads, more connections than the limit. The project is tiny: one private and one draft note, each
 * with a marker that must never reach an attacker and must reach the preview's own pages.
 */
class PreviewAttackTest {

    private static final String PRIVATE = "privatemarkerqx7";
    private static final String DRAFT = "draftmarkerzk4";
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path project;
    private Serve serve;

    private void start(ServerLimits limits) throws IOException {
        Fixtures.write(project, "content/salary.md", "---\ntitle: 연봉 협상\nprivate: true\n---\n"
                + "## 예상 질문\n\n- 희망 연봉은 얼마인가요? " + PRIVATE + "\n\n" + PRIVATE + " 제시 금액 메모\n");
        Fixtures.write(project, "content/wip.md", "---\ntitle: 쓰는 중\ndraft: true\n---\n" + DRAFT + " 초안\n");
        Fixtures.write(project, "content/public.md", "---\ntitle: 공개 노트\n---\n공개 본문\n");
        serve = Serve.start(SiteConfig.builder(project).build(), 0, Serve.Log.of(m -> { }, m -> { }, m -> { }),
                limits);
    }

    @AfterEach
    void stop() {
        if (serve != null) {
            serve.close();
        }
    }

    private int port() {
        return serve.url().getPort();
    }

    private String own() {
        return "127.0.0.1:" + port();
    }

    /** A parsed response read to the end of the connection. */
    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends {@code head} (CRLF lines, without the blank line) and reads the response until the server closes. */
    private Response send(String head) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout((int) DEADLINE.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private Response get(String path, String... headers) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\nHost: " + own() + (headers.length == 0 ? "" : "\r\n")
                + String.join("\r\n", headers));
    }

    private static Response parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        assertThat(end).as("a complete response head in: %s", text).isPositive();
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }

    /** The files that carry the private and draft text; each is checked to really carry it. */
    private static final List<String> PRIVATE_FILES = List.of("/search-index.js", "/search/c1.js",
            "/practice-data.js", "/notes/salary/index.html", "/notes/wip/index.html");

    @Test
    void theOwnPagesGetThePrivateTextWithTheSecurityHeaders() throws IOException {
        start(ServerLimits.DEFAULT);
        StringBuilder all = new StringBuilder();
        for (String path : PRIVATE_FILES) {
            for (String extra : List.of("", "Sec-Fetch-Site: same-origin", "Sec-Fetch-Site: none",
                    "Referer: http://" + own() + "/search/", "Origin: http://" + own())) {
                Response r = extra.isEmpty() ? get(path) : get(path, extra);
                assertThat(r.status()).as(path + " " + extra).isEqualTo(200);
                all.append(r.body());
            }
        }
        assertThat(all).contains(PRIVATE).contains(DRAFT);
        assertThat(get("/search-index.js").body()).contains("n/wip");
        assertThat(SearchFiles.unpack(get("/search/c1.js").body())).startsWith("studysiteSearch.chunk(")
                .contains(DRAFT).contains(PRIVATE);
        assertThat(get("/practice-data.js").body()).contains(PRIVATE);
        // the other loopback names of the preview are its own too
        for (String host : List.of("localhost:" + port(), "LOCALHOST:" + port(), "[::1]:" + port())) {
            assertThat(send("GET /notes/salary/ HTTP/1.1\r\nHost: " + host).status()).as(host).isEqualTo(200);
        }
    }

    @Test
    void aForeignHostIsRefusedDnsRebinding() throws IOException {
        start(ServerLimits.DEFAULT);
        List<String> heads = List.of(
                "GET /notes/salary/index.html HTTP/1.1\r\nHost: evil.example:" + port(),
                "GET /notes/salary/index.html HTTP/1.1\r\nHost: evil.example",
                "GET /search-index.js HTTP/1.1\r\nHost: 127.0.0.1",
                "GET /search-index.js HTTP/1.1\r\nHost: 127.0.0.1:1" + port(),
                "GET /search-index.js HTTP/1.1\r\nHost: 127.0.0.1.nip.io:" + port(),
                "GET /search-index.js HTTP/1.1\r\nHost: localhost.:" + port(),
                "GET /search-index.js HTTP/1.1\r\nHost: 0.0.0.0:" + port(),
                "GET /search-index.js HTTP/1.1\r\nHost: user@127.0.0.1:" + port(),
                "GET http://evil.example:" + port() + "/search-index.js HTTP/1.1\r\nHost: " + own(),
                "GET /practice-data.js HTTP/1.0");
        for (String head : heads) {
            Response r = send(head);
            assertThat(r.status()).as(head).isEqualTo(421);
            assertThat(r.body()).as(head).doesNotContain(PRIVATE).doesNotContain(DRAFT).contains("127.0.0.1:" + port());
            assertSecurityHeaders(r);
        }
        assertThat(send("GET /notes/salary/ HTTP/1.1\r\nHost: a\r\nHost: " + own()).status()).isEqualTo(400);
        // the absolute form naming the preview itself is the preview
        assertThat(send("GET http://" + own() + "/notes/salary/ HTTP/1.1\r\nHost: " + own()).body()).contains(PRIVATE);
    }

    @Test
    void requestsFromAnotherSiteAreRefused() throws IOException {
        start(ServerLimits.DEFAULT);
        List<List<String>> attacks = List.of(
                // <script src> from a page of another site, and from another port of 127.0.0.1 (same-site)
                List.of("Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: no-cors", "Sec-Fetch-Dest: script"),
                List.of("Sec-Fetch-Site: same-site", "Sec-Fetch-Mode: no-cors", "Sec-Fetch-Dest: script"),
                // fetch() and an <iframe>
                List.of("Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: cors", "Sec-Fetch-Dest: empty",
                        "Origin: http://evil.example"),
                List.of("Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: navigate", "Sec-Fetch-Dest: iframe"),
                List.of("Sec-Fetch-Site: cross-site"),
                List.of("Sec-Fetch-Site: something-new"),
                // a foreign Origin whatever else the request says, and the opaque origin of a sandbox or file://
                List.of("Sec-Fetch-Site: same-origin", "Origin: http://127.0.0.1:" + (port() + 1)),
                List.of("Origin: null"),
                // a browser without Fetch Metadata, on a page of another site
                List.of("Referer: http://evil.example/steal.html"),
                List.of("Referer: http://localhost:" + (port() + 1) + "/"));
        for (String path : PRIVATE_FILES) {
            for (List<String> attack : attacks) {
                Response r = get(path, attack.toArray(String[]::new));
                assertThat(r.status()).as(path + " " + attack).isEqualTo(403);
                assertThat(r.body()).as(path + " " + attack).doesNotContain(PRIVATE).doesNotContain(DRAFT);
                assertSecurityHeaders(r);
            }
        }
        // a link followed from another site opens the page, for the person only (no script of that site can read it)
        Response link = get("/notes/public/", "Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: navigate",
                "Sec-Fetch-Dest: document", "Sec-Fetch-User: ?1");
        assertThat(link.status()).isEqualTo(200);
        assertThat(link.header("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws IOException {
        start(ServerLimits.DEFAULT);
        Response page = get("/notes/wip/");
        assertSecurityHeaders(page);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe");
        for (Response r : List.of(get("/no/such/"), get("/notes"), get("/search-index.js"),
                get("/_studysite/live.js"), send("DELETE / HTTP/1.1\r\nHost: " + own()),
                send("GET /%2e%2e/etc/passwd HTTP/1.1\r\nHost: " + own()), send("GET / HTTP/1.1"))) {
            assertSecurityHeaders(r);
        }
    }

    private static void assertSecurityHeaders(Response r) {
        assertThat(r.header("Content-Security-Policy")).isEqualTo(PreviewHeaders.CONTENT_SECURITY_POLICY);
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        assertThat(r.header("Cross-Origin-Resource-Policy")).isEqualTo("same-origin");
    }

    @Test
    void oversizedHeadsAreAnsweredNotReset() throws IOException {
        start(ServerLimits.DEFAULT);
        Response headers = get("/notes/public/", "X-Filler: " + "a".repeat(20 * 1024));
        assertThat(headers.status()).isEqualTo(431);
        assertSecurityHeaders(headers);
        Response many = get("/notes/public/", java.util.stream.IntStream.range(0, 150).mapToObj(i -> "X-" + i + ": 1")
                .toArray(String[]::new));
        assertThat(many.status()).isEqualTo(431);
        Response uri = get("/notes/public/?" + "q".repeat(20 * 1024));
        assertThat(uri.status()).isEqualTo(414);
        // just under the limit is an ordinary request
        assertThat(get("/notes/public/", "X-Filler: " + "a".repeat(12 * 1024)).status()).isEqualTo(200);
    }

    @Test
    void aSlowClientIsCutOffAfterTheReadTimeout() throws Exception {
        start(new ServerLimits(Duration.ofMillis(400), 8, 16 * 1024));
        // half a request, then silence
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.getOutputStream().write(("GET /notes/salary/ HTTP/1.1\r\nHost: " + own() + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = readToEnd(socket);
            assertThat(answer).startsWith("HTTP/1.1 408").doesNotContain(PRIVATE);
        }
        // a byte every 100 ms keeps each read short of the timeout, but the head as a whole has a deadline
        try (Socket socket = new Socket("127.0.0.1", port())) {
            Thread trickle = new Thread(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    for (byte b : ("GET / HTTP/1.1\r\nHost: " + own() + "\r\nX-Slow: " + "s".repeat(200))
                            .getBytes(StandardCharsets.ISO_8859_1)) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException e) {
                    // the server closed the connection, as it should
                }
            });
            trickle.setDaemon(true);
            trickle.start();
            assertThat(readToEnd(socket)).startsWith("HTTP/1.1 408");
            trickle.interrupt();
        }
        // a kept-alive connection that stays idle is closed without a word
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.getOutputStream().write(("GET /notes/public/ HTTP/1.1\r\nHost: " + own() + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = readToEnd(socket);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("공개 본문").doesNotContain("HTTP/1.1 408");
        }
        assertThat(get("/notes/public/").status()).isEqualTo(200);
    }

    @Test
    void aClientThatStopsReadingIsCutOffAfterTheReadTimeout() throws Exception {
        byte[] big = new byte[24 << 20];
        new java.util.Random(7).nextBytes(big);
        Files.write(Files.createDirectories(project.resolve("content/files")).resolve("big.pdf"), big);
        start(new ServerLimits(Duration.ofMillis(500), 8, 16 * 1024));
        assertThat(send("HEAD /files/big.pdf HTTP/1.1\r\nHost: " + own()).header("Content-Length"))
                .isEqualTo(String.valueOf(big.length));
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port()));
            socket.getOutputStream().write(("GET /files/big.pdf HTTP/1.1\r\nHost: " + own() + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            // the server takes the connection, fills the socket buffers, and then gives up on a client that reads
            // nothing
            long end = System.nanoTime() + DEADLINE.toNanos();
            while (serve.connections() == 0) {
                assertThat(System.nanoTime()).as("the server takes the connection").isLessThan(end);
                Thread.onSpinWait();
            }
            while (serve.connections() > 0) {
                assertThat(System.nanoTime()).as("the server drops a client that stopped reading").isLessThan(end);
                Thread.onSpinWait();
            }
        }
        assertThat(get("/notes/public/").status()).isEqualTo(200);
    }

    /** Reads until the server closes the connection (read returns -1), failing after {@link #DEADLINE}. */
    private static String readToEnd(Socket socket) throws IOException {
        socket.setSoTimeout((int) DEADLINE.toMillis());
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        long end = System.nanoTime() + DEADLINE.toNanos();
        int n;
        try {
            while ((n = in.read(buffer)) >= 0) {
                all.write(buffer, 0, n);
                assertThat(System.nanoTime()).as("the server closes the connection in time").isLessThan(end);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open for " + DEADLINE, e);
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    @Test
    void moreConnectionsThanTheLimitWaitAndTheServerKeepsServing() throws Exception {
        int limit = 4;
        start(new ServerLimits(Duration.ofSeconds(30), limit, 16 * 1024));
        List<Socket> holders = new ArrayList<>();
        try {
            for (int i = 0; i < limit + 6; i++) {
                Socket s = new Socket("127.0.0.1", port());
                s.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
                holders.add(s);
            }
            long end = System.nanoTime() + DEADLINE.toNanos();
            while (serve.connections() < limit) {
                assertThat(System.nanoTime()).as("the server takes up to its limit").isLessThan(end);
                Thread.onSpinWait();
            }
            Socket extra = new Socket("127.0.0.1", port());
            extra.getOutputStream().write(("GET /notes/public/ HTTP/1.1\r\nHost: " + own()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            // the extra connection waits in the listen queue: no answer while the limit is taken
            extra.setSoTimeout(300);
            boolean answered;
            try {
                answered = extra.getInputStream().read() >= 0;
            } catch (SocketTimeoutException e) {
                answered = false;
            }
            assertThat(answered).isFalse();
            assertThat(serve.connections()).isEqualTo(limit);
            for (Socket s : holders) {
                s.close();
            }
            // once they are gone, the queued request is served, and the server still answers new ones
            assertThat(readToEnd(extra)).startsWith("HTTP/1.1 200").contains("공개 본문");
            extra.close();
            assertThat(get("/notes/public/").status()).isEqualTo(200);
        } finally {
            for (Socket s : holders) {
                s.close();
            }
        }
    }
}
