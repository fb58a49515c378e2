package io.github.studysite.extract;

import io.github.studysite.model.IntroParagraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads self-introductions: the section under a title such as {@code 0. 자기소개}, {@code # 자기소개},
 * {@code ### 1. 2분 내로 자기소개} or "Tell me about yourself", paragraph by paragraph, keeping the subsection a
 * paragraph sits under ({@code ### English}) so that the bilingual pages can pair languages.
 */
final class IntroFinder {

    private IntroFinder() {
    }

    static List<Hits.IntroHit> find(Structure s) {
        List<Hits.IntroHit> intros = new ArrayList<>();
        for (int i = 0; i < s.size; i++) {
            if (s.role[i] != Role.INTRO) {
                continue;
            }
            int end = s.end[i];
            for (int j = i + 1; j < end; j++) {
                if (s.role[j] != Role.NONE) {
                    end = j;
                    break;
                }
            }
            List<IntroParagraph> paragraphs = new ArrayList<>();
            String heading = "";
            StringBuilder current = new StringBuilder();
            for (int j = i + 1; j < end; j++) {
                Line line = s.line(j);
                if (line.kind() == LineKind.HEADING || line.kind() == LineKind.RULE) {
                    flush(paragraphs, current, heading);
                    heading = line.kind() == LineKind.HEADING ? line.text() : heading;
                    continue;
                }
                if (line.blankBefore() || line.kind() == LineKind.ITEM || line.kind() == LineKind.BOLD) {
                    flush(paragraphs, current, heading);
                }
                if (line.kind() == LineKind.BOLD && isLanguageLabel(line.text())) {
                    heading = line.text();
                    continue;
                }
                if (!current.isEmpty()) {
                    current.append('\n');
                }
                current.append(line.text());
            }
            flush(paragraphs, current, heading);
            String title = s.title(i);
            intros.add(new Hits.IntroHit(i, title, paragraphs, Phrases.timeLimitSeconds(title), end));
        }
        return intros;
    }

    /** A bold line that only names a language ({@code **English**}, {@code **한국어**}) heads a subsection. */
    static boolean isLanguageLabel(String text) {
        return text.strip().matches("(?i)(?:english|korean|영어|한국어|국문|영문)(?:\\s*(?:version|버전))?\\s*[:：]?");
    }

    private static void flush(List<IntroParagraph> paragraphs, StringBuilder current, String heading) {
        if (!current.toString().isBlank()) {
            paragraphs.add(new IntroParagraph(current.toString(), heading));
        }
        current.setLength(0);
    }
}
