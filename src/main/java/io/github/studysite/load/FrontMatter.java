package io.github.studysite.load;

import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note's Jekyll-style front matter: a YAML block between a first line {@code ---} and the next line {@code ---} (or
 * {@code ...}). The body keeps the file's line numbers: the front matter lines are replaced by empty lines, so every
 * later stage can report {@code path:line} without offset bookkeeping.
 *
 * @param data    the decoded YAML mapping (empty when there is no front matter)
 * @param present whether the file had a front matter block
 * @param body    the Markdown, with the front matter blanked out line for line
 */
public record FrontMatter(Map<String, Object> data, boolean present, String body) {

    private static final Pattern OPEN = Pattern.compile("\\A---[ \\t]*\\n");
    private static final Pattern CLOSE = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*$", Pattern.MULTILINE);

    public FrontMatter {
        data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
    }

    /**
     * Splits {@code text} (newlines already normalised) into front matter and body.
     *
     * @return empty when the front matter is broken; the problem has been reported
     */
    public static Optional<FrontMatter> split(String text, String path, Problems problems) {
        Matcher open = OPEN.matcher(text);
        if (!open.find()) {
            return Optional.of(new FrontMatter(Map.of(), false, text));
        }
        Matcher close = CLOSE.matcher(text);
        if (!close.find(open.end())) {
            problems.error(Stage.LOAD, path, 1, 1, "front matter is never closed: add a line with --- after the "
                    + "YAML block (or remove the first line if it is not front matter)");
            return Optional.empty();
        }
        String yaml = text.substring(open.end(), close.start());
        Optional<Map<String, Object>> data = SafeYaml.loadMap(yaml, path, 2, problems);
        if (data.isEmpty()) {
            return Optional.empty();
        }
        int bodyStart = close.end() < text.length() ? close.end() + 1 : text.length();
        String blanked = "\n".repeat(countNewlines(text, bodyStart)) + text.substring(bodyStart);
        return Optional.of(new FrontMatter(data.get(), true, blanked));
    }

    private static int countNewlines(String text, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
