package io.github.studysite.util;

/**
 * Which writing system a text is in, by counting letters: Hangul syllables and jamo against Latin letters. Used to
 * guess a note's language, to split a mixed Korean/English self-introduction by paragraph, and to estimate speaking
 * time (Korean is timed in syllables, English in words).
 */
public final class Scripts {

    private Scripts() {
    }

    /** Hangul letters in {@code text}. */
    public static int hangulCount(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isHangul(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Latin letters (a–z, A–Z and accented forms) in {@code text}. */
    public static int latinCount(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isLatin(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** {@code "ko"} when the text is mostly Hangul, {@code "en"} when mostly Latin, else {@code fallback}. */
    public static String language(CharSequence text, String fallback) {
        int hangul = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHangul(c)) {
                hangul++;
            } else if (isLatin(c)) {
                latin++;
            }
        }
        if (hangul + latin == 0) {
            return fallback;
        }
        return share(hangul, latin) >= 0.5 ? "ko" : "en";
    }

    private static double share(int hangulCount, int latinCount) {
        double hangul = hangulCount * 2.5;
        double total = hangul + latinCount;
        return total == 0 ? 0 : hangul / total;
    }

    /**
     * Whether {@code c} is a Latin letter. ASCII and Hangul, nearly every character of a note, are decided without
     * {@link Character.UnicodeScript#of}, a table search too slow for a test made on every character of every note.
     */
    static boolean isLatin(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        if (isHangul(c)) {
            return false;
        }
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    public static boolean isHangul(char c) {
        return (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F');
    }

    /** Whether {@code c} is Chinese, Japanese or Korean, where CommonMark's emphasis rules misfire. */
    public static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }
}
