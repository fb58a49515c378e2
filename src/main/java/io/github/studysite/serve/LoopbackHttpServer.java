package io.github.studysite.serve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on the loopback interface, for the preview: GET and HEAD of whole files and one event
 * stream, so it reads no request bodies, speaks no HTTP/2 and needs no TLS. It is its own (and not the JDK's
 * {@code com.sun.net.httpserver}, whose limits are JVM-wide system properties and which resets a connection on an
 * oversized head; nor Jetty 12, whose packages clash with the Jetty 11 the HTML checker of the tests needs) because
 * each client is held to {@link ServerLimits}: a deadline for the whole request head, not only per read, so that a
 * client sending a byte every few seconds (slowloris) is cut off too; a connection count beyond which new
 * connections wait in the listen queue; 414 and 431 answers for oversized heads, written before a lingering close so
 * that the client reads them instead of a reset; and a client that stops reading a response (a page, or its event
 * stream) for as long is cut off too. Every response carries the {@code always} headers.
 */
final class LoopbackHttpServer implements AutoCloseable {

    /** Answers one request; a handler that does not respond gets a 500. */
    interface Handler {
        void handle(Exchange exchange) throws IOException;
    }

    /** How long a refused client's remaining bytes are read and dropped before the close (see {@link #linger}). */
    private static final int LINGER_MILLIS = 2000;
    private static final int LINGER_BYTES = 1 << 20;

    private final ServerSocket listener;
    private final ServerLimits limits;
    private final List<Map.Entry<String, String>> always;
    private final Handler handler;
    private final Semaphore permits;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads;
    private final ScheduledExecutorService watchdog;
    private final Thread acceptor;
    private volatile boolean closed;

