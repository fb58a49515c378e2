package io.github.studysite.serve;

import java.time.Duration;

/**
 * What one client may hold of the preview server: how long it may take to send a request's head (and how long an
 * idle kept-alive connection stays open), how many connections are served at once (more wait in the listen queue),
 * and how large a request's head may be. The defaults are those of Node's HTTP server, which Vite runs on: a 16 KiB
 * head, a header read timeout well under a minute.
 *
 * @param readTimeout    the time a client has to send a whole request head; also the idle time of a kept-alive
 *                       connection
 * @param maxConnections connections served at once; each live-reload page holds one
 * @param maxHeadBytes   the request line and headers together; a longer request line is answered 414, longer headers
 *                       431
 */
record ServerLimits(Duration readTimeout, int maxConnections, int maxHeadBytes) {

    static final ServerLimits DEFAULT = new ServerLimits(Duration.ofSeconds(20), 64, 16 * 1024);

    /** At most this many header fields, as Node and Jetty limit them. */
    static final int MAX_HEADER_FIELDS = 100;

    ServerLimits {
        if (readTimeout.isNegative() || readTimeout.isZero() || maxConnections < 1 || maxHeadBytes < 256) {
            throw new IllegalArgumentException("unusable server limits: " + readTimeout + ", " + maxConnections
                    + ", " + maxHeadBytes);
        }
    }
}
