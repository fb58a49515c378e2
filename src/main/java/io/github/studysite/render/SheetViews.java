package io.github.studysite.render;

import io.github.studysite.render.StudyViews.Link;
import io.github.studysite.render.StudyViews.QuestionItem;
import io.github.studysite.render.StudyViews.StoryCard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The view models of the one-pagers — a principle's cheat sheet, a story, a self-introduction — on their own pages and
 * in the print pack. What print.js may leave out of a sheet that would print under 8 pt is marked here: each such
 * item has a {@code drop} rank (lowest goes first, {@code -1} never), and a {@link More} line says how many are not on
 * the paper and where they are.
 */
public final class SheetViews {

    private SheetViews() {
    }

    /**
     * "+ N more stories: see <address>", split around its count and its link so the template holds the markup.
     *
     * @param group   which items it counts ({@code stories}, {@code questions}, {@code lines}, {@code paragraphs})
     * @param count   how many the page itself does not list (print.js adds those it leaves out)
     * @param href    the page that has them all
     * @param before  the message's text before the count
     * @param between between the count and the address
     * @param after   after the address
     */
    public record More(String group, int count, String href, String before, String between, String after) {

        static More of(Messages m, String key, String group, int count, String href) {
            String text = m.get(key);
            int n = text.indexOf("{0}");
            int u = text.indexOf("{1}");
            return new More(group, count, href, text.substring(0, n), text.substring(n + 3, u),
                    text.substring(u + 3));
        }

        /** Nothing to say (yet: print.js shows it when it leaves something out). */
        public boolean none() {
            return count == 0;
        }
    }

    /** A sentence print.js may leave out ({@code drop} ≥ 0) or must keep. */
    public record Sentence(String text, int drop) {
        public boolean droppable() {
            return drop >= 0;
        }
    }

    /** A line of text, as its sentences. */
    public record SheetLine(List<Sentence> sentences) {
    }

    /** A link print.js may leave out. */
    public record SheetLink(String label, String href, int drop) {
        public String lang() {
            return TextLanguage.of(label);
        }
    }

