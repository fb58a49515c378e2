package io.github.studysite.util;


/**
 * How long a text takes to say aloud, from speaking rates: Korean is counted in syllables, English in words, and a
 * mixed text adds both. Defaults follow public guidance for interview answers and presentations — about 280 Korean
 * syllables and 140 English words a minute — and a project can set its own in {@code _config.yml}:
 * {@code speaking_rates: {ko: 300, en: 150}}.
 *
 * @param koreanSyllablesPerMinute Hangul syllables spoken per minute
 * @param englishWordsPerMinute    English words spoken per minute
 */
public record SpeakingTime(double koreanSyllablesPerMinute, double englishWordsPerMinute) {

    public static final SpeakingTime DEFAULT = new SpeakingTime(280, 140);

    public SpeakingTime {
        if (koreanSyllablesPerMinute <= 0 || englishWordsPerMinute <= 0) {
            throw new IllegalArgumentException("speaking rates must be positive");
        }
    }

    /** Seconds to say {@code text}, rounded up. */
    public int seconds(String text) {
        int syllables = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uAC00' && c <= '\uD7A3') {
                syllables++;
            }
            // a word starts with a Latin letter or digit and runs on through letters, digits, ' ’ . and -
            if (inWord) {
                inWord = isWordStart(c) || c == '\'' || c == '\u2019' || c == '.' || c == '-';
            } else if (isWordStart(c)) {
                words++;
                inWord = true;
            }
        }
        double seconds = syllables * 60.0 / koreanSyllablesPerMinute + words * 60.0 / englishWordsPerMinute;
        return (int) Math.ceil(seconds);
    }

    private static boolean isWordStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static final java.util.regex.Pattern TIME =
            java.util.regex.Pattern.compile("(\\d{1,3}):([0-5]\\d)|(\\d{1,4})\\s*s?");

    /** A time written {@code m:ss} ({@code 2:00}) or in whole seconds ({@code 120}, {@code 120s}); empty otherwise. */
    public static java.util.OptionalInt parse(String text) {
        java.util.regex.Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(m.group(1) != null
                ? Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(3)));
    }

    /** {@code m:ss}. */
    public static String format(int seconds) {
        int s = seconds % 60;
        return seconds / 60 + (s < 10 ? ":0" : ":") + s;
    }

}
