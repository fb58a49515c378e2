package io.github.studysite.serve;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SiteServerTest {

    private static int at(String html) {
        return SiteServer.lastIndexOfBodyEnd(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsTheLastBodyEndInAnyCaseAfterKoreanText() {
        assertThat(at("<p>서울</p></body></html>")).isEqualTo("<p>서울</p>".getBytes(StandardCharsets.UTF_8).length);
        assertThat(at("<code>&lt;/body></code></BODY>")).isEqualTo("<code>&lt;/body></code>".length());
        assertThat(at("<p>no end</p>")).isEqualTo(-1);
        assertThat(at("")).isEqualTo(-1);
    }
}
