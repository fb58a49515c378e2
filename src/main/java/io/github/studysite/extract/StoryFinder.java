package io.github.studysite.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds STAR blocks: a run of lines opened by S/T/A/R labels in order, each part running over the lines after its
 * label — across blank lines when another label of the same story follows — until a heading, a rule, a line at the
 * story's own indentation or less that opens something else, or a label that starts over ({@code S:} after
 * {@code R:}). A label written after a {@code Q:} line is an answer, not an Action.
 */
final class StoryFinder {

    /** How far to look ahead for the next label of a story across blank lines. */
    private static final int LOOKAHEAD = 200;

    private StoryFinder() {
    }

    static List<StoryBlock> find(Structure s) {
        List<StoryBlock> blocks = new ArrayList<>();
        int previousEnd = 0;
        int i = 0;
        while (i < s.size) {
            StarLabel label = s.labels[i];
            if (label == null || answersQ(s, i, label)) {
                i++;
                continue;
            }
            StoryBlock block = new StoryBlock(i);
            block.open(label, i, s.line(i).kind());
            int indent = s.line(i).indent();
            int j = i + 1;
            while (j < s.size) {
                StarLabel next = s.labels[j];
                if (next != null) {
                    if (next.firstOrder() > block.current()) {
                        block.open(next, j, s.line(j).kind());
                        j++;
                        continue;
                    }
                    break;
                }
                Line line = s.line(j);
                String[] tags = principleTags(line.text());
                if (tags != null && line.indent() >= indent && !line.blankBefore()) {
                    block.tags.addAll(java.util.Arrays.asList(tags));
                    j++;
                    continue;
                }
                if (isBoundary(s, j, indent) && !(block.openedAlone() && line.kind() == LineKind.ITEM
                        && s.role[j] == Role.NONE)) {
                    break;
                }
                if (line.blankBefore() && !block.currentIsEmpty() && !continues(s, j, indent, block)) {
                    break;
                }
                block.append(line.text());
                j++;
            }
            block.end = j;
            if (!block.isStory()) {
                i++;
                continue;
            }
            block.titleLine = titleLine(s, block, previousEnd);
            blocks.add(block);
            previousEnd = j;
            i = j;
        }
        return blocks;
    }

    /** Whether line {@code j} ends a story told at {@code indent}. */
    private static boolean isBoundary(Structure s, int j, int indent) {
        Line line = s.line(j);
        Role role = s.role[j];
        if (line.kind() == LineKind.HEADING || line.kind() == LineKind.RULE) {
            return true;
        }
        if (role == Role.PRINCIPLE || role == Role.INTRO || role == Role.QUESTION_LIST) {
            return true;
        }
        return s.marker[j] && line.indent() <= indent;
    }

    /** Whether a later label (before any boundary) carries on this story, so the lines up to it belong to it. */
    private static boolean continues(Structure s, int from, int indent, StoryBlock block) {
        for (int k = from; k < s.size && k < from + LOOKAHEAD; k++) {
            if (s.labels[k] != null) {
                return s.labels[k].firstOrder() > block.current();
            }
            if (isBoundary(s, k, indent)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The line just above a story that names it: a list item, bold line, heading or question, if any — above the
     * story's metadata lines ({@code **Competency:** …}, {@code LP: …}, {@code **Question This Answers:** …},
     * {@code ---}), which are read into the block on the way.
     */
    private static int titleLine(Structure s, StoryBlock block, int previousEnd) {
        int p = block.first - 1;
        while (p >= previousEnd && p >= 0 && s.labels[p] == null) {
            Line meta = s.line(p);
            String[] tags = principleTags(meta.text());
            java.util.regex.Matcher question = QUESTION_LINE.matcher(meta.text().strip());
            if (meta.kind() == LineKind.RULE && p > previousEnd) {
                block.top = p;
            } else if (tags != null) {
                block.tags.addAll(java.util.Arrays.asList(tags));
                block.top = p;
            } else if (question.matches() && block.questionLine < 0) {
                block.questionLine = p;
                block.question = question.group(1).strip();
                block.top = p;
            } else {
                break;
            }
            p--;
        }
        if (p < previousEnd || p < 0) {
            return -1;
        }
        Line line = s.line(p);
        Role role = s.role[p];
        boolean titled = line.kind() == LineKind.ITEM || line.kind() == LineKind.BOLD
                || line.kind() == LineKind.HEADING || role == Role.QUESTION;
        boolean structural = role == Role.PRINCIPLE || role == Role.QUESTION_LIST || role == Role.INTRO;
        if (!titled || structural || line.isEmpty() || line.linkOnly() || s.labels[p] != null || s.definition[p]) {
            return -1;
        }
        return p;
    }

    private static final java.util.regex.Pattern TAG_LINE = java.util.regex.Pattern.compile(
            "^(?:\\[!\\w+\\][-+]?\\s*)?(?:(?i:LPs?|leadership principles?|principles?|competenc(?:y|ies)|used for|"
                    + "related (?:LPs?|principles?))|관련\\s*LP|리더십\\s*원칙|원칙|관련\\s*원칙|역량)\\s*[:：]\\s*(.+)$");
    /** A line above a story saying which question it answers ({@code **Question This Answers:** …}). */
    private static final java.util.regex.Pattern QUESTION_LINE = java.util.regex.Pattern.compile(
            "^(?i:question(?: this answers| answered)?|answers|interview question|예상\\s*질문|질문)\\s*[:：]\\s*(\\S.*)$");

    /**
     * The principles a tag line inside a story names ({@code LPs: Ownership, Dive Deep}, {@code 관련 LP: 고객 집착}),
     * split on commas, slashes and middle dots; null for any other line. (Semicolons are kept: one principle's name
     * has one.)
     */
    static String[] principleTags(String text) {
        java.util.regex.Matcher m = TAG_LINE.matcher(text.strip());
        return m.matches() ? m.group(1).split("\\s*[,/·、]\\s*") : null;
    }

    /** {@code A:} right after a {@code Q:} line is the answer of a Q&A pair. */
    static boolean answersQ(Structure s, int i, StarLabel label) {
        if (label.parts().size() != 1 || label.first() != io.github.studysite.model.StarPart.ACTION || i == 0) {
            return false;
        }
        String previous = s.line(i - 1).text().strip();
        return previous.matches("^(?:Q\\d*|질문\\s*\\d*)\\s*[:：.)].*");
    }
}