    /** A paragraph, as its lines. */
    public record SheetParagraph(List<SheetLine> lines) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。])\\s+");

    /**
     * Blocks of text (a story's parts, an introduction's versions; each as paragraphs of lines) with the order in which
     * print.js may leave their sentences out, from rank {@code start}: a sentence is the unit, so that one long
     * paragraph can shrink too; the block with most sentences left loses its last one first, so a long part shrinks
     * before a short one, and every block keeps its first sentence.
     */
    static List<List<SheetParagraph>> ranked(List<List<List<String>>> blocks, int start) {
        List<List<List<List<String>>>> split = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (List<List<String>> block : blocks) {
            int count = 0;
            List<List<List<String>>> paragraphs = new ArrayList<>();
            for (List<String> paragraph : block) {
                List<List<String>> lines = new ArrayList<>();
                for (String line : paragraph) {
                    List<String> sentences = List.of(SENTENCE_END.split(line.strip()));
                    lines.add(sentences);
                    count += sentences.size();
                }
                paragraphs.add(lines);
            }
            split.add(paragraphs);
            sizes.add(count);
        }
        int[][] ranks = dropOrder(sizes, start);
        List<List<SheetParagraph>> out = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            int k = 0;
            List<SheetParagraph> paragraphs = new ArrayList<>();
            for (List<List<String>> paragraph : split.get(i)) {
                List<SheetLine> lines = new ArrayList<>();
                for (List<String> line : paragraph) {
                    List<Sentence> sentences = new ArrayList<>();
                    for (String sentence : line) {
                        sentences.add(new Sentence(sentence, ranks[i][k++]));
                    }
                    lines.add(new SheetLine(sentences));
                }
                paragraphs.add(new SheetParagraph(lines));
            }
            out.add(paragraphs);
        }
        return out;
    }

    /**
     * The order in which the units of several blocks may be left out, from rank {@code start}: the block with most
     * units left loses its last one first. {@code ranks[i][j]} is unit {@code j} of block {@code i}'s rank, {@code -1}
     * for a block's first.
     */
    private static int[][] dropOrder(List<Integer> sizes, int start) {
        int[][] ranks = new int[sizes.size()][];
        int[] left = new int[sizes.size()];
        for (int i = 0; i < sizes.size(); i++) {
            ranks[i] = new int[sizes.get(i)];
            java.util.Arrays.fill(ranks[i], -1);
            left[i] = Math.max(0, sizes.get(i) - 1);
        }
        int rank = start;
        while (true) {
            int longest = -1;
            for (int i = 0; i < left.length; i++) {
                if (left[i] > 0 && (longest < 0 || left[i] >= left[longest])) {
                    longest = i;
                }
            }
            if (longest < 0) {
                return ranks;
            }
            ranks[longest][left[longest]] = rank++;
            left[longest]--;
        }
    }

    /**
     * A principle's page (page {@code n} of its lists) and its cheat sheet.
     *
     * @param stories       the stories on this page, most complete first
     * @param storiesMore   the stories not on this page, for the printed sheet
     * @param questionsMore the questions not on this page, for the printed sheet
     * @param printHref     where its sheet is in the print pack (the print button's link without JavaScript)
     * @param pager         the page's pager, or null in the print pack
     */
    public record PrincipleSheet(int number, String en, String ko, String definition, List<StoryCard> stories,
                                 boolean hasStories, int storyCount, long completeCount, List<QuestionItem> questions,
                                 boolean hasQuestions, int questionCount, long answeredCount, List<Link> sections,
                                 boolean hasSections, String catalogTitle, String indexHref, Link previous, Link next,
                                 More storiesMore, More questionsMore, String printHref, String sheetId,
                                 Paging.Pager pager) {
        PrincipleSheet withPager(Paging.Pager pager) {
            return new PrincipleSheet(number, en, ko, definition, stories, hasStories, storyCount, completeCount,
                    questions, hasQuestions, questionCount, answeredCount, sections, hasSections, catalogTitle,
                    indexHref, previous, next, storiesMore, questionsMore, printHref, sheetId, pager);
        }
    }

    /**
     * One part of a story on its sheet, which lists them in S, T, A, R order (the style sheet draws their letters).
     *
     * @param name  the part's name
     * @param lines its text, line by line (a paragraph each)
     * @param empty whether it is still to write
     */
    public record SheetPart(String name, List<SheetParagraph> lines, boolean empty) {
    }

    /**
     * A story's page and sheet.
     *
     * @param lang     the language of its texts for their {@code lang}: the note's, or empty on the story's own page,
     *                 which is in that language
     * @param hintsKey what its hints' dismissals are remembered under, with each hint's rule: the story's slug
     */
    public record StorySheet(String title, String group, List<SheetPart> parts, boolean complete, String missing,
                             List<Link> principles, String noteTitle, String noteHref, List<SheetLink> questions,
                             boolean hasQuestions, String speaking, String indexHref, String lang,
                             List<Hints.Hint> hints, boolean hasHints, String hintsKey, More sentencesMore,
                             More questionsMore,
                             String printHref, String sheetId) {
    }

    /** A self-introduction's page and sheet. */
    public record IntroSheet(IntroViews.IntroCard card, String title, String noteTitle, String noteHref,
                             String translationTitle, String translationHref, String indexHref, String lang,
                             More sentencesMore, String printHref, String sheetId) {
        public String noteTitleLang() {
            return TextLanguage.of(noteTitle);
        }
    }

    /** One volume of the print pack. */
    public record PrintPack(boolean inPack, List<IntroSheet> intros, List<PrincipleSheet> principles,
                            List<StorySheet> stories, LoopViews.LoopView loop, int count, String lead, Paging.Pager pager) {
    }
}
