package io.github.studysite.liquid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note body made ready for the Liquid engine, and the way back. Before rendering: code regions are swapped for
 * placeholders (Liquid inside code stays as written), {@code {% comment %}} blocks dropped, {@code {% highlight %}}
 * blocks become fenced code, {@code {% post_url %}} and {@code {% link %}} are resolved, and tags no engine knows
 * are removed (each one a warning) — so an unknown tag never fails the note. A marker is put at the start of every
 * line outside Liquid blocks, so that after rendering each output line can be traced back to its source line.
 */
final class LiquidSource {

    /** Opens and closes a code placeholder; private-use characters a note does not hold (checked before use). */
    static final char CODE_OPEN = '\uE000';
    static final char CODE_CLOSE = '\uE001';
    /** Opens and closes a source line marker. */
    static final char LINE_OPEN = '\uE002';
    static final char LINE_CLOSE = '\uE003';

    /** Liquid's and Jekyll's tags the engine runs itself. */
    private static final Set<String> ENGINE_TAGS = Set.of("assign", "capture", "endcapture", "case", "when", "else",
            "endcase", "cycle", "for", "endfor", "break", "continue", "if", "elsif", "endif", "ifchanged",
            "endifchanged", "include", "increment", "decrement", "raw", "endraw", "tablerow", "endtablerow", "unless",
            "endunless");
    /** Tags that open a block: lines inside one cannot be traced one by one (a loop repeats them). */
    private static final Set<String> BLOCKS = Set.of("capture", "case", "for", "if", "ifchanged", "tablerow", "unless");
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)([^%]*(?:%(?!})[^%]*)*)-?%}",
            Pattern.DOTALL);
    private static final Pattern INCLUDE_NAME = Pattern.compile("\\s*(\\S+)");

    /** What the note's special tags need from the site. */
    interface Resolver {
        /** The page address of {@code {% post_url name %}}, or null when no post has that name. */
        String postUrl(String name);

        /** The page address of {@code {% link path %}}, or null when no note has that path. */
        String link(String path);

        /** Whether {@code _includes/name} exists (the name already checked to stay inside the folder). */
        boolean includeExists(String name);
    }

    /** A problem found while preparing the body, at a 1-based source line. */
    record Finding(int line, String message) {
    }

    /**
     * The prepared template.
     *
     * @param template     what the engine renders
     * @param code         the text of each code placeholder, by number
     * @param templateLine the source line of each template line (index 0 is template line 1)
     * @param findings     tags removed or refused
     * @param liquid       whether any Liquid is left for the engine to run
     */
    record Prepared(String template, List<String> code, int[] templateLine, List<Finding> findings, boolean liquid) {

        /**
         * The template with no markers and its code text back in place: what an included file becomes (its text is
         * parsed inside the including note's template, where this file's placeholders would mean nothing).
         */
        String inline() {
            Matcher m = Pattern.compile(LINE_OPEN + "\\d+" + LINE_CLOSE + "|" + CODE_OPEN + "(\\d+)" + CODE_CLOSE)
                    .matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, m.group(1) == null ? ""
                        : Matcher.quoteReplacement(code.get(Integer.parseInt(m.group(1)))));
            }
            return m.appendTail(out).toString();
        }
    }

    private LiquidSource() {
    }

    /**
     * @param body       the note body (front matter lines blank)
     * @param codeRanges where the body holds code, as {@code [start, end)} offsets in order
     */
    static Prepared prepare(String body, List<int[]> codeRanges, Resolver resolver) {
        Builder out = new Builder();
        int range = 0;
        int i = 0;
        int n = body.length();
        int depth = 0;
        while (i < n) {
            if (range < codeRanges.size() && codeRanges.get(range)[0] <= i) {
                int end = Math.max(i, codeRanges.get(range)[1]);
                out.code(body.substring(i, end), depth);
                i = end;
                range++;
                continue;
            }
            int nextCode = range < codeRanges.size() ? codeRanges.get(range)[0] : n;
            int open = nextOpen(body, i, nextCode);
            if (open < 0) {
                out.copy(body.substring(i, nextCode), depth);
                i = nextCode;
                continue;
            }
            out.copy(body.substring(i, open), depth);
            i = open;
            if (body.startsWith("{{", i)) {
                int close = body.indexOf("}}", i + 2);
                int end = close < 0 ? Math.max(i + 2, nextCode) : close + 2;
                out.copy(body.substring(i, end), depth);
                out.liquid = true;
                i = end;
                continue;
            }
            Matcher tag = TAG.matcher(body).region(i, n);
            if (!tag.lookingAt()) {
                out.copy("{%", depth); // an unclosed tag: the engine reports it as the syntax error it is
                out.liquid = true;
                i += 2;
                continue;
            }
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            String args = tag.group(2).strip();
            int line = out.line();
            switch (name) {
                case "raw" -> {
                    int end = endOf(body, "endraw", tag.end());
                    out.copy(body.substring(i, end), depth);
                    out.liquid = true;
                    i = end;
                    range = skipRanges(codeRanges, range, end);
                }
                case "comment" -> {
                    int end = endOf(body, "endcomment", tag.end());
                    out.skip(body.substring(i, end));
                    i = end;
                    range = skipRanges(codeRanges, range, end);
                }
                case "highlight" -> {
                    int close = closing(body, "endhighlight", tag.end());
                    String content = close < 0 ? body.substring(tag.end())
                            : body.substring(tag.end(), close);
                    int end = close < 0 ? n : TAG.matcher(body).region(close, n).lookingAt()
                            ? endOfTagAt(body, close) : n;
                    out.highlight(args.split("\\s+")[0], content.replaceAll("\\A[\\r\\n]+|[\\r\\n]+\\z", ""),
                            depth, body.substring(i, end));
                    i = end;
                    range = skipRanges(codeRanges, range, end);
                }
                case "post_url", "link" -> {
                    String target = name.equals("link") ? resolver.link(args) : resolver.postUrl(args);
                    if (target == null) {
                        out.finding(line, "{% " + name + " " + args + " %}: no note "
                                + (name.equals("link") ? "at that path" : "has that post name")
                                + "; the link is left empty");
                        target = "";
                    }
                    out.replace(body.substring(i, tag.end()), target, depth);
                    i = tag.end();
                }
                case "include" -> {
                    Matcher m = INCLUDE_NAME.matcher(args);
                    String file = m.lookingAt() ? m.group(1) : "";
                    String refusal = includeRefusal(file, resolver);
                    if (refusal != null) {
                        out.finding(line, "{% include " + file + " %} removed: " + refusal);
                        out.replace(body.substring(i, tag.end()), "", depth);
                    } else {
                        out.copy(body.substring(i, tag.end()), depth);
                        out.liquid = true;
                    }
                    i = tag.end();
                }
                default -> {
                    if (ENGINE_TAGS.contains(name)) {
                        out.copy(body.substring(i, tag.end()), depth);
                        out.liquid = true;
                        if (BLOCKS.contains(name)) {
                            depth++;
                        } else if (name.startsWith("end") && BLOCKS.contains(name.substring(3))) {
                            depth = Math.max(0, depth - 1);
                        }
                    } else {
                        out.finding(line, "unknown Liquid tag {% " + name + " %} removed"
                                + (name.equals("include_relative") ? " (use {% include %} with _includes/)" : ""));
                        out.replace(body.substring(i, tag.end()), "", depth);
                    }
                    i = tag.end();
                }
            }
        }
        return out.done();
    }

    /** Why an include name is refused, or null when it names a file inside {@code _includes/} that exists. */
    static String includeRefusal(String file, Resolver resolver) {
        if (file.isEmpty()) {
            return "it names no file";
        }
        if (file.contains("{{") || file.contains("{%")) {
            return "include names computed by Liquid are not supported; write the file name";
        }
        if (!IncludeFolder.isSafeName(file)) {
            return "an include must name a file inside _includes/";
        }
        if (!resolver.includeExists(file)) {
            return "_includes/" + file + " does not exist";
        }
        return null;
    }

    private static int nextOpen(String body, int from, int to) {
        int a = body.indexOf("{{", from);
        int b = body.indexOf("{%", from);
        int open = a < 0 ? b : b < 0 ? a : Math.min(a, b);
        return open >= 0 && open < to ? open : -1;
    }

    /** Offset after the {@code {% endname %}} that closes a block opened before {@code from}; the end if none. */
    private static int endOf(String body, String endName, int from) {
        int close = closing(body, endName, from);
        return close < 0 ? body.length() : endOfTagAt(body, close);
    }

    private static int closing(String body, String endName, int from) {
        Matcher m = Pattern.compile("\\{%-?\\s*" + endName + "\\s*-?%}").matcher(body);
        return m.find(from) ? m.start() : -1;
    }

    private static int endOfTagAt(String body, int at) {
        Matcher m = TAG.matcher(body).region(at, body.length());
        return m.lookingAt() ? m.end() : body.length();
    }

    private static int skipRanges(List<int[]> ranges, int range, int end) {
        while (range < ranges.size() && ranges.get(range)[0] < end) {
            range++;
        }
        return range;
    }

    /** Accumulates the template with its line bookkeeping. */
    private static final class Builder {
        private final StringBuilder template = new StringBuilder();
        private final List<String> code = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<Integer> templateLine = new ArrayList<>(List.of(1));
        /** The source line the template's current line comes from. */
        private int line = 1;
        private boolean atLineStart = true;
        boolean liquid;

        int line() {
            return line;
        }

        /** Source text copied as written (plain text, or Liquid for the engine). */
        void copy(String s, int depth) {
            for (int k = 0; k < s.length(); k++) {
                mark(depth);
                newlineAware(s.charAt(k));
            }
        }

        /** Code, one placeholder per line so lines stay lines. */
        void code(String s, int depth) {
            int start = 0;
            while (true) {
                int nl = s.indexOf('\n', start);
                String piece = nl < 0 ? s.substring(start) : s.substring(start, nl);
                if (!piece.isEmpty()) {
                    mark(depth);
                    template.append(CODE_OPEN).append(code.size()).append(CODE_CLOSE);
                    code.add(piece);
                }
                if (nl < 0) {
                    return;
                }
                mark(depth);
                newlineAware('\n');
                start = nl + 1;
            }
        }

        /** Source text that renders as nothing. */
        void skip(String s) {
            line += newlines(s);
        }

        /** Source text that renders as {@code with}, taken literally by the engine. */
        void replace(String s, String with, int depth) {
            mark(depth);
            if (!with.isEmpty()) {
                template.append(CODE_OPEN).append(code.size()).append(CODE_CLOSE); // taken literally
                code.add(with);
            }
            skip(s);
        }

        /** A {@code {% highlight %}} block: a fenced code block of its language, its text as written. */
        void highlight(String lang, String content, int depth, String source) {
            int start = line;
            int fence = 3;
            Matcher ticks = Pattern.compile("`{3,}").matcher(content);
            while (ticks.find()) {
                fence = Math.max(fence, ticks.group().length() + 1);
            }
            String bar = "`".repeat(fence);
            mark(depth);
            template.append(bar).append(lang.replaceAll("[^\\w+#.-]", ""));
            line = start + 1;
            newline();
            code(content, 1);
            line = start + newlines(source);
            newline();
            template.append(bar);
        }

        void finding(int at, String message) {
            findings.add(new Finding(at, message));
        }

        private void mark(int depth) {
            if (atLineStart && depth == 0) {
                template.append(LINE_OPEN).append(line).append(LINE_CLOSE);
            }
            atLineStart = false;
        }

        private void newlineAware(char c) {
            if (c == '\n') {
                line++;
                newline();
            } else {
                template.append(c);
            }
        }

        private void newline() {
            template.append('\n');
            templateLine.add(line);
            atLineStart = true;
        }

        private static int newlines(String s) {
            int count = 0;
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) == '\n') {
                    count++;
                }
            }
            return count;
        }

        Prepared done() {
            int[] lines = templateLine.stream().mapToInt(Integer::intValue).toArray();
            return new Prepared(template.toString(), code, lines, findings, liquid);
        }
    }
}
