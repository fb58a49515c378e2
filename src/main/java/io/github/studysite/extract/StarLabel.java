package io.github.studysite.extract;

import io.github.studysite.model.StarPart;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A STAR label at the start of a line and the text after it: {@code S: …}, {@code **Situation:** …},
 * {@code 상황: …}, {@code (T) …}, {@code S/T: …}, or a heading or bold line that is only a label
 * ({@code #### Result}). Single letters count only in capitals, so ordinary text ("a: b") is not a story.
 *
 * @param parts the part or parts it opens (two for a combined {@code S/T:})
 * @param rest  the text after the label on the same line
 */
record StarLabel(Set<StarPart> parts, String rest) {

    private static final String WORDS = "(?i:situation|task|actions?|results?|outcome)|상황|과제|임무|행동|조치|결과|"
            + "S\\s*/\\s*T|S|T|A|R";
    private static final Pattern INLINE = Pattern.compile("^(" + WORDS + ")\\s*[:：]\\s*(.*)$");
    /** Whole words may also be followed by a dash: {@code Situation - …}, {@code 상황 – …}. */
    private static final Pattern DASHED = Pattern.compile(
            "^((?i:situation|task|actions?|results?|outcome)|상황|과제|임무|행동|조치|결과)\\s+[-–—]\\s+(.*)$");
    private static final Pattern BRACKETED = Pattern.compile("^[\\[(](" + WORDS + ")[\\])]\\s*[:：]?\\s*(.*)$");
    /** A heading or bold line that is only a label: a whole word, or a single letter with its colon. */
    private static final Pattern ALONE = Pattern.compile(
            "^((?i:situation|task|actions?|results?|outcome)|상황|과제|임무|행동|조치|결과)\\s*[:：]?$"
                    + "|^(S\\s*/\\s*T|S|T|A|R)\\s*[:：]$");

    StarLabel {
        parts = Set.copyOf(parts);
        rest = rest == null ? "" : rest.strip();
    }

    /** The label of a line of the given kind, or null. */
    static StarLabel of(LineKind kind, String text) {
        String s = text.strip();
        if (kind == LineKind.HEADING || kind == LineKind.BOLD) {
            Matcher alone = ALONE.matcher(s);
            if (alone.matches()) {
                return new StarLabel(parts(alone.group(1) != null ? alone.group(1) : alone.group(2)), "");
            }
            if (kind == LineKind.HEADING) {
                return null;
            }
        }
        Matcher m = INLINE.matcher(s);
        if (!m.matches()) {
            m = BRACKETED.matcher(s);
            if (!m.matches()) {
                m = DASHED.matcher(s);
                if (!m.matches()) {
                    return null;
                }
            }
        }
        return new StarLabel(parts(m.group(1)), m.group(2));
    }

    /** The first part in S, T, A, R order. */
    StarPart first() {
        return EnumSet.copyOf(parts).iterator().next();
    }

    /** The last part in S, T, A, R order. */
    StarPart last() {
        StarPart last = null;
        for (StarPart p : EnumSet.copyOf(parts)) {
            last = p;
        }
        return last;
    }

    private static Set<StarPart> parts(String word) {
        String w = word.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return switch (w) {
            case "s", "situation", "상황" -> EnumSet.of(StarPart.SITUATION);
            case "t", "task", "과제", "임무" -> EnumSet.of(StarPart.TASK);
            case "a", "action", "actions", "행동", "조치" -> EnumSet.of(StarPart.ACTION);
            case "r", "result", "results", "outcome", "결과" -> EnumSet.of(StarPart.RESULT);
            case "s/t" -> EnumSet.of(StarPart.SITUATION, StarPart.TASK);
            default -> throw new IllegalArgumentException(word);
        };
    }
}
