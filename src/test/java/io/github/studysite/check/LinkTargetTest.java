package io.github.studysite.check;

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
}
