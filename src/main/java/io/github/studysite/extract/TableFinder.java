package io.github.studysite.extract;

import io.github.studysite.model.StarPart;
import io.github.studysite.markdown.NoteOutline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads question banks and stories kept in Markdown tables, a common way to keep them tidy: a table with a question
 * column ({@code 질문}, {@code Question}, {@code Q}) gives one question per row, answered by its answer column
 * ({@code 답변}, {@code Answer}, {@code A}); a table with at least two STAR columns ({@code Situation}, {@code 상황}, …)
 * gives one story per row, titled by a {@code Title}/{@code 제목}/{@code Story} column and filed under the principles
 * of a {@code LP}/{@code 원칙} column, or of the section the table sits in.
 */
final class TableFinder {

    private static final Pattern QUESTION = Pattern.compile("(?i)q|questions?|질문|문항|예상\\s*질문");
    private static final Pattern ANSWER = Pattern.compile("(?i)a|answers?|답|답변|대답|모범\\s*답변");
    private static final Pattern TITLE = Pattern.compile("(?i)title|story|stories|제목|스토리|사례|경험");
    private static final Pattern PRINCIPLE = Pattern.compile("(?i)lps?|principles?|leadership\\s*principles?|원칙|리더십\\s*원칙");

    /** A question row. */
    record Row(Line line, String question, String answer, String group, Set<String> principles) {
    }

    /** A story row. */
    record StoryRow(Line line, String title, Map<StarPart, String> parts, Set<String> principles, String group) {
    }

    /** What the tables of a note hold; {@code lines}: the file line every table starts on. */
    record Result(List<Row> questions, List<StoryRow> stories, List<Integer> lines) {
    }

    private TableFinder() {
    }

    static Result find(NoteOutline outline, Structure s, PrincipleMatcher matcher) {
        List<Row> questions = new ArrayList<>();
        List<StoryRow> stories = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (NoteOutline.Table table : outline.tables()) {
            lines.add(table.line());
            List<String> header = table.header();
            int q = column(header, QUESTION);
            int a = column(header, ANSWER);
            int title = column(header, TITLE);
            int lp = column(header, PRINCIPLE);
            Map<StarPart, Integer> star = new EnumMap<>(StarPart.class);
            for (int c = 0; c < header.size(); c++) {
                StarLabel label = StarLabel.of(LineKind.BOLD, header.get(c));
                if (label != null && label.parts().size() == 1) {
                    star.putIfAbsent(label.first(), c);
                }
            }
            int context = lineBefore(s, table.line());
            if (q < 0 && star.size() < 2) {
                StoryRow story = labelledRows(table, s, context);
                if (story != null) {
                    stories.add(story);
                }
                continue;
            }
            String group = context < 0 ? "" : QuestionFinder.group(s, context + 1 < s.size ? context + 1 : context);
            for (NoteOutline.Row row : table.rows()) {
                List<String> cells = row.cells();
                int number = row.line();
                Set<String> principles = new LinkedHashSet<>();
                if (lp >= 0) {
                    for (String name : cell(cells, lp).split("\\s*[,/·]\\s*")) {
                        matcher.title(name).ifPresent(p -> principles.add(p.id()));
                    }
                }
                if (principles.isEmpty() && context >= 0 && s.inPrinciple[context] >= 0) {
                    principles.add(s.principle[s.inPrinciple[context]].id());
                }
                String text = String.join(" | ", cells);
                Line line = Line.tableLine(number, text, row.id(), table.quoted());
                if (q >= 0 && !cell(cells, q).isEmpty()) {
                    String question = Phrases.cleanTitle(cell(cells, q));
                    for (var p : matcher.mentions(question)) {
                        principles.add(p.id());
                    }
                    questions.add(new Row(line, question, a >= 0 ? cell(cells, a) : "", group, principles));
                } else if (star.size() >= 2) {
                    Map<StarPart, String> parts = new EnumMap<>(StarPart.class);
                    star.forEach((part, c) -> parts.put(part, cell(cells, c)));
                    stories.add(new StoryRow(line, title >= 0 ? cell(cells, title) : "", parts, principles, group));
                }
            }
        }
        return new Result(questions, stories, lines);
    }

    /**
     * A story kept as a two-column table whose rows are labelled ({@code | **Situation** | … |}, {@code | S | … |}):
     * one story, titled by the heading the table sits under; null unless at least two rows are STAR parts.
     */
    private static StoryRow labelledRows(NoteOutline.Table table, Structure s, int context) {
        Map<StarPart, String> parts = new EnumMap<>(StarPart.class);
        for (NoteOutline.Row row : table.rows()) {
            List<String> cells = row.cells();
            String name = cell(cells, 0).replaceAll("[*_]", "").strip();
            StarLabel label = name.isEmpty() ? null
                    : StarLabel.of(LineKind.BOLD, name.endsWith(":") || name.endsWith("：") ? name : name + ":");
            if (label == null || !label.alone() || label.parts().size() != 1) {
                continue;
            }
            parts.putIfAbsent(label.first(), String.join(" ", cells.subList(1, cells.size())).strip());
        }
        if (parts.size() < 2 || parts.values().stream().allMatch(String::isEmpty)) {
            return null;
        }
        Set<String> principles = new LinkedHashSet<>();
        String title = "";
        String group = "";
        if (context >= 0) {
            if (s.inPrinciple[context] >= 0) {
                principles.add(s.principle[s.inPrinciple[context]].id());
            }
            if (s.line(context).kind() == LineKind.HEADING && s.role[context] != Role.PRINCIPLE) {
                title = s.title(context);
            }
            group = QuestionFinder.group(s, context);
        }
        Line line = Line.tableLine(table.line(), title, table.id(), table.quoted());
        return new StoryRow(line, title, parts, principles, group);
    }

    private static int column(List<String> header, Pattern pattern) {
        for (int c = 0; c < header.size(); c++) {
            if (pattern.matcher(header.get(c).strip().replaceAll("[*_:：]", "")).matches()) {
                return c;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int c) {
        return c < cells.size() ? cells.get(c) : "";
    }

    /** The index of the last outline line above a file line, for the section a table sits in; -1 if none. */
    private static int lineBefore(Structure s, int number) {
        int found = -1;
        for (int i = 0; i < s.size && s.line(i).number() < number; i++) {
            found = i;
        }
        return found;
    }
}
