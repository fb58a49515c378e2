package io.github.studysite.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bound on how deeply a note may nest block quotes and lists. flexmark renders nested blocks by recursion, so a note
 * nested a thousand levels deep (generated, or a paste gone wrong) would overflow the thread's stack; and parsing
 * such a note slows down with the square of its depth. Real notes nest a handful of levels. The limit is checked on
 * the source, line by line, before parsing, which makes it cheap and the same on every machine and thread (catching
 * {@link StackOverflowError} alone would depend on stack sizes).
 */
final class NestingLimit {

    /** Levels a note may nest; flexmark's rendering holds several hundred on a default 512 KB–1 MB stack. */
    static final int MAX_DEPTH = 100;

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private NestingLimit() {
    }

    /** A note nested deeper than the limit; reported against the line where it happens. */
    static final class TooDeepException extends RuntimeException {
        private final int line;

        TooDeepException(int line, int depth) {
            super("lists and quotes nest " + depth + " levels deep here (the limit is " + MAX_DEPTH + "); flatten "
                    + "them — this note is left out of the site");
            this.line = line;
        }

        /** 1-based line. */
        int line() {
            return line;
        }
    }

    /**
     * @throws TooDeepException at the first line whose quote and list markers (and the indentation leading to them)
     *                          go deeper than {@link #MAX_DEPTH}
     */
    static void check(String body) {
        int line = 1;
        int start = 0;
        String fence = null;
        Matcher f = FENCE.matcher(body);
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            f.region(start, end);
            if (f.lookingAt()) {
                String marker = f.group(1);
                if (fence == null) {
                    fence = marker.substring(0, 3);
                } else if (marker.startsWith(fence)) {
                    fence = null;
                }
            } else if (fence == null) {
                int depth = depth(body, start, end);
                if (depth > MAX_DEPTH) {
                    throw new TooDeepException(line, depth);
                }
            }
            start = end + 1;
            line++;
        }
    }

    /** Container markers ({@code >}, {@code -}, {@code *}, {@code +}, {@code 1.}) at the start of a line, plus the
     *  indentation before the first of them (two columns a level, as lists nest). */
    static int depth(String s, int start, int end) {
        int i = start;
        int indent = 0;
        while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            indent += s.charAt(i) == '\t' ? 4 - indent % 4 : 1;
            i++;
        }
        int markers = 0;
        while (i < end) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && (s.charAt(i + 1) == ' '
                    || s.charAt(i + 1) == '\t')) {
                markers++;
                i += 2;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < end && j - i < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                if (j + 1 < end && (s.charAt(j) == '.' || s.charAt(j) == ')')
                        && (s.charAt(j + 1) == ' ' || s.charAt(j + 1) == '\t')) {
                    markers++;
                    i = j + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return markers == 0 ? 0 : markers + indent / 2;
    }
}
