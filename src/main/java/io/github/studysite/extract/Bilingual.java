package io.github.studysite.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One question written in two languages is one question: {@code Why Amazon? (왜 아마존인가요?)},
 * {@code Q1. Why are you leaving? / 지금 회사를 떠나려는 이유는?}, or the other language's version on the next line
 * (indented, in brackets, or as a nested item). The other version becomes the question's translation — shown with
 * it, practised with it, never taken for its answer or for a question of its own. A version is another language's
 * when one of the two is written in Hangul and the other is not, and it asks something too.
 */
final class Bilingual {

    /** A trailing bracketed version: {@code … (왜 아마존인가요?)}, {@code […]}, full-width {@code （…）}. */
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*[(\\[（]([^()\\[\\]（）]+)[)\\]）]\\s*$");
    private static final Pattern SLASHED = Pattern.compile("^(.+?)\\s+/\\s+(.+)$");
    private static final Pattern OUTER_BRACKETS = Pattern.compile("^[(\\[（](.+)[)\\]）]$");

    private Bilingual() {
    }

    /** Splits each hit's own two versions, and joins a hit to the version on the line after it. */
    static void pair(Structure s, List<Hits.QuestionHit> hits, List<StoryBlock> stories) {
        for (int k = 0; k < hits.size(); k++) {
            Hits.QuestionHit hit = hits.get(k);
            String[] split = split(hit.text());
            if (split != null) {
                hit = new Hits.QuestionHit(hit.line(), split[0], hit.answer(), hit.stories(), hit.group(),
                        hit.principles(), hit.intro(), split[1]);
                hits.set(k, hit);
            }
        }
        List<Hits.QuestionHit> out = new ArrayList<>();
        for (int k = 0; k < hits.size(); k++) {
            Hits.QuestionHit hit = hits.get(k);
            int q = hit.line();
            int j = q + 1;
            String version = hit.translation().isEmpty() && j < s.size ? versionOf(s, q, j, hit.text()) : null;
            if (version == null) {
                out.add(hit);
                continue;
            }
            Hits.QuestionHit own = k + 1 < hits.size() && hits.get(k + 1).line() == j ? hits.get(k + 1) : null;
            if (own != null) {
                List<StoryBlock> told = new ArrayList<>(hit.stories());
                own.stories().stream().filter(b -> !told.contains(b)).forEach(told::add);
                out.add(hit.withTranslation(version, own.answer(), told));
                k++;
            } else {
                out.add(hit.withTranslation(version, QuestionFinder.text(s, j + 1, s.answerEnd(q), stories),
                        hit.stories()));
            }
        }
        hits.clear();
        hits.addAll(out);
    }

    /** The other language's version written on line {@code j} right under question line {@code q}, or null. */
    private static String versionOf(Structure s, int q, int j, String question) {
        Line a = s.line(q);
        Line b = s.line(j);
        if (b.number() != a.number() + 1 || b.kind() == LineKind.HEADING || b.kind() == LineKind.END
                || b.kind() == LineKind.RULE || s.labels[j] != null
                || b.kind() == LineKind.ITEM && a.kind() == LineKind.ITEM && b.indent() <= a.indent()) {
            return null;
        }
        String text = Phrases.cleanTitle(b.text());
        Matcher m = OUTER_BRACKETS.matcher(text);
        if (m.matches()) {
            text = m.group(1).strip();
        }
        return otherLanguage(question, text) && Phrases.isQuestion(text) ? text : null;
    }

    /** A question's two versions on one line, {@code [question, translation]}, or null. */
    static String[] split(String text) {
        for (Pattern p : new Pattern[] {BRACKETED, SLASHED}) {
            Matcher m = p.matcher(text.strip());
            if (m.matches()) {
                String first = m.group(1).strip();
                String second = m.group(2).strip();
                if (otherLanguage(first, second) && Phrases.isQuestion(second) && Phrases.isQuestion(first)) {
                    return new String[] {first, second};
                }
            }
        }
        return null;
    }

    private static boolean otherLanguage(String a, String b) {
        return hangul(a) != hangul(b) && letters(a) && letters(b);
    }

    private static boolean hangul(String text) {
        return text.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    private static boolean letters(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= 3;
    }
}
