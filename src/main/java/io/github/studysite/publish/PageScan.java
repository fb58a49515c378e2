package io.github.studysite.publish;

import io.github.studysite.safety.TagScanner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the link check needs from one generated page, read in a single pass over its tags ({@link TagScanner}): the
 * ids it offers as anchors and every URL it refers to (links, stylesheets, scripts, images), each with the note it was
 * written in when it sits inside a note's body (the element carrying {@value #SOURCE_ATTRIBUTE}). The page itself is
 * not kept.
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
        Set<String> ids = new HashSet<>();
        List<Found> links = new ArrayList<>();
        TagScanner.scan(html, new TagScanner.Visitor() {
            /** The note body's element name and how many elements of that name are open inside it, itself included. */
            private String bodyTag;
            private int bodyDepth;
            private String source = "";

            @Override
            public void start(String name, TagScanner.Attributes el) {
                if (bodyTag == null && el.get(SOURCE_ATTRIBUTE) != null && !isVoid(name, el)) {
                    bodyTag = name;
                    source = el.get(SOURCE_ATTRIBUTE);
                } else if (name.equals(bodyTag) && !isVoid(name, el)) {
                    bodyDepth++;
                }
                String id = el.get("id");
                if (id != null && !id.isEmpty()) {
                    ids.add(id);
                }
                switch (name) {
                    case "a", "area" -> {
                        add(el.get("href"));
                        String anchor = el.get("name");
                        if (anchor != null && !anchor.isEmpty()) {
                            ids.add(anchor);
                        }
                    }
                    case "link" -> {
                        String rel = el.get("rel");
                        if (rel == null || !isHint(rel)) {
                            add(el.get("href"));
                        }
                    }
                    case "img", "source", "script", "iframe", "audio", "video", "track", "embed" -> {
                        add(el.get("src"));
                        String srcset = el.get("srcset");
                        if (srcset != null) {
                            for (String candidate : srcset.split(",")) {
                                String url = candidate.strip().split("\\s+", 2)[0];
                                if (!url.isEmpty()) {
                                    add(url);
                                }
                            }
                        }
                    }
                    case "object" -> add(el.get("data"));
                    default -> {
                    }
                }
            }

            @Override
            public void end(String name) {
                if (name.equals(bodyTag) && bodyDepth-- == 0) {
                    bodyTag = null;
                    bodyDepth = 0;
                    source = "";
                }
            }

            private void add(String url) {
                if (url != null) {
                    links.add(new Found(url, source));
                }
            }
        });
        return new PageScan(ids, links);
    }

    /** Elements that have no end tag: they cannot hold a note's body. */
    private static boolean isVoid(String name, TagScanner.Attributes el) {
        return el.selfClosing() || VOID.contains(name);
    }

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");

    /** Resource hints name hosts, not files of the site. */
    private static boolean isHint(String rel) {
        return rel.contains("preconnect") || rel.contains("dns-prefetch");
    }
}
