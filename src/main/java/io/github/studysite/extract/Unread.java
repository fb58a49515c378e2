package io.github.studysite.extract;

import io.github.studysite.model.ReadingHint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that look like part of the study model but were not read as it — a STAR label outside any story, a
 * heading or list item asking a question that is not in the question bank — so the author of a note read wrongly
 * learns where and why ({@code path:line} in the build log, and on the note's page).
 */
final class Unread {

    /** A bracket opening or closing a heading that translates a question: {@code (Why this company?)}. */
    private static final Pattern BRACKET_ENDS = Pattern.compile("^[(\\[（]|[)\\]）]$");

    private Unread() {
    }

    static List<ReadingHint> hints(Structure s, List<StoryBlock> stories, List<Hits.QuestionHit> questions,
                                       List<Hits.IntroHit> intros) {
        Set<Integer> taken = new HashSet<>();
        questions.forEach(q -> taken.add(q.line()));
        intros.forEach(i -> taken.add(i.line()));
        Set<String> translations = new HashSet<>();
        questions.forEach(q -> translations.add(Phrases.normalise(q.translation())));
        List<ReadingHint> hints = new ArrayList<>();
        for (int i = 0; i < s.size; i++) {
            Line line = s.line(i);
            if (inside(stories, i) || insideIntro(intros, i)) {
                continue;
            }
            if (s.labels[i] != null && !s.labels[i].learnings() && !StoryFinder.answersQ(s, i, s.labels[i])) {
                hints.add(new ReadingHint(line.number(), ReadingHint.LABEL, Phrases.firstWords(line.text(), 40), ""));
            } else if (!taken.contains(i) && s.role[i] != Role.QUESTION_LIST && line.kind() != LineKind.TEXT
                    && line.kind() != LineKind.END && !line.linkOnly()
                    && !translations.contains(Phrases.normalise(BRACKET_ENDS.matcher(Phrases.cleanTitle(line.text()))
                            .replaceAll(""))) && Phrases.isQuestion(line.text())) {
                hints.add(new ReadingHint(line.number(), ReadingHint.QUESTION, Phrases.firstWords(line.text(), 40), ""));
            }
        }
        return hints;
    }

    private static boolean inside(List<StoryBlock> stories, int line) {
        for (StoryBlock b : stories) {
            if (b.contains(line) || b.titleLine == line) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideIntro(List<Hits.IntroHit> intros, int line) {
        for (Hits.IntroHit intro : intros) {
            if (line >= intro.line() && line < intro.end()) {
                return true;
            }
        }
        return false;
    }
}
