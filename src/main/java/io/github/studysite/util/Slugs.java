package io.github.studysite.util;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slugs the way GitHub makes heading anchors (github-slugger): lower-case, drop everything that is not a letter, mark,
 * number, connector ({@code _}), space or hyphen, then turn each space into a hyphen. Korean is kept as written, so
 * {@code "1. 2분 내로 자기소개"} becomes {@code "1-2분-내로-자기소개"} and links people wrote by hand for GitHub keep
 * working here.
 */
public final class Slugs {

    private Slugs() {
    }

    public static String github(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (cp == ' ') {
                sb.append('-');
            } else if (cp == '-' || isKept(cp)) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static final Pattern DASH_RUNS = Pattern.compile("-{2,}");
    private static final Pattern EDGE_DASHES = Pattern.compile("^[-_]+|[-_]+$");

    /**
     * A slug for a file or URL segment: GitHub's rules, then runs of hyphens collapsed and trimmed, so that
     * {@code "AWS - Interview CSE"} gives {@code "aws-interview-cse"}. Never empty: {@code fallback} is used instead.
     */
    public static String segment(String text, String fallback) {
        String slug = EDGE_DASHES.matcher(DASH_RUNS.matcher(github(text == null ? "" : text.strip())).replaceAll("-"))
                .replaceAll("");
        return slug.isEmpty() ? fallback : slug;
    }

    private static boolean isKept(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
