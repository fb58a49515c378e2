package io.github.studysite.extract;

import io.github.studysite.model.Principle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads questions and their answers. A question's answer is what is written after it, up to the next question or the
 * end of its section; the stories told there answer it. Three habits of real notes are understood:
 * <ul>
 *   <li>questions typed on consecutive lines with one answer under the last share that answer
 *       ({@code 3. 왜 우리 회사에서 일하고 싶습니까?} / {@code 4. 왜 이 일을 하고 싶습니까?});</li>
 *   <li>a question heading with nothing of its own but questions under it is a group, not a question;</li>
 *   <li>in a note that is mostly questions under headings (a Q&amp;A note), a heading with an answer but no
 *       question form ({@code # 취미 / 특기}) is a question too.</li>
 * </ul>
 * Lines inside a story or a self-introduction are part of those, not questions.
 */
final class QuestionFinder {

    private QuestionFinder() {
    }

    static List<Hits.QuestionHit> find(Structure s, List<StoryBlock> stories, List<Hits.IntroHit> intros,
                                       PrincipleMatcher matcher) {
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < s.size; i++) {
            if (s.isQuestion(i) && !insideStory(i, stories) && !insideIntro(i, intros)
                    && !Phrases.cleanTitle(s.line(i).text()).isEmpty()) {
                lines.add(i);
            }
        }
        List<Hits.QuestionHit> hits = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            int q = lines.get(k);
            int end = s.answerEnd(q);
            List<StoryBlock> answering = stories.stream().filter(b -> b.first > q && b.first < end).toList();
            String answer = text(s, q + 1, end, stories);
            // in a list of questions, only a heading that does not ask anything groups the questions under it
            boolean groupHeading = s.line(q).kind() == LineKind.HEADING && !s.line(q).summary()
                    && (s.inQuestionList[q] < 0 || !Phrases.isQuestion(s.line(q).text()))
                    && answer.isEmpty() && answering.isEmpty()
                    && lines.stream().anyMatch(other -> other > q && other < s.end[q]);
            if (groupHeading) {
                continue;
            }
            hits.add(hit(s, q, answer, answering, matcher));
        }
        for (StoryBlock block : stories) {
            if (block.questionLine >= 0) {
                // "**Question This Answers:** …" above a story: the question, answered by the story
                Set<String> principles = new LinkedHashSet<>();
                block.tags.forEach(t -> matcher.title(t).ifPresent(p -> principles.add(p.id())));
                hits.add(new Hits.QuestionHit(block.questionLine, Phrases.cleanTitle(block.question), "",
                        List.of(block), group(s, block.questionLine), principles, false));
            }
        }
        hits.sort(Comparator.comparingInt(Hits.QuestionHit::line));
        Bilingual.pair(s, hits, stories);
        shareAnswers(s, hits);
        qaNoteHeadings(s, hits, stories, intros, matcher);
        hits.sort(Comparator.comparingInt(Hits.QuestionHit::line));
        return hits;
    }

    private static Hits.QuestionHit hit(Structure s, int q, String answer, List<StoryBlock> answering,
                                        PrincipleMatcher matcher) {
        String text = s.title(q);
        Set<String> principles = new LinkedHashSet<>();
        if (s.inPrinciple[q] >= 0 && s.inPrinciple[q] != q) {
            principles.add(s.principle[s.inPrinciple[q]].id());
        }
        for (Principle p : matcher.mentions(text)) {
            principles.add(p.id());
        }
        return new Hits.QuestionHit(q, text, answer, answering, group(s, q), principles, false);
    }

    /**
     * The innermost titled section a line sits in: a group title, a question list, a principle or a heading (a
     * question heading too, when it groups questions rather than being one of a list).
     */
    static String group(Structure s, int line) {
        int best = -1;
        for (int candidate : new int[] {s.inGroup[line], s.inQuestionList[line], s.inPrinciple[line],
                s.inHeading[line]}) {
            if (candidate < 0 || candidate == line || candidate <= best) {
                continue;
            }
            boolean groups = s.role[candidate] != Role.QUESTION
                    || (s.line(candidate).kind() == LineKind.HEADING && s.inQuestionList[candidate] < 0);
            if (groups) {
                best = candidate;
            }
        }
        return best < 0 ? "" : s.title(best);
    }

    /** Consecutive questions whose last one is answered share its answer. */
    private static void shareAnswers(Structure s, List<Hits.QuestionHit> hits) {
        for (int k = hits.size() - 2; k >= 0; k--) {
            Hits.QuestionHit q = hits.get(k);
            Hits.QuestionHit next = hits.get(k + 1);
            Line a = s.line(q.line());
            Line b = s.line(next.line());
            if (q.answer().isEmpty() && q.stories().isEmpty() && b.number() == a.number() + 1
                    && a.kind() == b.kind() && a.indent() == b.indent()) {
                hits.set(k, new Hits.QuestionHit(q.line(), q.text(), next.answer(), next.stories(), q.group(),
                        q.principles(), false, q.translation()));
            }
        }
    }

    /** In a Q&amp;A note, answered headings without a question form are questions too. */
    private static void qaNoteHeadings(Structure s, List<Hits.QuestionHit> hits, List<StoryBlock> stories,
                                       List<Hits.IntroHit> intros, PrincipleMatcher matcher) {
        int top = Integer.MAX_VALUE;
        for (int i = 0; i < s.size; i++) {
            if (s.line(i).kind() == LineKind.HEADING && s.role[i] != Role.PRINCIPLE) {
                top = Math.min(top, s.line(i).level());
            }
        }
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < s.size; i++) {
            if (s.line(i).kind() == LineKind.HEADING && s.line(i).level() == top) {
                headings.add(i);
            }
        }
        int withQuestions = 0;
        for (int h : headings) {
            if (s.role[h] != Role.NONE || hasQuestion(s, h)) {
                withQuestions++;
            }
        }
        if (headings.size() < 3 || withQuestions * 2 < headings.size()) {
            return;
        }
        for (int h : headings) {
            if (s.role[h] != Role.NONE || hasQuestion(s, h) || insideIntro(h, intros)
                    || Phrases.isAside(s.line(h).text()) || onlyTasks(s, h)) {
                continue; // an aside or a to-do list answers nothing
            }
            String answer = text(s, h + 1, s.end[h], stories);
            if (!answer.isEmpty()) {
                hits.add(hit(s, h, answer, stories.stream().filter(b -> b.first > h && b.first < s.end[h]).toList(),
                        matcher));
            }
        }
    }

    private static boolean onlyTasks(Structure s, int section) {
        boolean any = false;
        for (int j = section + 1; j < s.end[section]; j++) {
            if (!s.line(j).isEmpty()) {
                if (s.line(j).task() == 0) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean hasQuestion(Structure s, int section) {
        for (int j = section + 1; j < s.end[section]; j++) {
            if (s.role[j] == Role.QUESTION || s.role[j] == Role.QUESTION_LIST || s.role[j] == Role.INTRO) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of lines {@code [from, to)} as an answer: definitions left out, stories as they are written, bare
     * STAR labels ({@code S:} with nothing after it) left out — a story skeleton is not an answer yet.
     */
    static String text(Structure s, int from, int to, List<StoryBlock> stories) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < to; j++) {
            Line line = s.line(j);
            if (s.definition[j] || line.isEmpty() || (s.labels[j] != null && s.labels[j].rest().isEmpty())) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(line.text());
        }
        return sb.toString().strip();
    }

    private static boolean insideStory(int line, List<StoryBlock> stories) {
        for (StoryBlock b : stories) {
            if (b.contains(line) && line != b.titleLine) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideIntro(int line, List<Hits.IntroHit> intros) {
        for (Hits.IntroHit intro : intros) {
            if (line > intro.line() && line < intro.end()) {
                return true;
            }
        }
        return false;
    }
}
