package io.github.studysite.extract;

import io.github.studysite.model.Principle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outline of a note: for every line, its outline level, what it opens (a principle's section, a list of
 * questions, a self-introduction, a question) and which sections it sits in.
 *
 * <p>Levels follow how people indent, not CommonMark's nesting: headings by their level (1–6), then everything else
 * by indentation, and at equal indentation a bold sub-title above list items, and list styles in the order the note
 * first uses them ({@code 1.} above {@code 1)} when {@code 1.} came first). A section runs until the next line at the
 * same or a higher level; a new principle always closes the previous one. This is what makes {@code 1)} items typed
 * three spaces in under {@code 9.  Bias for Action} belong to it, and {@code 1.  Frugality} after it a new principle,
 * whatever the numbers say. Computed in one pass with a stack.
 */
final class Structure {

    final List<Line> lines;
    final int size;
    final StarLabel[] labels;
    final boolean[] marker;
    final int[] level;
    final Role[] role;
    final Principle[] principle;
    /** For a section-opening line: the index where its section ends (exclusive). */
    final int[] end;
    /** The innermost principle section, question list and heading each line sits in (-1 for none). */
    final int[] inPrinciple;
    final int[] inQuestionList;
    final int[] inHeading;
    /** The innermost plain bold line or heading each line sits in: the group a story or topic belongs to. */
    final int[] inGroup;
    /** Lines that repeat a principle's definition. */
    final boolean[] definition;

