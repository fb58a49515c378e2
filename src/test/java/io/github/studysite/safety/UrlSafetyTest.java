package io.github.studysite.safety;

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

    /** Addresses as flexmark hands them over (one decoding done) and as raw HTML carries them: the browser decodes. */
    @ParameterizedTest
    @ValueSource(strings = {"javascript&colon;alert(1)", "javascript&#58;alert(1)", "javascript&#x3a;alert(1)",
            "javascript&#X3A;alert(1)", "javascript&#0058;alert(1)", "java&#x09;script:alert(1)",
            "java&NewLine;script:alert(1)", "java&Tab;script:alert(1)", "&#1;javascript:alert(1)",
            "&#x20;&#x0;javascript:x", "JaVaScRiPt&colon;x", "javascript&amp;colon;alert(1)",
            "javascript&amp;amp;#58;x", "vbscript&colon;x", "data&colon;text/html,x", "j&#97;vascript:x"})
    void characterReferencesAreDecodedAsTheBrowserWill(String url) {
        assertThat(UrlSafety.isSafe(url, false)).as(url).isFalse();
        assertThat(UrlSafety.isSafe(url, true)).as(url).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://x.org/?a=1&amp;b=2", "notes/a&amp;b.md", "&lt;javascript:x", "javascript&colonx",
            "#javascript&colon;x", "?q=javascript&colon;x", "a&Tab;b"})
    void referencesElsewhereInTheAddressChangeNothing(String url) {
        assertThat(UrlSafety.isSafe(url, false)).as(url).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"data&colon;image/png;base64,iVBORw0KGgo=", "DATA&#58;IMAGE/JPEG;base64,x"})
    void imageDataSpeltWithReferencesIsStillAPicture(String url) {
        assertThat(UrlSafety.isSafe(url, true)).isTrue();
        assertThat(UrlSafety.isSafe(url, false)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"java&Tab;script&colon;x", "&#1;JAVASCRIPT:x"})
    void theSchemeReportedIsTheOneTheBrowserSees(String url) {
        assertThat(UrlSafety.scheme(url)).isEqualTo("javascript");
    }

    @org.junit.jupiter.api.Test
    void aLongChainOfEscapesIsDecodedToTheEnd() {
        String url = "javascript:x";
        for (int i = 0; i < 30; i++) {
            url = url.replace("&", "&amp;").replace(":", "&colon;");
        }
        assertThat(UrlSafety.isSafe(url, false)).isFalse();
        assertThat(UrlSafety.isSafe("https://x.org/" + "&amp;".repeat(200_000), false)).isTrue();
    }
}
