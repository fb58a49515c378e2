package io.github.studysite.load;

import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import io.github.studysite.text.LineIndex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a public note only its author should see: everything from {@code <!-- private -->} to
 * {@code <!-- /private -->} (a salary answer, a recruiter's phone number). A public build removes them here, at
 * load, before anything reads the text — title, excerpt, search, the privacy scan — so they cannot leak through a
 * side door. What is removed becomes empty lines, so every later line number still matches the file. A block that is
 * never closed hides everything after it (the safe side) and says so.
 */
public final class PrivateBlocks {

    /** {@code <!-- private -->}, any case and spacing. */
    public static final Pattern OPEN = Pattern.compile("<!--\\s*private\\s*-->", Pattern.CASE_INSENSITIVE);
    /** {@code <!-- /private -->}, any case and spacing. */
    public static final Pattern CLOSE = Pattern.compile("<!--\\s*/\\s*private\\s*-->", Pattern.CASE_INSENSITIVE);

    private PrivateBlocks() {
    }

    /**
     * The text with every private block replaced by its line breaks alone.
     *
     * @param path     the file, for problem reports
     * @param problems where an unclosed block, or a closing marker without an opening one, is reported
     */
    public static String remove(String text, String path, Problems problems) {
        if (text.indexOf("<!--") < 0) {
            return text;
        }
        Matcher open = OPEN.matcher(text);
        Matcher close = CLOSE.matcher(text);
        StringBuilder out = null;
        LineIndex lines = null;
        int copied = 0;
        int from = 0;
        while (open.find(from)) {
            if (out == null) {
                out = new StringBuilder(text.length());
                lines = new LineIndex(text);
            }
            reportStrayClosers(text, close, from, open.start(), lines, path, problems);
            int end;
            if (close.find(open.end())) {
                end = close.end();
            } else {
                end = text.length();
                problems.warn(Stage.LOAD, path, lines.line(open.start()), lines.column(open.start()),
                        "<!-- private --> is never closed: everything after it is left out of the site; add "
                                + "<!-- /private --> where the private part ends");
            }
            out.append(text, copied, open.start());
            for (int i = open.start(); i < end; i++) {
                if (text.charAt(i) == '\n') {
                    out.append('\n');
                }
            }
            copied = end;
            from = end;
            if (end >= text.length()) {
                break;
            }
        }
        if (out == null) {
            reportStrayClosers(text, close, 0, text.length(), new LineIndex(text), path, problems);
            return text;
        }
        reportStrayClosers(text, close, from, text.length(), lines, path, problems);
        out.append(text, copied, text.length());
        return out.toString();
    }

    /** Whether a comment's text is a private block marker (an opening or a closing one). */
    public static boolean isMarker(CharSequence comment) {
        return OPEN.matcher(comment).matches() || CLOSE.matcher(comment).matches();
    }

    private static void reportStrayClosers(String text, Matcher close, int from, int to, LineIndex lines, String path,
                                           Problems problems) {
        if (from >= to || !close.find(from)) {
            return;
        }
        close.region(from, to);
        while (close.find()) {
            problems.warn(Stage.LOAD, path, lines.line(close.start()), lines.column(close.start()),
                    "<!-- /private --> without an opening <!-- private --> before it; nothing was hidden here");
        }
        close.reset();
    }
}