    Structure(List<Line> lines, PrincipleMatcher matcher) {
        this.lines = lines;
        this.size = lines.size();
        labels = new StarLabel[size];
        marker = new boolean[size];
        level = new int[size];
        role = new Role[size];
        principle = new Principle[size];
        end = new int[size];
        inPrinciple = new int[size];
        inQuestionList = new int[size];
        inHeading = new int[size];
        inGroup = new int[size];
        definition = new boolean[size];

        boolean[] questionForm = new boolean[size];
        // the principle each line's text names as a title, asked once per line (both passes below need it)
        Principle[] titles = new Principle[size];
        Map<Character, Integer> styleRank = new HashMap<>();
        boolean[] askedBack = new boolean[size];
        int askingBack = -1; // the heading or question asking for the candidate's own questions, while in its body
        for (int i = 0; i < size; i++) {
            Line line = lines.get(i);
            if (askingBack >= 0 && ends(askingBack, line)) {
                askingBack = -1;
            }
            labels[i] = StarLabel.of(line.kind(), line.text());
            if (labels[i] == null && opensParagraph(i)) {
                // a STAR word alone as the first line of a paragraph, its text on the next lines ("상황\n신규…"),
                // is a label: the end of a wrapped sentence never starts a paragraph
                StarLabel label = StarLabel.of(LineKind.BOLD, line.text());
                labels[i] = label != null && label.alone() && label.star() && label.typo().isEmpty() ? label : null;
            }
            if (line.kind() == LineKind.ITEM) {
                styleRank.putIfAbsent(line.marker(), styleRank.size() + 1);
            }
            boolean paragraphStart = i == 0 || lines.get(i - 1).block() != line.block() || line.blankBefore();
            // a task item is something to do or study; a line wholly in quotation marks is someone's words quoted
            // (an example dialogue), not a question the author prepares
            questionForm[i] = labels[i] == null && !line.linkOnly() && line.task() == 0
                    && !(line.kind() == LineKind.TEXT && Phrases.isQuoted(line.text()))
                    && Phrases.isQuestion(line.text())
                    && (line.kind() != LineKind.TEXT || paragraphStart || (i > 0 && questionForm[i - 1])
                    || Phrases.hasQuestionPrefix(line.text()));
            if (askingBack >= 0 && !(questionForm[i] && Phrases.isAskingBack(line.text()))) {
                // the questions the candidate means to ask, not ones to answer; the interviewer's "질문있으세요?"
                // under "# 면접관 역질문" is still one
                questionForm[i] = false;
                askedBack[i] = true;
            } else if (askingBack < 0 && (line.kind() == LineKind.HEADING || questionForm[i])
                    && Phrases.isAskingBack(line.text())) {
                askingBack = i;
            }
            if (line.kind() == LineKind.HEADING && !line.summary()) {
                titles[i] = matcher.titleWithWords(line.text()).orElse(null);
            } else if (line.kind() != LineKind.TEXT || line.blankBefore()) {
                titles[i] = matcher.title(line.text()).orElse(null);
            }
            boolean principleTitle = line.kind() == LineKind.TEXT && line.blankBefore() && titles[i] != null;
            boolean introTitle = line.kind() == LineKind.TEXT && alone(i) && Phrases.isIntroTitle(line.text());
            marker[i] = labels[i] == null && (line.kind() != LineKind.TEXT || questionForm[i] || principleTitle
                    || introTitle);
            level[i] = levelOf(line, marker[i], styleRank);
        }

        Deque<Integer> stack = new ArrayDeque<>();
        Map<Integer, Integer> questionLevel = new HashMap<>();
        Map<Principle, String> definitions = new java.util.IdentityHashMap<>();
        for (int i = 0; i < size; i++) {
            Line line = lines.get(i);
            role[i] = Role.NONE;
            if (marker[i]) {
                while (!stack.isEmpty() && level[stack.peek()] >= level[i]) {
                    end[stack.pop()] = i;
                }
                if (line.kind() == LineKind.END) {
                    role[i] = Role.NONE;
                    inPrinciple[i] = innermost(stack, Role.PRINCIPLE);
                    inQuestionList[i] = innermost(stack, Role.QUESTION_LIST);
                    inHeading[i] = innermostHeading(stack);
                    inGroup[i] = innermostGroup(stack);
                    end[i] = i + 1;
                    continue;
                }
                int list = innermost(stack, Role.QUESTION_LIST);
                // under a list of questions, a heading asks only if it reads as a question ("Signals" does not)
                boolean listed = list >= 0 && !askedBack[i] && !line.isEmpty() && !line.linkOnly() && line.task() == 0
                        && (line.kind() != LineKind.HEADING || questionForm[i] || line.summary())
                        && listsQuestion(line, list, questionLevel);
                var named = line.linkOnly() ? java.util.Optional.<Principle>empty()
                        : line.kind() != LineKind.TEXT || line.blankBefore() ? java.util.Optional.ofNullable(titles[i])
                        : matcher.title(line.text());
                if (line.linkOnly()) {
                    role[i] = Role.NONE;
                } else if ((line.kind() != LineKind.TEXT || alone(i)) && line.kind() != LineKind.RULE
                        && Phrases.isIntroTitle(line.text())) {
                    role[i] = Role.INTRO;
                } else if (listed && !(line.kind() == LineKind.HEADING && matcher.isExactName(line.text()))) {
                    role[i] = Role.QUESTION;
                } else if (named.isPresent() && !questionForm[i]) {
                    role[i] = Role.PRINCIPLE;
                    principle[i] = named.get();
                    closePrinciple(stack, i);
                } else if (line.kind() != LineKind.TEXT && line.kind() != LineKind.RULE
                        && Phrases.isQuestionSection(line.text())) {
                    role[i] = Role.QUESTION_LIST;
                } else if (questionForm[i] || line.summary()) {
                    role[i] = Role.QUESTION;
                }
                stack.push(i);
            }
            inPrinciple[i] = innermost(stack, Role.PRINCIPLE);
            inQuestionList[i] = innermost(stack, Role.QUESTION_LIST);
            inHeading[i] = innermostHeading(stack);
            inGroup[i] = innermostGroup(stack);
            definition[i] = !marker[i] && inPrinciple[i] >= 0 && repeatsDefinition(line,
                    definitions.computeIfAbsent(principle[inPrinciple[i]], p -> Phrases.normalise(p.definition())));
        }
        while (!stack.isEmpty()) {
            end[stack.pop()] = size;
        }
        promoteQuestionLists();
    }

    /**
     * Under a plain heading whose lines are mostly questions, the remaining short prompts are questions too
     * ({@code 프로젝트 중 겪었던 가장 어려웠던 기술적 문제} among "왜 …했나요?" lines), not answers to the question above.
     */
    private void promoteQuestionLists() {
        for (int h = 0; h < size; h++) {
            if (lines.get(h).kind() != LineKind.HEADING || role[h] != Role.NONE || inPrinciple[h] >= 0
                    || inQuestionList[h] >= 0) {
                continue;
            }
            int direct = 0;
            int asked = 0;
            for (int j = h + 1; j < end[h]; j++) {
                if (inHeading[j] == h && !lines.get(j).isEmpty()) {
                    direct++;
                    asked += role[j] == Role.QUESTION ? 1 : 0;
                }
            }
            if (direct == 0 || asked * 2 < direct) {
                continue;
            }
            for (int j = h + 1; j < end[h]; j++) {
                Line line = lines.get(j);
                if (inHeading[j] == h && role[j] == Role.NONE && labels[j] == null && !line.linkOnly() && line.task() == 0
                        && (line.kind() == LineKind.TEXT || line.kind() == LineKind.ITEM)
                        && (line.blankBefore() || line.kind() == LineKind.ITEM)
                        && Phrases.isTopicLike(line.text())) {
                    role[j] = Role.QUESTION;
                    end[j] = end[h];
                }
            }
        }
    }

