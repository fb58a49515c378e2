package io.github.studysite.source;

import io.github.studysite.util.DataMap;
import io.github.studysite.util.Position;
import io.github.studysite.util.SafeYaml;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A note's front matter, in the three forms notes are written with: Jekyll's YAML between {@code ---} lines, Hugo's
 * TOML between {@code +++} lines, and Hugo's JSON object ({@code { … }}) at the top. The body keeps the file's line
 * numbers: the front matter lines are replaced by empty lines, so every later stage can report {@code path:line}
 * without offset bookkeeping.
 *
 * <p>It fails closed: front matter is what says a note is private, so a block that opens after blank lines or an
 * invisible character, or whose {@code ---} carries other spaces, is still read as front matter (with a warning that
 * Jekyll would publish it as text) when its first line reads like a key; it is never quietly published as text.
 *
 * @param data      the decoded mapping (empty when there is no front matter)
 * @param positions where each top-level key is written in the file
 * @param present   whether the file had a front matter block
 * @param body      the Markdown, with the front matter blanked out line for line
 */
public record FrontMatter(Map<String, Object> data, Map<String, Position> positions, boolean present, String body) {

    private static final Pattern YAML_KEY = Pattern.compile("\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s#:\\-\\[{][^:]*?)\\s*:"
            + "(?:\\s.*)?");
    private static final Pattern TOML_KEY = Pattern.compile("\\s*(?:\\[.*]|[\\w.\"' -]+=.*)");

    /** The three forms, by their opening line. */
    private enum Kind {
        YAML("---", "--- after the YAML block"), TOML("+++", "+++ after the TOML block"), JSON("{", "");

        final String marker;
        final String closeHint;

        Kind(String marker, String closeHint) {
            this.marker = marker;
            this.closeHint = closeHint;
        }
    }

    public FrontMatter {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        positions = Map.copyOf(positions);
    }

    /** Where {@code key} is written; line 1 when it is not known. */
    public Position at(String key) {
        return positions.getOrDefault(key, new Position(1, 0));
    }

    /**
     * Splits {@code text} (newlines already normalised) into front matter and body.
     *
     * @return empty when the front matter is broken; the problem has been reported
     */
    public static Optional<FrontMatter> split(String text, String path, Problems problems) {
        int start = 0;
        while (start < text.length() && invisible(text.charAt(start))) {
            start++;
        }
        int invisibles = start;
        int line = 1;
        int eol = lineEnd(text, start);
        while (blank(text, start, eol)) {
            if (eol >= text.length()) {
                return none(text);
            }
            start = eol + 1;
            eol = lineEnd(text, start);
            line++;
        }
        String first = text.substring(start, eol);
        Kind kind = kind(first);
        if (kind == null) {
            return none(text);
        }
        boolean plain = start == 0 && (kind == Kind.JSON || first.matches(Pattern.quote(kind.marker) + "[ \\t]*"));
        if (kind == Kind.JSON) {
            return json(text, start, line, path, problems);
        }
        int close = closingLine(text, eol, kind);
        int innerEnd = close < 0 ? text.length() : close;
        String inner = eol >= text.length() ? "" : text.substring(eol + 1, Math.max(eol + 1, innerEnd));
        if (!plain && !looksLikeData(inner, kind)) {
            return none(text);
        }
        if (close < 0) {
            problems.error(Stage.SOURCE, path, line, 1, "front matter is never closed: add a line with "
                    + kind.closeHint + " (or remove the first line if it is not front matter)");
            return Optional.empty();
        }
        if (!plain) {
            problems.warn(Stage.SOURCE, path, line, 1, "front matter " + oddity(text, invisibles, line) + "; read as "
                    + "front matter, though Jekyll and Hugo would publish it as text: start the file with a line "
                    + kind.marker + " and nothing else");
        }
        Optional<DataMap> data = kind == Kind.YAML ? SafeYaml.load(inner, path, line + 1, problems)
                : TomlFrontMatter.read(inner, path, line + 1, problems);
        int closeEnd = lineEnd(text, close);
        return data.map(d -> present(text, d, closeEnd < text.length() ? closeEnd + 1 : text.length()));
    }

    private static Optional<FrontMatter> json(String text, int start, int line, String path, Problems problems) {
        Optional<JsonFrontMatter.Parsed> parsed = JsonFrontMatter.read(text, start, path, line, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        int end = parsed.get().end();
        int eol = lineEnd(text, end);
        if (!blank(text, end, eol)) {
            int row = line + (int) text.substring(start, end).chars().filter(c -> c == '\n').count();
            problems.error(Stage.SOURCE, path, row, end - text.lastIndexOf('\n', end - 1), "text after the } that "
                    + "closes the JSON front matter: start the note on the next line");
            return Optional.empty();
        }
        return Optional.of(present(text, parsed.get().data(), eol < text.length() ? eol + 1 : text.length()));
    }

    private static FrontMatter present(String text, DataMap data, int bodyStart) {
        int lines = (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
        return new FrontMatter(data.values(), data.positions(), true, "\n".repeat(lines) + text.substring(bodyStart));
    }

    private static Optional<FrontMatter> none(String text) {
        return Optional.of(new FrontMatter(Map.of(), Map.of(), false, text));
    }

    private static Kind kind(String line) {
        String marker = strip(line);
        if (marker.equals(Kind.YAML.marker)) {
            return Kind.YAML;
        }
        if (marker.equals(Kind.TOML.marker)) {
            return Kind.TOML;
        }
        // a Liquid tag ({% raw %}) or a shortcode ({{< x >}}) is not JSON: an object opens with a key or closes
        if (marker.startsWith("{")) {
            String rest = strip(marker.substring(1));
            if (rest.isEmpty() || rest.startsWith("\"") || rest.startsWith("}")) {
                return Kind.JSON;
            }
        }
        return null;
    }

    /** The offset of the line that closes a block opened by the line ending at {@code eol}, or -1. */
    private static int closingLine(String text, int eol, Kind kind) {
        int at = eol + 1;
        while (at < text.length()) {
            int end = lineEnd(text, at);
            String line = strip(text.substring(at, end));
            if (line.equals(kind.marker) || kind == Kind.YAML && line.equals("...")) {
                return at;
            }
            at = end + 1;
        }
        return -1;
    }

    /** Whether the first line of a block that is not plainly front matter reads as a key. */
    private static boolean looksLikeData(String inner, Kind kind) {
        for (String line : inner.split("\n")) {
            String s = strip(line);
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            return (kind == Kind.YAML ? YAML_KEY : TOML_KEY).matcher(line).matches();
        }
        return false;
    }

    private static String oddity(String text, int invisibles, int line) {
        if (line > 1) {
            return "starts on line " + line + ", after blank lines";
        }
        if (invisibles > 0) {
            return "starts after an invisible character (U+" + String.format("%04X", (int) text.charAt(0)) + ")";
        }
        return "opens with a line that has more than the marker on it";
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!space(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text without leading and trailing spaces of any kind (no-break and ideographic ones too). */
    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && space(s.charAt(from))) {
            from++;
        }
        while (to > from && space(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || invisible(c);
    }

    /** A byte order mark (a second one, after the decoder removed the first) or a zero-width space. */
    private static boolean invisible(char c) {
        return c == '\uFEFF' || c == '\u200B';
    }
}
