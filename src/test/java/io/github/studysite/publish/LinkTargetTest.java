package io.github.studysite.publish;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LinkTargetTest {

    private static Optional<LinkTarget> resolve(String page, String href) {
        return LinkTarget.resolve(page, href, "/repo", "https://user.github.io/repo/");
    }

    @Test
    void relativeLinksResolveAgainstThePageFolder() {
        assertThat(resolve("en/stories/x/index.html", "../../notes/y/index.html#part"))
                .contains(new LinkTarget("en/notes/y/index.html", "part"));
        assertThat(resolve("notes/x/index.html", "../../assets/style.css"))
                .contains(new LinkTarget("assets/style.css", ""));
        assertThat(resolve("index.html", "./")).contains(new LinkTarget("index.html", ""));
    }

    @Test
    void prettyFolderLinksNameTheFolderPage() {
        assertThat(resolve("en/index.html", "stories/")).contains(new LinkTarget("en/stories/index.html", ""));
        assertThat(resolve("stories/x/index.html", "../../")).contains(new LinkTarget("index.html", ""));
    }

    @Test
    void fragmentsAloneStayOnThePageAndAreDecoded() {
        assertThat(resolve("notes/x/index.html", "#1-2%EB%B6%84-%EB%82%B4%EB%A1%9C"))
                .contains(new LinkTarget("notes/x/index.html", "1-2분-내로"));
        assertThat(resolve("notes/x/index.html", "#a+b")).contains(new LinkTarget("notes/x/index.html", "a+b"));
        assertThat(resolve("notes/x/index.html", "?q=1")).contains(new LinkTarget("notes/x/index.html", ""));
    }

    @Test
    void pathsFromTheBaseUrlAndAbsoluteSiteUrlsAreInside() {
        assertThat(resolve("404.html", "/repo/assets/style.css")).contains(new LinkTarget("assets/style.css", ""));
        assertThat(resolve("404.html", "/repo/")).contains(new LinkTarget("index.html", ""));
        assertThat(resolve("404.html", "/repo")).contains(new LinkTarget("index.html", ""));
        assertThat(resolve("x/index.html", "https://user.github.io/repo/en/notes/a/"))
                .contains(new LinkTarget("en/notes/a/index.html", ""));
        assertThat(LinkTarget.resolve("404.html", "/assets/a%20b.png", "", ""))
                .contains(new LinkTarget("assets/a b.png", ""));
    }

    @Test
    void otherHostsOtherPathsAndSchemesAreOutside() {
        assertThat(resolve("index.html", "https://example.com/")).isEmpty();
        assertThat(resolve("index.html", "//cdn.example.com/a.js")).isEmpty();
        assertThat(resolve("index.html", "/other-repo/")).isEmpty();
        assertThat(resolve("index.html", "mailto:me@example.com")).isEmpty();
        assertThat(resolve("index.html", "")).isEmpty();
    }

    @Test
    void climbingAboveTheRootKeepsTheClimbSoItNeverMatchesAFile() {
        assertThat(resolve("notes/x/index.html", "../../../images/a.png"))
                .contains(new LinkTarget("../images/a.png", ""));
    }

    @Test
    void normalisingInOnePassAgreesWithSplittingAndJoining() {
        String[] segments = {"a", "bc", "가나", ".", "..", "", "x.y", "..."};
        java.util.Random random = new java.util.Random(8);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder path = new StringBuilder();
            int length = random.nextInt(7);
            for (int j = 0; j < length; j++) {
                path.append(j == 0 ? "" : "/").append(segments[random.nextInt(segments.length)]);
            }
            assertThat(LinkTarget.normalise(path.toString())).as("%s", path).isEqualTo(splitAndJoin(path.toString()));
        }
    }

    @Test
    void schemesAreALetterThenLettersDigitsAndPlusDotMinus() {
        assertThat(LinkTarget.hasScheme("https://x")).isTrue();
        assertThat(LinkTarget.hasScheme("svn+ssh://x")).isTrue();
        assertThat(LinkTarget.hasScheme("mailto:me")).isTrue();
        assertThat(LinkTarget.hasScheme("1http://x")).isFalse();
        assertThat(LinkTarget.hasScheme("notes/a:b")).isFalse();
        assertThat(LinkTarget.hasScheme("a b:c")).isFalse();
        assertThat(LinkTarget.hasScheme("../x")).isFalse();
        assertThat(LinkTarget.hasScheme("")).isFalse();
    }

    /** The straightforward normalisation the one-pass one replaced, as the reference. */
    private static String splitAndJoin(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        int above = 0;
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || (segment.isEmpty() && !last)) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    above++;
                } else {
                    parts.removeLast();
                }
                if (last) {
                    parts.addLast("");
                }
                continue;
            }
            parts.addLast(segment);
        }
        return "../".repeat(above) + String.join("/", parts);
    }
}