    /**
     * Whether a line opening a section inside a question list is one of its questions: any heading under it, and
     * list items at the level of its first list item (deeper items are part of the answers).
     */
    private boolean listsQuestion(Line line, int list, Map<Integer, Integer> questionLevel) {
        if (line.kind() == LineKind.HEADING) {
            return true;
        }
        if (line.kind() != LineKind.ITEM) {
            return false;
        }
        Integer first = questionLevel.putIfAbsent(list, level[line.index()]);
        return first == null || first == level[line.index()];
    }

    private static int levelOf(Line line, boolean marker, Map<Character, Integer> styleRank) {
        int base = 10 + line.indent() * 10;
        return switch (line.kind()) {
            case HEADING -> line.level();
            case BOLD, RULE -> base;
            case END -> line.level();
            case ITEM -> base + styleRank.getOrDefault(line.marker(), 1);
            case TEXT -> marker ? base : base + 9;
        };
    }

    /** Whether text line {@code i} is a paragraph of its own ({@code > Introduce yourself}). */
    private boolean alone(int i) {
        Line line = lines.get(i);
        return line.blankBefore() && (i + 1 >= size || lines.get(i + 1).block() != line.block());
    }

    /** A new principle closes the one before it, whatever their levels. */
    private void closePrinciple(Deque<Integer> stack, int at) {
        if (innermost(stack, Role.PRINCIPLE) < 0) {
            return;
        }
        while (!stack.isEmpty()) {
            int popped = stack.pop();
            end[popped] = at;
            if (role[popped] == Role.PRINCIPLE) {
                return;
            }
        }
    }

    private int innermost(Deque<Integer> stack, Role wanted) {
        for (int i : stack) {
            if (role[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private int innermostHeading(Deque<Integer> stack) {
        for (int i : stack) {
            if (lines.get(i).kind() == LineKind.HEADING) {
                return i;
            }
        }
        return -1;
    }

    private int innermostGroup(Deque<Integer> stack) {
        for (int i : stack) {
            LineKind kind = lines.get(i).kind();
            if (role[i] == Role.NONE && (kind == LineKind.BOLD || kind == LineKind.HEADING)) {
                return i;
            }
        }
        return -1;
    }

    /** @param def the principle's definition, {@link Phrases#normalise normalised} */
    private static boolean repeatsDefinition(Line line, String def) {
        String text = Phrases.normalise(line.text(), 40);
        if (def.length() < 20 || text.length() < 20) {
            return false;
        }
        return def.startsWith(text.substring(0, 20)) || def.contains(text.substring(0, Math.min(text.length(), 40)));
    }

    Line line(int i) {
        return lines.get(i);
    }

    boolean isQuestion(int i) {
        return role[i] == Role.QUESTION;
    }

    /** Where the answer to question {@code q} ends: at the next question, or where its section ends. */
    int answerEnd(int q) {
        for (int j = q + 1; j < end[q]; j++) {
            if (role[j] != Role.NONE) {
                return j;
            }
        }
        return end[q];
    }

    /** The title of the section opened at {@code i}, numbering removed. */
    /**
     * Whether a line ends the body of the heading or question at {@code start}: a heading as high, or for a question,
     * a heading or the next line written like the question (same kind, quoted or not alike).
     */
    private boolean ends(int start, Line line) {
        Line open = lines.get(start);
        if (line.kind() == LineKind.HEADING) {
            return open.kind() != LineKind.HEADING || line.level() <= open.level();
        }
        return open.kind() != LineKind.HEADING && line.kind() == open.kind() && line.quoted() == open.quoted()
                && line.indent() <= open.indent();
    }

    /** Whether a plain line starts a paragraph that goes on in the next file line. */
    private boolean opensParagraph(int i) {
        Line line = lines.get(i);
        if (line.kind() != LineKind.TEXT || !line.blankBefore() || i + 1 >= size) {
            return false;
        }
        Line next = lines.get(i + 1);
        return next.block() == line.block() && next.number() == line.number() + 1;
    }

    String title(int i) {
        return Phrases.cleanTitle(lines.get(i).text());
    }
}
