package io.github.studysite.serve;

import io.github.studysite.config.SettingsLoader;
import io.github.studysite.config.SiteSettings;
import io.github.studysite.problem.Problems;
import io.github.studysite.render.TemplateResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.Lock;

/**
 * The preview server: serves the site folder of a {@link LiveSite} on the loopback interface only (nothing on the
 * network can reach a preview of private notes), to the preview's own pages only ({@link RequestPolicy}: no other
 * host name, no other site's page), with the reload script injected into every HTML page, the build's problems
 * instead of the site while the last build failed, and {@code /_studysite/events} for live reload. Every request
 * reads the folder under the site's read lock, so it never sees a build half-way through its commit.
 */
final class SiteServer implements AutoCloseable {

    static final String INTERNAL = "/_studysite/";
    private static final String TEXT = "text/plain; charset=utf-8";

    private final LiveSite site;
    private final LiveReload reload;
    private final LoopbackHttpServer server;
    private final RequestPolicy policy;
    private final SiteFiles files;
    private final String base;
    private final int keepAliveSeconds;

    private SiteServer(LiveSite site, LiveReload reload, int port, ServerLimits limits) throws IOException {
        this.site = site;
        this.reload = reload;
        SiteSettings settings = SettingsLoader.load(site.config(), new Problems());
        this.base = settings.baseUrl();
        this.files = new SiteFiles(site.config().outputDir(), base);
        // an idle event stream sends a comment well within the read timeout, which a browser's proxy may also apply
        this.keepAliveSeconds = (int) Math.max(1, Math.min(15, limits.readTimeout().toSeconds() / 2));
        this.server = LoopbackHttpServer.start(port, limits, PreviewHeaders.ALL, this::handle);
        this.policy = new RequestPolicy(server.port());
    }

    /** Starts serving {@code site} on {@code 127.0.0.1:port} (0: any free port). */
    static SiteServer start(LiveSite site, LiveReload reload, int port, ServerLimits limits) throws IOException {
        return new SiteServer(site, reload, port, limits);
    }

    /** The address of the site's home page. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.port() + base + "/");
    }

    int port() {
        return server.port();
    }

    /** Connections open now, for tests of the limit. */
    int connections() {
        return server.connections();
    }

    private void handle(LoopbackHttpServer.Exchange exchange) throws IOException {
        RequestHead request = exchange.request();
        switch (policy.check(request)) {
            case WRONG_HOST -> {
                exchange.respond(421, TEXT, bytes("421 Misdirected Request: this preview answers only at "
                        + policy.names() + "\n"), Map.of());
                return;
            }
            case CROSS_SITE -> {
                exchange.respond(403, TEXT, bytes("403 Forbidden: the preview shows private notes and answers only"
                        + " its own pages, not a request from another site\n"), Map.of());
                return;
            }
            case ANSWER -> {
            }
        }
        String method = request.method();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            exchange.respond(405, TEXT, bytes("405 Method Not Allowed"), Map.of("Allow", "GET, HEAD"));
            return;
        }
        String path = pathOf(request.target());
        if (path != null && path.startsWith(INTERNAL)) {
            internal(exchange, path.substring(INTERNAL.length()));
            return;
        }
        serve(exchange, files.resolve(path));
    }

    /** The raw path of an origin-form or absolute-form target, without its query; null when there is none. */
    static String pathOf(String target) {
        String path = target;
        if (!path.startsWith("/")) {
            int scheme = path.indexOf("://");
            int slash = scheme < 0 ? -1 : path.indexOf('/', scheme + 3);
            if (scheme < 0) {
                return null;
            }
            path = slash < 0 ? "/" : path.substring(slash);
        }
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '?' || path.charAt(i) == '#') {
                end = i;
                break;
            }
        }
        return path.substring(0, end);
    }

    private void serve(LoopbackHttpServer.Exchange exchange, SiteFiles.Resolution resolution) throws IOException {
        if (resolution instanceof SiteFiles.Found found) {
            String type = ContentTypes.of(found.sitePath());
            LiveBuild build = site.last();
            if (type.equals(ContentTypes.HTML) && build != null && !build.result().success()) {
                exchange.respond(500, ContentTypes.HTML, errorPage(build), Map.of());
                return;
            }
            byte[] body = read(found);
            if (body == null) {
                notFound(exchange);
                return;
            }
            exchange.respond(200, type, type.equals(ContentTypes.HTML) ? inject(body, build, false) : body, Map.of());
        } else if (resolution instanceof SiteFiles.Redirect redirect) {
            exchange.respond(301, TEXT, bytes("301 " + redirect.location()), Map.of("Location", redirect.location()));
        } else if (resolution instanceof SiteFiles.Refused) {
            exchange.respond(403, TEXT, bytes("403 Forbidden"), Map.of());
        } else {
            notFound(exchange);
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

    private void notFound(LoopbackHttpServer.Exchange exchange) throws IOException {
        SiteFiles.Resolution page = files.resolve(base + "/404.html");
        byte[] body = page instanceof SiteFiles.Found found ? read(found) : null;
        if (body == null) {
            exchange.respond(404, TEXT, bytes("404 Not Found"), Map.of());
        } else {
            exchange.respond(404, ContentTypes.HTML, inject(body, site.last(), false), Map.of());
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

    private void internal(LoopbackHttpServer.Exchange exchange, String name) throws IOException {
        switch (name) {
            case "live.js" -> resource(exchange, "serve/live.js", "text/javascript; charset=utf-8");
            case "error.css" -> resource(exchange, "serve/error.css", "text/css; charset=utf-8");
            case "events" -> events(exchange);
            default -> exchange.respond(404, TEXT, bytes("404 Not Found"), Map.of());
        }
    }

    private static void resource(LoopbackHttpServer.Exchange exchange, String name, String type) throws IOException {
        try (InputStream in = new TemplateResolver(null).open(name).orElseThrow()) {
            exchange.respond(200, type, in.readAllBytes(), Map.of());
        }
    }

    /** Holds the connection open and writes each build's event, with a keep-alive comment when idle. */
    private void events(LoopbackHttpServer.Exchange exchange) throws IOException {
        if ("HEAD".equals(exchange.request().method())) {
            exchange.respond(200, "text/event-stream; charset=utf-8", new byte[0], Map.of());
            return;
        }
        BlockingQueue<String> client = reload.connect();
        try (OutputStream out = exchange.stream(200, "text/event-stream; charset=utf-8", Map.of())) {
            out.write(bytes("retry: 1000\n\n"));
            out.flush();
            String message;
            while ((message = LiveReload.next(client, keepAliveSeconds)) != null) {
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

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        reload.close();
        server.close();
    }
}
