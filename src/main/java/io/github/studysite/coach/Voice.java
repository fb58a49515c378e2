package io.github.studysite.coach;

import io.github.studysite.util.FirstChars;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a text speaks for: how often it says "I" ({@code I, my, me}; {@code 저는, 제가, 나는, 내가}) and how often
 * "we" ({@code we, our, us}; {@code 저희, 우리}). Korean often drops the subject, so a text with neither is not
 * judged. {@code 제} alone is counted only as a word of its own ({@code 제 역할}), not as the start of {@code 제품}.
 */
final class Voice {

    private static final String[] I_EN = {"my", "me", "mine", "myself"};
    private static final String[] I_KO = {"저는", "저도", "저를", "저의", "저만", "저에게", "저한테", "제가", "제\\s", "나는", "내가",
        "나도", "저 혼자", "제 혼자"};
    private static final Pattern I = Pattern.compile("\\bI\\b|(?i:\\b(?:" + String.join("|", I_EN) + ")\\b)"
            + "|(?<![가-힣])(" + String.join("|", I_KO) + ")");
    private static final String[] WE_EN = {"we", "we're", "we've", "we'd", "we'll", "our", "ours", "us", "ourselves"};
    private static final String[] WE_KO = {"저희", "우리"};
    private static final Pattern WE = Pattern.compile("(?i)\\b(" + String.join("|", WE_EN) + ")\\b|"
            + String.join("|", WE_KO));
    private static final String I_STARTS = "I" + FirstChars.of(Pattern.CASE_INSENSITIVE, I_EN) + FirstChars.of(0, I_KO);
    private static final String WE_STARTS = FirstChars.of(Pattern.CASE_INSENSITIVE, WE_EN) + FirstChars.of(0, WE_KO);

    private Voice() {
    }

    /** Whether "we" is said more often than "I". */
    static boolean mostlyTeam(String text) {
        return count(WE, WE_STARTS, text) > count(I, I_STARTS, text);
    }

    /**
     * The matches of a pattern, as {@link Matcher#find} counts them, trying it only where a match can start: a
     * regex of many alternatives tried at every character of a long answer is what costs. The bounds are
     * transparent so that {@code \b} and the look-behind see the text before the position tried.
     */
    private static int count(Pattern pattern, String starts, String text) {
        int n = 0;
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < text.length(); i++) {
            if (starts.indexOf(text.charAt(i)) >= 0 && m.region(i, text.length()).lookingAt()) {
                n++;
                i = m.end() - 1;
            }
        }
        return n;
    }
}
