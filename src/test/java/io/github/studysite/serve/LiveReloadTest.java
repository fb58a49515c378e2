package io.github.studysite.serve;

import io.github.studysite.BuildResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LiveReloadTest {

    private static LiveBuild build(int number, boolean ok, Set<String> changed) {
        return new LiveBuild(number, new BuildResult(ok, List.of(), Path.of("site-output"), 1, 1, Duration.ZERO, 0, 0),
                changed);
    }

    @Test
    void eventsListTheChangedFilesOrSayEverything() {
        assertThat(LiveReload.event(build(2, true, Set.of("notes/b/index.html", "notes/a/index.html"))))
                .isEqualTo("event: build\ndata: {\"build\":2,\"ok\":true,\"pages\":[\"notes/a/index.html\","
                        + "\"notes/b/index.html\"]}\n\n");
        assertThat(LiveReload.event(build(1, true, null))).contains("\"pages\":\"*\"");
        Set<String> many = IntStream.range(0, LiveReload.MAX_LISTED + 1).mapToObj(i -> "p" + i + ".html")
                .collect(Collectors.toSet());
        assertThat(LiveReload.event(build(3, true, many))).contains("\"pages\":\"*\"");
        assertThat(LiveReload.event(build(4, false, Set.of()))).contains("\"ok\":false");
    }

    @Test
    void aPageThatConnectsGetsTheLatestBuildFirstAndStopsWithTheServer() throws InterruptedException {
        LiveReload reload = new LiveReload();
        reload.publish(build(1, true, null));
        BlockingQueue<String> client = reload.connect();
        assertThat(LiveReload.next(client, 1)).contains("\"build\":1");
        reload.publish(build(2, true, Set.of("index.html")));
        assertThat(LiveReload.next(client, 1)).contains("\"build\":2");
        assertThat(LiveReload.next(client, 1)).isEqualTo(": keep-alive\n\n");
        reload.close();
        assertThat(LiveReload.next(client, 1)).isNull();
        reload.disconnect(client);
        reload.publish(build(3, true, Set.of("index.html"))); // a page that left hears of no later build
        assertThat(LiveReload.next(client, 1)).isEqualTo(": keep-alive\n\n");
    }
}
