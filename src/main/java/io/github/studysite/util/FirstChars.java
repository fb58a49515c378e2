package io.github.studysite.util;

import java.util.regex.Pattern;

/**
 * The characters a regex of alternatives can start with, read from the alternatives it is built from. A pattern of
 * many alternatives, searched at every character of a long text, is what costs; trying it only where one of these
 * characters stands gives the same matches. Deriving them from the alternatives keeps the two from drifting apart
 * when a word is added.
 */
public final class FirstChars {

    private FirstChars() {
    }

    /**
     * The first character of each alternative, and with {@link Pattern#CASE_INSENSITIVE} in {@code flags} its other
     * ASCII case too (that flag folds ASCII only).
     *
     * @throws IllegalArgumentException if an alternative does not open with a literal character
     */
    public static String of(int flags, String... alternatives) {
        StringBuilder starts = new StringBuilder();
        for (String alternative : alternatives) {
            if (alternative.isEmpty() || "\\[](){}.*+?^$|".indexOf(alternative.charAt(0)) >= 0) {
                throw new IllegalArgumentException("not a literal start: " + alternative);
            }
            char c = alternative.charAt(0);
            add(starts, c);
            if ((flags & Pattern.CASE_INSENSITIVE) != 0 && c < 0x80) {
                add(starts, Character.toLowerCase(c));
                add(starts, Character.toUpperCase(c));
            }
        }
        return starts.toString();
    }

    private static void add(StringBuilder starts, char c) {
        if (starts.indexOf(String.valueOf(c)) < 0) {
            starts.append(c);
        }
    }
}
