package io.github.studysite.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "java\tscript:x",
            "java\nscript:x", "\u0001javascript:x", "vbscript:msgbox", "livescript:x", "data:text/html,<script>",
            "DATA:text/html;base64,PHNjcmlwdD4="})
    void scriptAddressesAreRefusedForLinks(String url) {
        assertThat(UrlSafety.isSafe(url, false)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,<script>", "data:,x"})
    void scriptAddressesAreRefusedForImages(String url) {
        assertThat(UrlSafety.isSafe(url, true)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"data:image/png;base64,iVBORw0KGgo=", "data:image/svg+xml,<svg/>", "DATA:IMAGE/JPEG;base64,x"})
    void imageDataIsFineForImagesOnly(String url) {
        assertThat(UrlSafety.isSafe(url, true)).isTrue();
        assertThat(UrlSafety.isSafe(url, false)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://aws.amazon.com", "http://x", "mailto:me@example.com", "tel:+82-10-0000-0000",
            "#1-2분-내로-자기소개", "../images/a.png", "images/a:b.png", "/notes/x/", "?q=1", "zoommtg:join", ""})
    void everythingElseIsKept(String url) {
        assertThat(UrlSafety.isSafe(url, false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"images/javascript:x.png", "./javascript:x", "a/b:c"})
    void aColonAfterASlashIsAPathNotAScheme(String url) {
        assertThat(UrlSafety.scheme(url)).isEmpty();
    }
}
