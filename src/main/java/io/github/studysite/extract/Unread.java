package io.github.studysite.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lines that look like part of the study model but were not read as it — a STAR label outside any story, a
 * heading or list item asking a question that is not in the question bank — so the author of a note read wrongly
 * learns where and why ({@code path:line} in the build log, and on the note's page).
 */
final class Unread {

    private Unread() {
    }

    static List<Extraction.Hint> hints(Structure s, List<StoryBlock> stories, List<Hits.QuestionHit> questions,
                                       List<Hits.IntroHit> intros) {
        Set<Integer> taken = new HashSet<>();
        questions.forEach(q -> taken.add(q.line()));
        intros.forEach(i -> taken.add(i.line()));
        Set<String> translations = new HashSet<>();
        questions.forEach(q -> translations.add(Phrases.normalise(q.translation())));
        List<Extraction.Hint> hints = new ArrayList<>();
        for (int i = 0; i < s.size; i++) {
            Line line = s.line(i);
            if (inside(stories, i) || insideIntro(intros, i)) {
                continue;
            }
            if (s.labels[i] != null && !s.labels[i].learnings() && !StoryFinder.answersQ(s, i, s.labels[i])) {
                hints.add(new Extraction.Hint(line.number(), "'" + Phrases.firstWords(line.text(), 40)
                        + "' looks like a STAR label, but no story was read here: a story opened by a word other "
                        + "than Situation/Task/Action/Result (or S/T/A/R, 상황/과제/행동/결과) needs a second label"));
            } else if (!taken.contains(i) && s.role[i] != Role.QUESTION_LIST
                    && !translations.contains(Phrases.normalise(Phrases.cleanTitle(line.text()).replaceAll("^[(\\[（]|[)\\]）]$", ""))) && line.kind() != LineKind.TEXT
                    && line.kind() != LineKind.END && !line.linkOnly() && Phrases.isQuestion(line.text())) {
                hints.add(new Extraction.Hint(line.number(), "'" + Phrases.firstWords(line.text(), 40)
                        + "' reads like a question but is not in the question bank: it sits inside the answer "
                        + "of the question above it; make it a heading or a list item of its own to ask it"));
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