    private LoopbackHttpServer(int port, ServerLimits limits, List<Map.Entry<String, String>> always, Handler handler)
            throws IOException {
        this.limits = limits;
        this.always = List.copyOf(always);
        this.handler = handler;
        this.permits = new Semaphore(limits.maxConnections());
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> daemon(r, "studysite-serve-" + n.incrementAndGet()));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "studysite-serve-watchdog"));
        this.acceptor = daemon(this::accept, "studysite-serve-accept");
        acceptor.start();
    }

    static LoopbackHttpServer start(int port, ServerLimits limits, List<Map.Entry<String, String>> always,
                                    Handler handler) throws IOException {
        return new LoopbackHttpServer(port, limits, always, handler);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Connections being served now (at most {@link ServerLimits#maxConnections}). */
    int connections() {
        return open.size();
    }

    /** Takes a connection only while fewer than the limit are open: the others wait in the kernel's listen queue. */
    private void accept() {
        while (!closed) {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                return;
            }
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                permits.release();
                if (closed) {
                    return;
                }
                continue;
            }
            open.add(socket);
            try {
                threads.execute(() -> serve(socket));
            } catch (RejectedExecutionException e) { // closing
                closeQuietly(socket);
                open.remove(socket);
                permits.release();
            }
        }
    }

    private void serve(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
            Deadline deadline = new Deadline(socket);
            InputStream in = new BufferedInputStream(deadline, 8192);
            OutputStream out = new BufferedOutputStream(new WriteDeadline(socket), 16384);
            while (!closed) {
                deadline.start(limits.readTimeout().toMillis());
                RequestHead head;
                try {
                    head = RequestHead.read(in, limits.maxHeadBytes());
                } catch (RequestHead.Refused e) {
                    Exchange refusal = new Exchange(null, out, false);
                    refusal.respond(e.status, "text/plain; charset=utf-8",
                            (e.status + " " + reason(e.status) + ": " + e.getMessage() + "\n")
                                    .getBytes(StandardCharsets.UTF_8), Map.of());
                    out.flush();
                    linger(socket, in);
                    return;
                }
                if (head == null) {
                    return;
                }
                boolean keepAlive = head.keepAlive() && !head.hasBody();
                Exchange exchange = new Exchange(head, out, keepAlive);
                try {
                    handler.handle(exchange);
                } catch (IOException | RuntimeException e) {
                    // a file that could not be read, or a bug; when the client is gone, the 500 fails too
                    if (exchange.responded) {
                        return;
                    }
                    exchange.keepAlive = false;
                }
                if (!exchange.responded) {
                    exchange.respond(500, "text/plain; charset=utf-8",
                            "500 Internal Server Error\n".getBytes(StandardCharsets.UTF_8), Map.of());
                }
                out.flush();
                if (!exchange.keepAlive) {
                    if (head.hasBody()) {
                        linger(socket, in);
                    }
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away, or stayed silent past its deadline
        } finally {
            closeQuietly(socket);
            open.remove(socket);
            permits.release();
        }
    }

    /**
     * Closes after the client has had its answer: output first, then whatever it still sends is read and dropped for
     * a moment. Closing a socket with unread input makes the kernel send a reset, which can destroy the 431 or 414
     * before the client reads it.
     */
    private static void linger(Socket socket, InputStream in) {
        try {
            socket.shutdownOutput();
            socket.setSoTimeout(LINGER_MILLIS);
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS);
            byte[] sink = new byte[8192];
            int total = 0;
            int n;
            while (total < LINGER_BYTES && System.nanoTime() < end && (n = in.read(sink)) >= 0) {
                total += n;
            }
        } catch (IOException e) {
            // closing anyway
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }

    /** The socket's input, every read bounded by one deadline for the whole request head. */
    private static final class Deadline extends InputStream {
        private final Socket socket;
        private final InputStream in;
        private long end;

        Deadline(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
        }

        void start(long millis) {
            end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        }

        private void arm() throws IOException {
            long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
            if (left <= 0) {
                throw new SocketTimeoutException("request head deadline passed");
            }
            socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
        }

        @Override
        public int read() throws IOException {
            arm();
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            arm();
            return in.read(b, off, len);
        }
    }

    /**
     * The socket's output in pieces, each of which the client must take within the read timeout; otherwise the
     * connection is closed, which ends the blocked write.
     */
    private final class WriteDeadline extends OutputStream {
        private static final int PIECE = 64 * 1024;
        private final Socket socket;
        private final OutputStream out;

        WriteDeadline(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int at = off; at < off + len; at += PIECE) {
                ScheduledFuture<?> alarm = watchdog.schedule(() -> closeQuietly(socket),
                        limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
                try {
                    out.write(b, at, Math.min(PIECE, off + len - at));
                } finally {
                    alarm.cancel(false);
                }
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }

    /** One request and its response. */
    final class Exchange {
        private final RequestHead head;
        private final OutputStream out;
        private boolean keepAlive;
        private boolean responded;

        private Exchange(RequestHead head, OutputStream out, boolean keepAlive) {
            this.head = head;
            this.out = out;
            this.keepAlive = keepAlive;
        }

        RequestHead request() {
            return head;
        }

        /** The whole response; HEAD gets the same headers without the body. */
        void respond(int status, String type, byte[] body, Map<String, String> headers) throws IOException {
            writeHead(status, type, headers, body.length);
            if (head == null || !"HEAD".equals(head.method())) {
                out.write(body);
            }
        }

        /**
         * Starts a response of unknown length (an event stream): the caller writes to the returned stream and closes
         * it; the connection ends with it.
         */
        OutputStream stream(int status, String type, Map<String, String> headers) throws IOException {
            keepAlive = false;
            writeHead(status, type, headers, -1);
            out.flush();
            return out;
        }

        private void writeHead(int status, String type, Map<String, String> headers, long length) throws IOException {
            if (responded) {
                throw new IllegalStateException("already responded");
            }
            responded = true;
            StringBuilder s = new StringBuilder(512);
            s.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
            s.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
                    .append("\r\n");
            s.append("Content-Type: ").append(type).append("\r\n");
            if (length >= 0) {
                s.append("Content-Length: ").append(length).append("\r\n");
            }
            for (Map.Entry<String, String> h : always) {
                s.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
            }
            headers.forEach((k, v) -> s.append(k).append(": ").append(v).append("\r\n"));
            if (!keepAlive) {
                s.append("Connection: close\r\n");
            }
            s.append("\r\n");
            out.write(s.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 414 -> "URI Too Long";
            case 421 -> "Misdirected Request";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status " + status;
        };
    }

    /** Stops accepting, ends every open connection and waits briefly for their threads. */
    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
        acceptor.interrupt();
        open.forEach(LoopbackHttpServer::closeQuietly);
        threads.shutdownNow();
        watchdog.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
