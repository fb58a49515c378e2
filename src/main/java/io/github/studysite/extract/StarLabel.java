package io.github.studysite.extract;

import io.github.studysite.model.StarPart;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A STAR label at the start of a line and the text after it: {@code S: …}, {@code **Situation:** …},
 * {@code 상황: …}, {@code (T) …}, {@code S/T: …}, {@code Situation (상황): …}, or a heading, bold line or line of its
 * own that is only a label ({@code #### Result}, {@code **Situation**}). Single letters count only in capitals, so
 * ordinary text ("a: b") is not a story.
 *
 * <p>Other vocabularies people use map to the same parts: Context/Goal/Approach/Outcome, Problem or Challenge/Action/
 * Result, Situation/Obstacle/Action/Result (SOAR), Issue/Action/Resolution, Background/Task/Action/Result,
 * 배경/목표/해결/성과. Those words are common outside stories too ("Problem: the cache…"), so a story opened by them
 * needs a second label ({@link #star}). A Learnings / 배운 점 part after the result is kept ({@link #learnings}). A
 * label misspelt by one letter ({@code Actioin:}, {@code Resut:}) is read, and says so ({@link #typo}).
 *
 * @param parts     the part or parts it opens (two for a combined {@code S/T:}; none for learnings)
 * @param rest      the text after the label on the same line
 * @param learnings whether it opens the Learnings part
 * @param alone     whether the label is all the line says, with no colon text after it (so the part's text is in
 *                  the paragraphs or list items below)
 * @param star      whether its word is a STAR word or letter (not one of the other vocabularies')
 * @param typo      the word as typed when it was misspelt, else empty
 */
record StarLabel(Set<StarPart> parts, String rest, boolean learnings, boolean alone, boolean star, String typo) {

    private static final Map<String, StarPart> STAR_WORDS = Map.ofEntries(
            Map.entry("situation", StarPart.SITUATION), Map.entry("상황", StarPart.SITUATION),
            Map.entry("task", StarPart.TASK), Map.entry("tasks", StarPart.TASK), Map.entry("과제", StarPart.TASK),
            Map.entry("임무", StarPart.TASK),
            Map.entry("action", StarPart.ACTION), Map.entry("actions", StarPart.ACTION),
            Map.entry("행동", StarPart.ACTION), Map.entry("조치", StarPart.ACTION),
            Map.entry("result", StarPart.RESULT), Map.entry("results", StarPart.RESULT),
            Map.entry("outcome", StarPart.RESULT), Map.entry("결과", StarPart.RESULT));
    private static final Map<String, StarPart> OTHER_WORDS = Map.ofEntries(
            Map.entry("context", StarPart.SITUATION), Map.entry("background", StarPart.SITUATION),
            Map.entry("problem", StarPart.SITUATION), Map.entry("challenge", StarPart.SITUATION),
            Map.entry("issue", StarPart.SITUATION), Map.entry("배경", StarPart.SITUATION),
            Map.entry("문제", StarPart.SITUATION), Map.entry("문제 상황", StarPart.SITUATION),
            Map.entry("goal", StarPart.TASK), Map.entry("objective", StarPart.TASK),
            Map.entry("obstacle", StarPart.TASK), Map.entry("목표", StarPart.TASK),
            Map.entry("approach", StarPart.ACTION), Map.entry("solution", StarPart.ACTION),
            Map.entry("해결", StarPart.ACTION), Map.entry("해결 방법", StarPart.ACTION),
            Map.entry("resolution", StarPart.RESULT), Map.entry("impact", StarPart.RESULT),
            Map.entry("성과", StarPart.RESULT));
    private static final Set<String> LEARNINGS = Set.of("learnings", "learning", "lessons learned", "lesson learned",
            "lessons", "takeaways", "takeaway", "배운 점", "배운점", "교훈", "느낀 점", "느낀점");
    private static final Map<String, StarPart> LETTERS = Map.of("S", StarPart.SITUATION, "T", StarPart.TASK,
            "A", StarPart.ACTION, "R", StarPart.RESULT);
    /** Words a typo is measured against: long enough that one letter off is still clearly them. */
    private static final List<String> TYPO_TARGETS = List.of("situation", "task", "action", "result", "outcome",
            "context", "background", "problem", "challenge", "approach", "resolution", "learnings");

    /** A label word (with an optional bracketed gloss: {@code Situation (상황)}) and what follows its colon. */
    private static final Pattern INLINE = Pattern.compile(
            "^([A-Za-z가-힣][A-Za-z가-힣 ]{0,18}?|S\\s*/\\s*T)\\s*(?:[(（][^()（）]{1,20}[)）])?\\s*[:：]\\s*(.*)$");
    /** Whole words may also be followed by a dash: {@code Situation - …}, {@code 상황 – …}. */
    private static final Pattern DASHED = Pattern.compile("^([A-Za-z가-힣][A-Za-z가-힣 ]{0,18}?)\\s+[-–—]\\s+(.*)$");
    private static final Pattern BRACKETED = Pattern.compile(
            "^[\\[(]([A-Za-z가-힣][A-Za-z가-힣 ]{0,18}?|S\\s*/\\s*T)[\\])]\\s*[:：]?\\s*(.*)$");
    /** A line that is only a label: a word (glossed or not), a colon optional; a letter needs its colon. */
    private static final Pattern ALONE = Pattern.compile(
            "^([A-Za-z가-힣][A-Za-z가-힣 ]{0,18}?)\\s*(?:[(（][^()（）]{1,20}[)）])?\\s*[:：]?$");

    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}|[STAR]");
    private static final Pattern SLASHED_ST = Pattern.compile("S\\s*/\\s*T");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LOWER_LETTERS = Pattern.compile("[a-z]+");

    StarLabel {
        parts = Set.copyOf(parts);
        rest = rest == null ? "" : rest.strip();
        typo = typo == null ? "" : typo;
    }

    /** The label of a line of the given kind, or null. */
    static StarLabel of(LineKind kind, String text) {
        String s = text.strip();
        if (s.isEmpty() || kind == LineKind.END || kind == LineKind.RULE || !mayBeLabel(s)) {
            return null;
        }
        Matcher alone = ALONE.matcher(s);
        if (alone.matches()) {
            StarLabel label = word(alone.group(1), "", true, s.endsWith(":") || s.endsWith("："));
            // a line of plain text that is one word is a label only when it is an English STAR word itself
            // ("Situation"): a Korean word alone on a line (상황) is as often the end of a wrapped sentence
            if (label != null && (kind == LineKind.HEADING || kind == LineKind.BOLD
                    || label.star() && label.typo().isEmpty() && ENGLISH_WORD.matcher(alone.group(1)).matches())) {
                return label;
            }
            if (kind == LineKind.HEADING) {
                return null;
            }
        } else if (kind == LineKind.HEADING) {
            return null;
        }
        for (Pattern p : new Pattern[] {INLINE, BRACKETED, DASHED}) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                StarLabel label = word(m.group(1), m.group(2), false, p != DASHED);
                if (label != null && (p != DASHED || label.typo().isEmpty())) {
                    return label;
                }
            }
        }
        return null;
    }

    /**
     * Whether a line can match one of the patterns above: it opens with a bracket, or with at most 19 letters and
     * spaces (the label word) followed, after any whitespace, by the end, a colon, a gloss's bracket, a dash or the
     * slash of {@code S/T} ({@code $} matches before a final line terminator too). Most lines are sentences and
     * fail here, before any regex runs.
     */
    private static boolean mayBeLabel(String s) {
        char first = s.charAt(0);
        if (first == '[' || first == '(') {
            return true;
        }
        if (!isWordLetter(first)) {
            return false;
        }
        int i = 1;
        while (i < s.length() && i < 19 && (isWordLetter(s.charAt(i)) || s.charAt(i) == ' ')) {
            i++;
        }
        while (i < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i == s.length() || "(（:：-–—/\u0085\u2028\u2029".indexOf(s.charAt(i)) >= 0;
    }

    /** {@code [A-Za-z가-힣]}: the letters a label word is made of. */
    private static boolean isWordLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '가' && c <= '힣';
    }

    /** The label a word makes, or null; {@code colon}: whether a colon follows it (typos and letters need one). */
    private static StarLabel word(String typed, String rest, boolean alone, boolean colon) {
        String raw = typed.strip();
        if (SLASHED_ST.matcher(raw).matches()) {
            return new StarLabel(EnumSet.of(StarPart.SITUATION, StarPart.TASK), rest, false, alone, true, "");
        }
        if (LETTERS.containsKey(raw)) {
            return alone && !colon ? null : new StarLabel(EnumSet.of(LETTERS.get(raw)), rest, false, alone, true, "");
        }
        String w = SPACES.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (w.length() < 2) {
            return null;
        }
        if (STAR_WORDS.containsKey(w)) {
            return new StarLabel(EnumSet.of(STAR_WORDS.get(w)), rest, false, alone, true, "");
        }
        if (OTHER_WORDS.containsKey(w)) {
            return new StarLabel(EnumSet.of(OTHER_WORDS.get(w)), rest, false, alone, false, "");
        }
        if (LEARNINGS.contains(w)) {
            return new StarLabel(EnumSet.noneOf(StarPart.class), rest, true, alone, false, "");
        }
        if (!colon || w.length() < 4 || !LOWER_LETTERS.matcher(w).matches()) {
            return null;
        }
        for (String target : TYPO_TARGETS) {
            if (target.charAt(0) == w.charAt(0) && oneEditApart(w, target)) {
                StarLabel meant = word(target, rest, alone, true);
                return new StarLabel(meant.parts(), rest, meant.learnings(), alone, meant.star(), raw);
            }
        }
        return null;
    }

    /** Whether one letter added, dropped, changed or swapped with its neighbour turns {@code a} into {@code b}. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return swapped || a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** Where the label sits in telling order: 0–3 for S, T, A, R (its first part), 4 for learnings. */
    int firstOrder() {
        return learnings ? StarPart.values().length : EnumSet.copyOf(parts).iterator().next().ordinal();
    }

    /** Where the part it leaves open sits in telling order (its last part; 4 for learnings). */
    int lastOrder() {
        return learnings ? StarPart.values().length : last().ordinal();
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
}
