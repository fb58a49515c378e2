package io.github.studysite.serve;

import io.github.studysite.util.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Tells the open pages about each build, as server-sent events ({@code /_studysite/events}): the build's number,
 * whether it succeeded, and which site files it changed, so that {@code serve/live.js} reloads a page only when
 * something it shows changed (and every page when a build fails, to show its problems). No WebSocket, no external
 * service: {@code EventSource} reconnects by itself when the server restarts.
 */
final class LiveReload {

    /** More changed files than this are sent as "everything changed". */
    static final int MAX_LISTED = 500;
    private static final String STOP = "\u0000stop";

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile String latest;

    /** The event for {@code build}: {@code {"build":3,"ok":true,"pages":["notes/a/index.html"]}} or {@code "*"}. */
    static String event(LiveBuild build) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("build", build.number());
        data.put("ok", build.result().success());
        Set<String> changed = build.changed();
        data.put("pages", changed == null || changed.size() > MAX_LISTED ? "*" : List.copyOf(new TreeSet<>(changed)));
        return "event: build\ndata: " + Json.of(data) + "\n\n";
    }

    /** Sends {@code build} to every open page, and to pages that connect later as their first event. */
    void publish(LiveBuild build) {
        latest = event(build);
        clients.forEach(c -> c.offer(latest));
    }

    /** A new page: it first gets the latest build, so it can tell whether it missed one while connecting. */
    BlockingQueue<String> connect() {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        if (latest != null) {
            queue.offer(latest);
        }
        clients.add(queue);
        return queue;
    }

    void disconnect(BlockingQueue<String> client) {
        clients.remove(client);
    }

    /**
     * The next message for a client: an event, a comment line to keep the connection alive after {@code seconds}
     * of silence, or null when the server stops.
     */
    static String next(BlockingQueue<String> client, int seconds) throws InterruptedException {
        String message = client.poll(seconds, TimeUnit.SECONDS);
        if (message == null) {
            return ": keep-alive\n\n";
        }
        return STOP.equals(message) ? null : message;
    }

    /** Ends every connection. */
    void close() {
        clients.forEach(c -> c.offer(STOP));
    }
}
