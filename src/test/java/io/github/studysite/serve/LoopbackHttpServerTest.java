package io.github.studysite.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP/1.1 layer of the preview on its own: strict parsing, HEAD, keep-alive, requests with bodies. */
class LoopbackHttpServerTest {

    private LoopbackHttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackHttpServer.start(0, new ServerLimits(Duration.ofSeconds(5), 8, 4096),
                List.of(Map.entry("X-Always", "yes")), exchange -> exchange.respond(200, "text/plain; charset=utf-8",
                        ("you asked " + exchange.request().method() + " " + exchange.request().target())
                                .getBytes(StandardCharsets.UTF_8), Map.of()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Writes {@code bytes} as they are and reads until the server closes (the socket's timeout bounds it). */
    private String exchange(String bytes) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(bytes.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void answersPipelinedRequestsOnOneConnectionAndHeadWithoutABody() throws IOException {
        String answers = exchange("GET /a?q=1 HTTP/1.1\r\nHost: h\r\n\r\n"
                + "HEAD /b HTTP/1.1\r\nHost: h\r\n\r\n"
                + "GET /c HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
        assertThat(answers.split("HTTP/1.1 200 OK", -1)).hasSize(4);
        assertThat(answers).contains("you asked GET /a?q=1").doesNotContain("you asked HEAD")
                .contains("Content-Length: 17\r\n").contains("you asked GET /c").contains("X-Always: yes");
        assertThat(answers).endsWith("you asked GET /c");
    }

    @Test
    void refusesHeadsThatTwoReadersCouldReadDifferently() throws IOException {
        for (String head : List.of(
                "GET / HTTP/1.1\r\nHost : h\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n folded\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: h\rX-A: 1\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxy",
                "GET / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n",
                "GET / HTTP/1.1\r\n\r\n",
                "GET  / HTTP/1.1\r\nHost: h\r\n\r\n",
                "GET /\u00e9 HTTP/1.1\r\nHost: h\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: h\r\nX-A: a\u0000b\r\n\r\n",
                "GET / FTP/1.0\r\nHost: h\r\n\r\n")) {
            assertThat(exchange(head)).as(head).startsWith("HTTP/1.1 400 Bad Request").contains("X-Always: yes")
                    .contains("Connection: close");
        }
        assertThat(exchange("GET / HTTP/2.0\r\nHost: h\r\n\r\n")).startsWith("HTTP/1.1 505");
        assertThat(exchange("GET /" + "a".repeat(5000) + " HTTP/1.1\r\nHost: h\r\n\r\n")).startsWith("HTTP/1.1 414");
    }

    @Test
    void aRequestWithABodyIsAnsweredAndTheConnectionClosedUnread() throws IOException {
        String answer = exchange("POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
                + "GET /smuggled HTTP/1.1\r\nHost: h\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200").contains("Connection: close").doesNotContain("smuggled");
        assertThat(exchange("GET / HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.1 200").contains("Connection: close");
    }
}
