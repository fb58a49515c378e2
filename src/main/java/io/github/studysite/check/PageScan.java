package io.github.studysite.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the link check needs from one generated page, read in a single pass over its jsoup tree: the ids it offers as
 * anchors and every URL it refers to (links, stylesheets, scripts, images), each with the note it was written in when
 * it sits inside a note's body (the element carrying {@value #SOURCE_ATTRIBUTE}). The page itself is not kept.
 *
 * @param ids   every {@code id}, and the {@code name} of {@code <a name>} (an older anchor form notes still use)
 * @param links every URL, in document order
 */
record PageScan(Set<String> ids, List<Found> links) {

    /** Marks the element holding a note's rendered body; its value is the note's source path. */
    static final String SOURCE_ATTRIBUTE = "data-source";

    /**
     * One URL on the page.
     *
     * @param url        the attribute's value as written
     * @param noteSource the source path of the note whose body it is in, or empty for links the theme generated
     */
    record Found(String url, String noteSource) {
    }

    static PageScan of(String html) {
        Document doc = Jsoup.parse(html);
        Set<String> ids = new HashSet<>();
        List<Found> links = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private Element noteBody;

            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return;
                }
                if (noteBody == null && el.hasAttr(SOURCE_ATTRIBUTE)) {
                    noteBody = el;
                }
                String id = el.id();
                if (!id.isEmpty()) {
                    ids.add(id);
                }
                String source = noteBody == null ? "" : noteBody.attr(SOURCE_ATTRIBUTE);
                switch (el.normalName()) {
                    case "a", "area" -> {
                        if (el.hasAttr("href")) {
                            links.add(new Found(el.attr("href"), source));
                        }
                        if (el.hasAttr("name") && !el.attr("name").isEmpty()) {
                            ids.add(el.attr("name"));
                        }
                    }
                    case "link" -> {
                        if (el.hasAttr("href") && !isHint(el.attr("rel"))) {
                            links.add(new Found(el.attr("href"), source));
                        }
                    }
                    case "img", "source", "script", "iframe", "audio", "video", "track", "embed" -> {
                        if (el.hasAttr("src")) {
                            links.add(new Found(el.attr("src"), source));
                        }
                        if (el.hasAttr("srcset")) {
                            for (String candidate : el.attr("srcset").split(",")) {
                                String url = candidate.strip().split("\\s+", 2)[0];
                                if (!url.isEmpty()) {
                                    links.add(new Found(url, source));
                                }
                            }
                        }
                    }
                    case "object" -> {
                        if (el.hasAttr("data")) {
                            links.add(new Found(el.attr("data"), source));
                        }
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == noteBody) {
                    noteBody = null;
                }
            }
        }, doc);
        return new PageScan(ids, links);
    }

    /** Resource hints name hosts, not files of the site. */
    private static boolean isHint(String rel) {
        return rel.contains("preconnect") || rel.contains("dns-prefetch");
    }
}
