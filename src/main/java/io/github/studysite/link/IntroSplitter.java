package io.github.studysite.link;

import io.github.studysite.model.IntroParagraph;
import io.github.studysite.util.Scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a self-introduction into Korean and English. Explicit forms win: a paragraph under a subsection titled
 * {@code English}/{@code 영어}/{@code 영문} or {@code 한국어}/{@code 국문}/{@code Korean} belongs to that language.
 * Otherwise each paragraph goes by its script — mostly Hangul is Korean, mostly Latin is English — which is how
 * seed 001 writes its introduction: a Korean paragraph, then English paragraphs, in one list item. A paragraph
 * without letters (a date, a number) stays with the language before it.
 */
public final class IntroSplitter {

    private IntroSplitter() {
    }

    /**
     * @param paragraphs the introduction, in order
     * @param noteLang   the note's language, for paragraphs whose script says nothing
     */
    public static IntroVersions split(List<IntroParagraph> paragraphs, String noteLang) {
        List<IntroParagraph> korean = new ArrayList<>();
        List<IntroParagraph> english = new ArrayList<>();
        String previous = "en".equals(noteLang) ? "en" : "ko";
        for (IntroParagraph p : paragraphs) {
            String lang = declared(p.heading());
            if (lang == null) {
                lang = Scripts.hangulCount(p.text()) + Scripts.latinCount(p.text()) == 0 ? previous
                        : Scripts.language(p.text(), previous);
            }
            (lang.equals("en") ? english : korean).add(p);
            previous = lang;
        }
        return new IntroVersions(korean, english);
    }

    /** The language a subsection title declares, or null. */
    static String declared(String heading) {
        String h = heading.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s:：()]+", "");
        if (h.isEmpty()) {
            return null;
        }
        if (h.matches("(english|영어|영문|inenglish|en)(version|버전)?")) {
            return "en";
        }
        if (h.matches("(korean|한국어|국문|한글|ko)(version|버전)?")) {
            return "ko";
        }
        return null;
    }
}
