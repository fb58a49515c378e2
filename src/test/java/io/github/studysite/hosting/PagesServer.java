package io.github.studysite.hosting;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A static file server on loopback that behaves like GitHub Pages for a project site: the site is served under
 * {@code /<repo>/}, a folder's address serves its {@code index.html}, a folder named without its trailing slash is
 * redirected to it, and any missing address gets the site's {@code 404.html} with status 404.
 */
public final class PagesServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "xml", "application/xml", "txt", "text/plain; charset=utf-8", "png", "image/png");

    private final HttpServer server;
    private final Path site;
    private final String base;

    /**
     * @param site the folder to serve
     * @param base the path it is served under: {@code /repo}, or empty for a domain root
     */
    public PagesServer(Path site, String base) {
        this.site = site.toAbsolutePath().normalize();
        this.base = base;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>}, no trailing slash. */
    public String origin() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** The site's root address, {@code http://127.0.0.1:<port>/repo/}. */
    public String root() {
        return origin() + base + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!path.startsWith(base + "/")) {
                if (path.equals(base)) {
                    redirect(exchange, base + "/");
                } else {
                    notFound(exchange);
                }
                return;
            }
            Path file = site.resolve(path.substring(base.length() + 1)).normalize();
            if (!file.startsWith(site)) {
                notFound(exchange);
            } else if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    redirect(exchange, path + "/");
                } else if (Files.isRegularFile(file.resolve("index.html"))) {
                    send(exchange, 200, file.resolve("index.html"));
                } else {
                    notFound(exchange);
                }
            } else if (Files.isRegularFile(file)) {
                send(exchange, 200, file);
            } else {
                notFound(exchange);
            }
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        send(exchange, 404, site.resolve("404.html"));
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(301, -1);
    }

    private static void send(HttpExchange exchange, int status, Path file) throws IOException {
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
