package io.github.studysite.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a note's first heading without parsing the whole note (titles are needed before parsing, to give every note
 * its slug and to group revisions). Understands ATX ({@code # Title}) and setext ({@code Title} over {@code ===})
 * headings and skips fenced code.
 */
final class TitleScanner {

    private static final Pattern ATX = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->");

    private TitleScanner() {
    }

    static Optional<String> firstHeading(String markdown) {
        String[] lines = markdown.split("\n", -1);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (f.find()) {
                String marker = f.group(1);
                if (fence == null) {
                    fence = marker.substring(0, 1).repeat(3);
                    continue;
                } else if (marker.startsWith(fence)) {
                    fence = null;
                    continue;
                }
            }
            if (fence != null) {
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                String text = plain(atx.group(1));
                if (!text.isEmpty()) {
                    return Optional.of(text);
                }
            }
            if (i + 1 < lines.length && !line.isBlank() && !line.startsWith("    ") && !line.startsWith("\t")
                    && (i == 0 || lines[i - 1].isBlank()) && SETEXT.matcher(lines[i + 1]).matches()
                    && lines[i + 1].trim().startsWith("=")) {
                String text = plain(line);
                if (!text.isEmpty()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    /** Drops the inline Markdown people put in headings: comments, emphasis, code ticks, link syntax. */
    static String plain(String inline) {
        String s = HTML_COMMENT.matcher(inline).replaceAll("");
        s = s.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1");
        s = s.replaceAll("(\\*\\*|__|\\*|~~|`)", "");
        return s.strip();
    }
}
