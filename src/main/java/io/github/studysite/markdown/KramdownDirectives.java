package io.github.studysite.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's directives that are not content — {@code {::options … /}} and {@code {::comment}…{:/comment}} (also
 * {@code {::comment /}}) — blanked out before parsing, outside fenced code, keeping every line where it was.
 */
final class KramdownDirectives {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "\\{::options\\b[^}]*/}|\\{::comment\\s*/}|\\{::comment}.*?\\{:/(?:comment)?}|\\{::comment}.*\\z",
            Pattern.DOTALL);
    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(`{3,}|~{3,})");

    private KramdownDirectives() {
    }

    static String blank(String body) {
        if (!body.contains("{::")) {
            return body;
        }
        StringBuilder out = new StringBuilder(body);
        Matcher m = DIRECTIVE.matcher(body);
        while (m.find()) {
            if (!insideFence(body, m.start())) {
                for (int i = m.start(); i < m.end(); i++) {
                    if (out.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether {@code offset} is inside a fenced code block (an odd number of fences opens before it). */
    private static boolean insideFence(String body, int offset) {
        Matcher fence = FENCE.matcher(body).region(0, offset);
        String open = null;
        while (fence.find()) {
            String marker = fence.group(1);
            if (open == null) {
                open = marker;
            } else if (marker.charAt(0) == open.charAt(0) && marker.length() >= open.length()) {
                open = null;
            }
        }
        return open != null;
    }
}
