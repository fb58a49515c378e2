package io.github.studysite.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.studysite.config.SettingsLoader;
import io.github.studysite.config.SiteSettings;
import io.github.studysite.problem.Problems;
import io.github.studysite.render.TemplateResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;

/**
 * The preview server: serves the site folder of a {@link LiveSite} on the loopback interface only (nothing on the
 * network can reach a preview of private notes), with the reload script injected into every HTML page, the build's
 * problems instead of the site while the last build failed, and {@code /_studysite/events} for live reload. Every
 * request reads the folder under the site's read lock, so it never sees a build half-way through its commit.
 */
final class SiteServer implements AutoCloseable {

    static final String INTERNAL = "/_studysite/";
    private static final int KEEP_ALIVE_SECONDS = 15;

    private final LiveSite site;
    private final LiveReload reload;
    private final HttpServer server;
    private final ExecutorService threads;
    private final SiteFiles files;
    private final String base;

    private SiteServer(LiveSite site, LiveReload reload, int port) throws IOException {
        this.site = site;
        this.reload = reload;
        SiteSettings settings = SettingsLoader.load(site.config(), new Problems());
        this.base = settings.baseUrl();
        this.files = new SiteFiles(site.config().outputDir(), base);
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "studysite-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts serving {@code site} on {@code 127.0.0.1:port} (0: any free port). */
    static SiteServer start(LiveSite site, LiveReload reload, int port) throws IOException {
        return new SiteServer(site, reload, port);
    }

    /** The address of the site's home page. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + base + "/");
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = "HEAD".equals(method);
            if (!head && !"GET".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", bytes("405 Method Not Allowed"), head);
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path != null && path.startsWith(INTERNAL)) {
                internal(exchange, path.substring(INTERNAL.length()), head);
                return;
            }
            serve(exchange, files.resolve(path), head);
        }
    }

    private void serve(HttpExchange exchange, SiteFiles.Resolution resolution, boolean head) throws IOException {
        if (resolution instanceof SiteFiles.Found found) {
            String type = ContentTypes.of(found.sitePath());
            LiveBuild build = site.last();
            if (type.equals(ContentTypes.HTML) && build != null && !build.result().success()) {
                send(exchange, 500, ContentTypes.HTML, errorPage(build), head);
                return;
            }
            byte[] body = read(found);
            if (body == null) {
                notFound(exchange, head);
                return;
            }
            send(exchange, 200, type, type.equals(ContentTypes.HTML) ? inject(body, build, false) : body, head);
        } else if (resolution instanceof SiteFiles.Redirect redirect) {
            exchange.getResponseHeaders().set("Location", redirect.location());
            send(exchange, 301, "text/plain; charset=utf-8", bytes("301 " + redirect.location()), head);
        } else if (resolution instanceof SiteFiles.Refused) {
            send(exchange, 403, "text/plain; charset=utf-8", bytes("403 Forbidden"), head);
        } else {
            notFound(exchange, head);
        }
    }

    private byte[] read(SiteFiles.Found found) throws IOException {
        Lock lock = site.lock().readLock();
        lock.lock();
        try {
            return Files.isRegularFile(found.file()) ? Files.readAllBytes(found.file()) : null;
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        } finally {
            lock.unlock();
        }
    }

    private void notFound(HttpExchange exchange, boolean head) throws IOException {
        SiteFiles.Resolution page = files.resolve(base + "/404.html");
        byte[] body = page instanceof SiteFiles.Found found ? read(found) : null;
        if (body == null) {
            send(exchange, 404, "text/plain; charset=utf-8", bytes("404 Not Found"), head);
        } else {
            send(exchange, 404, ContentTypes.HTML, inject(body, site.last(), false), head);
        }
    }

    private byte[] errorPage(LiveBuild build) {
        String lang;
        try {
            lang = SettingsLoader.load(site.config(), new Problems()).lang();
        } catch (RuntimeException e) {
            lang = "ko";
        }
        return inject(bytes(ErrorPage.render(build.result(), lang)), build, true);
    }

    /**
     * Adds the reload script before the last {@code </body>} (or at the end when there is none). Works on the bytes:
     * the tag is ASCII, and a page of a large site can be tens of megabytes.
     */
    private byte[] inject(byte[] html, LiveBuild build, boolean error) {
        byte[] tag = bytes("<script src=\"" + INTERNAL + "live.js\" data-build=\"" + (build == null ? 0 : build.number())
                + "\" data-base=\"" + base + "\"" + (error ? " data-error" : "") + "></script>\n");
        int at = lastIndexOfBodyEnd(html);
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + tag.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(html, at, out, at + tag.length, html.length - at);
        return out;
    }

    /** Where the last {@code </body>} (any case) starts, or -1. */
    static int lastIndexOfBodyEnd(byte[] html) {
        byte[] end = {'<', '/', 'b', 'o', 'd', 'y', '>'};
        outer:
        for (int i = html.length - end.length; i >= 0; i--) {
            for (int j = 0; j < end.length; j++) {
                int c = html[i + j];
                if (c >= 'A' && c <= 'Z') {
                    c += 32;
                }
                if (c != end[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void internal(HttpExchange exchange, String name, boolean head) throws IOException {
        switch (name) {
            case "live.js" -> {
                try (InputStream in = new TemplateResolver(null).open("serve/live.js").orElseThrow()) {
                    send(exchange, 200, "text/javascript; charset=utf-8", in.readAllBytes(), head);
                }
            }
            case "events" -> events(exchange);
            default -> send(exchange, 404, "text/plain; charset=utf-8", bytes("404 Not Found"), head);
        }
    }

    /** Holds the connection open and writes each build's event, with a keep-alive comment when idle. */
    private void events(HttpExchange exchange) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/event-stream; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> client = reload.connect();
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes("retry: 1000\n\n"));
            out.flush();
            String message;
            while ((message = LiveReload.next(client, KEEP_ALIVE_SECONDS)) != null) {
                out.write(bytes(message));
                out.flush();
            }
        } catch (IOException e) {
            // the page was closed or reloaded
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            reload.disconnect(client);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        if (head) {
            headers.set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        reload.close();
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
