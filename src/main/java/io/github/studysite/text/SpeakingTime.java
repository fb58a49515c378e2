package io.github.studysite.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'’.\\-]*");

    public SpeakingTime {
        if (koreanSyllablesPerMinute <= 0 || englishWordsPerMinute <= 0) {
            throw new IllegalArgumentException("speaking rates must be positive");
        }
    }

    /** Rates from {@code speaking_rates} in the site settings, else the defaults. */
    public static SpeakingTime from(Object setting) {
        if (!(setting instanceof Map<?, ?> map)) {
            return DEFAULT;
        }
        double ko = number(map.get("ko"), DEFAULT.koreanSyllablesPerMinute);
        double en = number(map.get("en"), DEFAULT.englishWordsPerMinute);
        return ko > 0 && en > 0 ? new SpeakingTime(ko, en) : DEFAULT;
    }

    /** Seconds to say {@code text}, rounded up. */
    public int seconds(String text) {
        int syllables = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uAC00' && c <= '\uD7A3') {
                syllables++;
            }
        }
        int words = 0;
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            words++;
        }
        double seconds = syllables * 60.0 / koreanSyllablesPerMinute + words * 60.0 / englishWordsPerMinute;
        return (int) Math.ceil(seconds);
    }

    /** {@code m:ss}. */
    public static String format(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    private static double number(Object value, double fallback) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return value == null ? fallback : Double.parseDouble(String.valueOf(value));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
