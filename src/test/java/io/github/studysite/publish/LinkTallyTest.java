package io.github.studysite.publish;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinkTallyTest {

    private record Seen(long path, long fragment, int links, String page) {
    }

    private static List<Seen> seen(LinkTally tally) {
        List<Seen> seen = new ArrayList<>();
        tally.forEach((path, fragment, links, page) -> seen.add(new Seen(path, fragment, links, page)));
        return seen;
    }

    @Test
    void countsLinksPerTargetAndKeepsTheFirstPageInPathOrder() {
        LinkTally tally = new LinkTally();
        tally.page("stories/b/index.html");
        tally.add(new LinkTarget("index.html", ""));
        tally.add(new LinkTarget("notes/x/index.html", "part"));
        tally.page("stories/a/index.html");
        tally.add(new LinkTarget("index.html", ""));
        tally.page("en/stories/a/index.html");
        tally.add(new LinkTarget("index.html", ""));

        assertThat(seen(tally)).containsExactlyInAnyOrder(
                new Seen(IdSet.hash("index.html"), LinkTally.NO_FRAGMENT, 3, "stories/a/index.html"),
                new Seen(IdSet.hash("notes/x/index.html"), IdSet.hash("part"), 1, "stories/b/index.html"));
    }

    @Test
    void fragmentsAnyPageHasAreNotChecked() {
        assertThat(LinkTally.fragmentHash("")).isEqualTo(LinkTally.NO_FRAGMENT);
        assertThat(LinkTally.fragmentHash("top")).isEqualTo(LinkTally.NO_FRAGMENT);
        assertThat(LinkTally.fragmentHash(":~:text=x")).isEqualTo(LinkTally.NO_FRAGMENT);
        assertThat(LinkTally.fragmentHash("자기소개")).isEqualTo(IdSet.hash("자기소개"));
    }

    @Test
    void growsWithoutLosingATarget() {
        LinkTally tally = new LinkTally();
        tally.page("stories/index.html");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 10_000; i++) {
                tally.add(new LinkTarget("stories/s" + i + "/index.html", i % 3 == 0 ? "" : "p" + i));
            }
        }
        assertThat(tally.size()).isEqualTo(10_000);
        assertThat(seen(tally)).hasSize(10_000).allSatisfy(s -> assertThat(s.links()).isEqualTo(2));
    }
}
