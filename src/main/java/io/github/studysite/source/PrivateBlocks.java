package io.github.studysite.source;

import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import io.github.studysite.util.LineIndex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a public note only its author should see: everything from {@code <!-- private -->} to
 * {@code <!-- /private -->} (a salary answer, a recruiter's phone number). A public build removes them here, at
 * load, before anything reads the text — title, excerpt, search, the privacy scan — so they cannot leak through a
 * side door. What is removed becomes empty lines, so every later line number still matches the file. Blocks nest (the
 * outer one ends at its own close); a block that is never closed hides everything after it (the safe side) and says
 * so.
 */
public final class PrivateBlocks {

    /** {@code <!-- private -->}, any case and spacing. */
    public static final Pattern OPEN = Pattern.compile("<!--\\s*private\\s*-->", Pattern.CASE_INSENSITIVE);
    /** {@code <!-- /private -->}, any case and spacing. */
    public static final Pattern CLOSE = Pattern.compile("<!--\\s*/\\s*private\\s*-->", Pattern.CASE_INSENSITIVE);
    /** Either marker; group 1 is set for a closing one. */
    private static final Pattern MARKER = Pattern.compile("<!--\\s*(/\\s*)?private\\s*-->", Pattern.CASE_INSENSITIVE);

    private PrivateBlocks() {
    }

    /**
     * The text with every private block replaced by its line breaks alone. Blocks nest: a block opened inside another
     * one is part of it, and the outer block ends at its own closing marker, never at the inner one's.
     *
     * @param path     the file, for problem reports
     * @param problems where an unclosed block, or a closing marker without an opening one, is reported
     */
    public static String remove(String text, String path, Problems problems) {
        if (text.indexOf("<!--") < 0) {
            return text;
        }
        Matcher marker = MARKER.matcher(text);
        StringBuilder out = null;
        LineIndex lines = null;
        int copied = 0;
        int depth = 0;
        int blockStart = 0;
        // the pattern is tried at each comment only: searching with it would try every character
        for (int at = text.indexOf("<!--"); at >= 0; at = text.indexOf("<!--", at + 4)) {
            if (!marker.region(at, text.length()).lookingAt()) {
                continue;
            }
            if (lines == null) {
                lines = new LineIndex(text);
            }
            boolean opens = marker.group(1) == null;
            if (opens) {
                if (depth++ == 0) {
                    blockStart = marker.start();
                }
            } else if (depth == 0) {
                problems.warn(Stage.SOURCE, path, lines.line(marker.start()), lines.column(marker.start()),
                        "<!-- /private --> without an opening <!-- private --> before it; nothing was hidden here");
            } else if (--depth == 0) {
                out = hide(text, out, copied, blockStart, marker.end());
                copied = marker.end();
            }
        }
        if (depth > 0) {
            problems.warn(Stage.SOURCE, path, lines.line(blockStart), lines.column(blockStart),
                    "<!-- private --> is never closed: everything after it is left out of the site; add "
                            + "<!-- /private --> where the private part ends");
            out = hide(text, out, copied, blockStart, text.length());
            copied = text.length();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Appends the text from {@code copied} to {@code from}, then only the line breaks up to {@code to}. */
    private static StringBuilder hide(String text, StringBuilder out, int copied, int from, int to) {
        StringBuilder sb = out != null ? out : new StringBuilder(text.length());
        sb.append(text, copied, from);
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                sb.append('\n');
            }
        }
        return sb;
    }

    /** Whether a comment's text is a private block marker (an opening or a closing one). */
    public static boolean isMarker(CharSequence comment) {
        return OPEN.matcher(comment).matches() || CLOSE.matcher(comment).matches();
    }
}
