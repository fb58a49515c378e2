package io.github.studysite.hosting;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows every link, stylesheet, script and image of a served site from its root, the way a browser and a link
 * checker would: over HTTP, following redirects, resolving each URL against the page it is on. Stays on the site's
 * host; fetches each address once; checks fragments against the ids of the page they point to and {@code url(…)}
 * references in stylesheets. Bounded: it stops after {@link #MAX_FETCHES} fetches.
 */
final class Crawler {

    static final int MAX_FETCHES = 5_000;
    /** A CSS {@code url(…)}, quoted or not: a quoted one is read whole, so a data URL's own {@code url()} stays in it. */
    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^'\")\\s]+))\\s*\\)");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String origin;
    /** Fetched address (no fragment) → its status and, for pages, its ids. */
    private final Map<String, Fetched> fetched = new HashMap<>();
    private final List<String> broken = new ArrayList<>();
    private final Set<String> pages = new LinkedHashSet<>();

    record Fetched(int status, String type, Set<String> ids, URI finalUri) {
    }

    Crawler(String origin) {
        this.origin = origin;
    }

    /** Crawls from {@code start}; returns the broken references, as {@code page → url (why)}. */
    List<String> crawl(String... starts) {
        Deque<String[]> queue = new ArrayDeque<>();
        for (String start : starts) {
            queue.add(new String[] {"(start)", start});
        }
        List<String[]> fragments = new ArrayList<>();
        while (!queue.isEmpty()) {
            String[] next = queue.poll();
            String from = next[0];
            URI uri = URI.create(next[1]);
            String address = withoutFragment(uri);
            if (uri.getRawFragment() != null && !uri.getRawFragment().isEmpty()) {
                fragments.add(new String[] {from, next[1]});
            }
            if (fetched.containsKey(address)) {
                continue;
            }
            if (fetched.size() >= MAX_FETCHES) {
                throw new IllegalStateException("more than " + MAX_FETCHES + " addresses: a link loop?");
            }
            HttpResponse<String> response = get(address);
            String type = response.headers().firstValue("Content-Type").orElse("");
            Set<String> ids = Set.of();
            boolean expected404 = from.equals("(start)") && response.statusCode() == 404;
            if (response.statusCode() != 200 && !expected404) {
                broken.add(from + " → " + next[1] + " (HTTP " + response.statusCode() + ")");
            }
            if (type.startsWith("text/html")) {
                pages.add(response.uri().getPath());
                Document doc = Jsoup.parse(response.body(), response.uri().toString());
                ids = new java.util.HashSet<>(doc.select("[id]").eachAttr("id"));
                ids.addAll(doc.select("a[name]").eachAttr("name"));
                for (Element el : doc.select("a[href], link[href], script[src], img[src], source[src], img[srcset], form[action]")) {
                    for (String url : urls(el)) {
                        String absolute = resolve(response.uri(), url);
                        if (absolute != null && absolute.startsWith(origin + "/")) {
                            queue.add(new String[] {response.uri().getPath(), absolute});
                        }
                    }
                }
            } else if (type.startsWith("text/css")) {
                Matcher m = CSS_URL.matcher(response.body());
                while (m.find()) {
                    String url = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    String absolute = url.startsWith("data:") ? null : resolve(response.uri(), url);
                    if (absolute != null && absolute.startsWith(origin + "/")) {
                        queue.add(new String[] {response.uri().getPath(), absolute});
                    }
                }
            }
            fetched.put(address, new Fetched(response.statusCode(), type, ids, response.uri()));
        }
        for (String[] link : fragments) {
            URI uri = URI.create(link[1]);
            Fetched target = fetched.get(withoutFragment(uri));
            String id = URLDecoder.decode(uri.getRawFragment().replace("+", "%2B"), StandardCharsets.UTF_8);
            if (target != null && target.type().startsWith("text/html") && !target.ids().contains(id)
                    && !id.equalsIgnoreCase("top")) {
                broken.add(link[0] + " → " + link[1] + " (no element with id \"" + id + "\")");
            }
        }
        return broken;
    }

    /** The paths of the HTML pages reached. */
    Set<String> pages() {
        return pages;
    }

    Map<String, Fetched> fetched() {
        return fetched;
    }

    private static List<String> urls(Element el) {
        List<String> urls = new ArrayList<>();
        if (el.hasAttr("href")) {
            urls.add(el.attr("href"));
        }
        if (el.hasAttr("src")) {
            urls.add(el.attr("src"));
        }
        // a GET form (the header's search box) leads to its action as a link does
        if (el.hasAttr("action")) {
            urls.add(el.attr("action"));
        }
        if (el.hasAttr("srcset")) {
            for (String candidate : el.attr("srcset").split(",")) {
                urls.add(candidate.strip().split("\\s+")[0]);
            }
        }
        return urls;
    }

    /** Resolves like a browser: relative to the page's final address; percent-encodes what raw URLs carry (한글). */
    private static String resolve(URI page, String url) {
        if (url.isBlank() || url.startsWith("mailto:") || url.startsWith("javascript:")) {
            return null;
        }
        try {
            URI base = page;
            URI target = base.resolve(new URI(null, null, null, -1, null, null, null).resolve(encode(url.strip())));
            return target.toString();
        } catch (Exception e) {
            return page + "#unresolvable:" + url;
        }
    }

    /** Percent-encodes non-ASCII characters and spaces; leaves existing escapes and URL syntax alone. */
    private static String encode(String url) {
        StringBuilder sb = new StringBuilder();
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x7e || c == ' ') {
                sb.append('%').append(String.format("%02X", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    private static String withoutFragment(URI uri) {
        String s = uri.toString();
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }

    private HttpResponse<String> get(String address) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch " + address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
