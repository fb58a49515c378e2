package io.github.studysite.markdown;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kramdown's {@code * TOC} + {@code {:toc}}: the list is replaced by the page's table of contents, a nested list of
 * links to every heading (those marked {@code no_toc} or {@code omit from toc} left out), with kramdown's ids
 * ({@code markdown-toc} on the list, {@code markdown-toc-<heading id>} on each link) so its CSS keeps working.
 */
final class KramdownToc {

    private KramdownToc() {
    }

    static void replace(Node list, List<TocEntry> toc, Parser parser, Map<Node, Map<String, String>> ials) {
        StringBuilder markdown = new StringBuilder();
        int base = toc.stream().filter(e -> !e.omitted()).mapToInt(TocEntry::level).min().orElse(1);
        int previous = base;
        for (TocEntry entry : toc) {
            if (entry.omitted() || entry.id() == null) {
                continue;
            }
            // a level may not jump more than one deeper than the one before, or the list would not nest
            int level = Math.min(entry.level(), previous + 1);
            previous = level;
            markdown.append("  ".repeat(Math.max(0, level - base))).append("- [")
                    .append(escape(entry.text())).append("](#").append(entry.id()).append(")\n");
        }
        if (markdown.isEmpty()) {
            list.unlink();
            return;
        }
        Node built = parser.parse(markdown.toString()).getFirstChild();
        if (!(built instanceof ListBlock)) {
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>(ials.getOrDefault(list, Map.of()));
        attributes.putIfAbsent("id", "markdown-toc");
        ials.put(built, attributes);
        for (Node link : built.getDescendants()) {
            if (link instanceof com.vladsch.flexmark.ast.Link l) {
                ials.put(l, Map.of("id", "markdown-toc-" + l.getUrl().toString().substring(1)));
            }
        }
        built.unlink();
        list.insertBefore(built);
        list.unlink();
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]()<>#!|~])", "\\\\$1");
    }
}
