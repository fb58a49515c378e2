package io.github.studysite;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Test helper: checks that every relative link and anchor in a built site resolves. */
public final class SiteCheck {

    private SiteCheck() {
    }

    /** Links that point to a missing file or a missing anchor, as {@code page -> href}. */
    public static List<String> brokenLinks(Path site) {
        Map<Path, Document> docs = new HashMap<>();
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") && !f.endsWith("404.html")).toList()) {
                Document doc = docs.computeIfAbsent(file, SiteCheck::parse);
                for (Element el : doc.select("a[href], link[href], img[src], script[src]")) {
                    String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                    if (url.isEmpty() || url.contains(":") || url.startsWith("//") || url.startsWith("../../../images")) {
                        continue;
                    }
                    int hash = url.indexOf('#');
                    String pathPart = hash < 0 ? url : url.substring(0, hash);
                    // a query (a list's filter, ?status=todo) is read by the page's script, not a file of its own
                    int query = pathPart.indexOf('?');
                    pathPart = query < 0 ? pathPart : pathPart.substring(0, query);
                    String anchor = hash < 0 ? "" : URLDecoder.decode(url.substring(hash + 1), StandardCharsets.UTF_8);
                    Path target = pathPart.isEmpty() ? file
                            : file.getParent().resolve(URLDecoder.decode(pathPart, StandardCharsets.UTF_8)).normalize();
                    if (Files.isDirectory(target)) {
                        target = target.resolve("index.html");
                    }
                    if (!target.startsWith(site) || !Files.exists(target)) {
                        broken.add(site.relativize(file) + " -> " + url);
                    } else if (!anchor.isEmpty() && target.toString().endsWith(".html")
                            && docs.computeIfAbsent(target, SiteCheck::parse).getElementById(anchor) == null) {
                        broken.add(site.relativize(file) + " -> " + url + " (no such anchor)");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return broken;
    }

    private static Document parse(Path file) {
        return Jsoup.parse(Fixtures.read(file));
    }
}
