package io.github.studysite.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The view models of the study pages — what their templates show, already linked relative to the page. Records only:
 * the markup is in the templates.
 */
public final class StudyViews {

    private StudyViews() {
    }

    /**
     * A link with its text.
     *
     * @param lang the label's language for its {@code lang}, or empty where it is the language of the page the link
     *             is on ({@link #on})
     */
    public record Link(String label, String href, String lang) {
        /** A link whose label says its own language, whatever the page's. */
        public Link(String label, String href) {
            this(label, href, TextLanguage.of(label));
        }

        /** A link on a page in {@code pageLang}: its label says its language only where it is another. */
        public static Link on(String pageLang, String label, String href) {
            return new Link(label, href, TextLanguage.on(pageLang, label));
        }
    }

    /** An item of a note's "found in this note" panel: where it is written ({@code line}) and where it leads. */
    public record PanelItem(String label, String href, int line) {
    }

    /** A line of a note read with a guess or not read: {@code path:line} and what the author can do. */
    public record PanelHint(String location, String message) {
    }

    /**
     * One STAR part's badge: filled or still to write.
     *
     * @param letter S, T, A or R
     * @param name   the part's name in the UI language
     * @param filled whether it has text
     */
    public record PartBadge(String letter, String name, boolean filled) {
    }

    /**
     * A story as listed on principle pages, the dashboard and the STAR index.
     *
     * @param title       title (or the untitled label)
     * @param href        its page
     * @param noteTitle   the note it is told in
     * @param noteHref    the place in the note
     * @param principles  its principles, linked
     * @param parts       S/T/A/R badges
     * @param status      {@code complete}, {@code incomplete} or {@code empty}
     * @param statusLabel status in words
     * @param chars       length in characters
     * @param speaking    speaking time as {@code m:ss}
     * @param result      the Result part's first line, on a principle's cheat sheet; empty elsewhere, or when none
     * @param hints       the coach's hints on it
     * @param pageLang    the language of the pages it is listed on (the interface's): its texts say theirs where it
     *                    is another
     */
    public record StoryCard(String title, String href, String noteTitle, String noteHref, List<Link> principles,
                            List<PartBadge> parts, String status, String statusLabel, int chars,
                            String speaking, String result, List<Hints.Hint> hints, String pageLang) {
        public String titleLang() {
            return TextLanguage.on(pageLang, title);
        }

        public String noteTitleLang() {
            return TextLanguage.on(pageLang, noteTitle);
        }

        public String resultLang() {
            return TextLanguage.on(pageLang, result);
        }

        public boolean complete() {
            return "complete".equals(status);
        }

        public boolean needsWork() {
            return !hints.isEmpty();
        }

        /** The letters of the parts that have text, in S/T/A/R order: what the badge's CSS draws filled. */
        public String filledParts() {
            return parts.stream().filter(PartBadge::filled).map(PartBadge::letter).collect(Collectors.joining());
        }

        /** The names of the parts still to write, for the badge's tooltip; empty when none or all are. */
        public String missingParts() {
            if (!"incomplete".equals(status)) {
                return "";
            }
            return parts.stream().filter(p -> !p.filled()).map(PartBadge::name).collect(Collectors.joining(", "));
        }
    }

    /**
     * One part of a story on its page.
     *
     * @param letter S, T, A or R
     * @param name   the part's name ({@code Situation · 상황})
     * @param lines  its text, line by line
     * @param empty  whether it is still to write
     */
    public record PartBlock(String letter, String name, List<String> lines, boolean empty) {
    }

    /**
     * A question as listed in the question bank and on principle pages.
     *
     * @param id         anchor on the question bank
     * @param text       the question
     * @param group      the section it is listed under
     * @param answered   whether it has an answer
     * @param answer     the answer, line by line
     * @param seconds    speaking time of the answer
     * @param speaking   speaking time as {@code m:ss}
     * @param href       link to it in the question bank
     * @param noteTitle  its note
     * @param noteHref   link to it in the note
     * @param stories    stories told in its answer
     * @param principles principles it probes
     * @param introHref  link to the self-introduction page when it asks for one, else empty
     * @param standalone whether it is listed outside its note's group (on a principle's page), so names its note
     *                   itself
     * @param file       the search file its answer is shown from when it is opened, where the item names it itself
     *                   (a standalone item whose note is in the search index); else empty
     * @param pageLang   the language of the pages it is listed on (the interface's): its texts say theirs where it
     *                   is another
     */
    public record QuestionItem(String id, String text, String group, boolean answered, List<String> answer,
                               int seconds, String speaking, String href, String noteTitle, String noteHref,
                               List<Link> stories, List<Link> principles, String introHref, boolean standalone,
                               String file, String pageLang) {
        public String textLang() {
            return TextLanguage.on(pageLang, text);
        }

        public String answerLang() {
            return TextLanguage.on(pageLang, String.join("\n", answer));
        }

        /**
         * The answer's paragraphs, each marked with its own language only where it differs from the answer's (an
         * English answer may quote a Korean line); the others inherit the answer's language.
         */
        public List<AnswerParagraph> answerParagraphs() {
            String own = TextLanguage.of(answer);
            return answer.stream().map(line -> new AnswerParagraph(line, TextLanguage.on(own, line))).toList();
        }

        public String noteTitleLang() {
            return TextLanguage.on(pageLang, noteTitle);
        }

        public boolean hasStories() {
            return !stories.isEmpty();
        }
    }

    /** One paragraph of an answer, with its language when it is not the answer's ({@code ""} when it is). */
    public record AnswerParagraph(String text, String lang) {
    }

    /**
     * Questions under one heading (a note, a principle, a group).
     *
     * @param title     heading
     * @param href      link for the heading, or empty
     * @param questions the questions
     * @param answered  how many are answered, of all the heading's questions
     * @param total     how many questions the heading has (more than {@code questions} when only some are listed)
     * @param file      the search file ({@code search/c<file>.js}) holding the answers of a note's questions, which
     *                  the question bank shows from there; empty for a principle
     */
    public record QuestionGroup(String title, String href, List<QuestionItem> questions, int answered, int total,
                                String file) {
        public String titleLang() {
            return TextLanguage.of(title);
        }

        /** How many of the heading's questions are not listed here. */
        public int more() {
            return total - questions.size();
        }

        public boolean hasMore() {
            return more() > 0;
        }
    }

    /**
     * A principle on the principles index and in the coverage matrix.
     *
     * @param number     catalog number
     * @param id         id
     * @param name       name in the UI language
     * @param en         English name
     * @param ko         Korean name
     * @param href       its page
     * @param stories    stories filed under it
     * @param complete   complete stories
     * @param questions  questions probing it
     * @param status     {@code none}, {@code incomplete} or {@code complete}
     * @param statusLabel status in words
     */
    public record PrincipleCard(int number, String id, String name, String en, String ko, String href, int stories,
                                int complete, int questions, String status, String statusLabel) {
    }

    /**
     * A study topic in the checklist.
     *
     * @param id    stable id for remembering it as done
     * @param title topic
     * @param hint  what to study about it
     * @param group section it is listed under
     * @param href  link to it in its note
     */
    public record TopicItem(String id, String title, String hint, String group, String href) {
        public String titleLang() {
            return TextLanguage.of(title);
        }

        public String hintLang() {
            return TextLanguage.of(hint);
        }

        public String groupLang() {
            return TextLanguage.of(group);
        }
    }

    /**
     * Topics of one note.
     *
     * @param noteTitle note
     * @param noteHref  its page
     * @param topics    topics
     */
    public record TopicGroup(String noteTitle, String noteHref, List<TopicItem> topics) {
        public String noteTitleLang() {
            return TextLanguage.of(noteTitle);
        }
    }

    /**
     * A difference between revisions.
     *
     * @param kind   story or question, in words
     * @param status added, removed or changed (a CSS class)
     * @param label  the status in words
     * @param title  what changed
     * @param detail which parts
     */
    public record ChangeItem(String kind, String status, String label, String title, String detail) {
        public String titleLang() {
            return TextLanguage.of(title);
        }

        public String detailLang() {
            return TextLanguage.of(detail);
        }
    }

    /**
     * The changes from one revision to the next.
     *
     * @param from    older revision's file
     * @param fromHref its page
     * @param to      newer revision's file
     * @param toHref  its page
     * @param changes the differences
     */
    public record RevisionStep(String from, String fromHref, String to, String toHref, List<ChangeItem> changes) {
        public boolean hasChanges() {
            return !changes.isEmpty();
        }
    }

    /**
     * What a note's page lists of its study model ({@code study} in {@code note.mustache}): a few of its stories,
     * questions, topics and hints, with how many there are, and its older revisions.
     *
     * @param panelPrinciples    the principles its sections file stories under
     * @param panelStories       its first stories
     * @param panelStoryCount    all its stories
     * @param panelQuestions     its first questions
     * @param panelQuestionCount all its questions
     * @param panelTopics        its first topics
     * @param panelTopicCount    all its topics
     * @param panelHints         the coach's first hints on it
     * @param panelHintCount     all of them
     * @param revisions          its older revisions, oldest first
     * @param changesHref        the page of what changed between revisions, or empty
     */
    public record NotePanel(List<Link> panelPrinciples, List<PanelItem> panelStories, int panelStoryCount,
                            List<PanelItem> panelQuestions, int panelQuestionCount, List<PanelItem> panelTopics,
                            int panelTopicCount, List<PanelHint> panelHints, int panelHintCount,
                            List<Link> revisions, String changesHref) {

        /** An older revision's page: no panel (the newest revision has it). */
        public static final NotePanel NONE = new NotePanel(List.of(), List.of(), 0, List.of(), 0, List.of(), 0,
                List.of(), 0, List.of(), "");

        public boolean hasPanel() {
            return hasPanelPrinciples() || hasPanelStories() || hasPanelQuestions() || hasPanelTopics()
                    || hasPanelHints();
        }

        public boolean hasPanelPrinciples() {
            return !panelPrinciples.isEmpty();
        }

        public boolean hasPanelStories() {
            return !panelStories.isEmpty();
        }

        public boolean hasPanelQuestions() {
            return !panelQuestions.isEmpty();
        }

        public boolean hasPanelTopics() {
            return !panelTopics.isEmpty();
        }

        public boolean hasPanelHints() {
            return !panelHints.isEmpty();
        }

        public boolean hasRevisions() {
            return !revisions.isEmpty();
        }

        /** How many the panel leaves out; null when none, since Mustache shows a section for 0. */
        private static Integer more(int hidden) {
            return hidden > 0 ? hidden : null;
        }

        public Integer panelStoriesMore() {
            return more(panelStoryCount - panelStories.size());
        }

        public Integer panelQuestionsMore() {
            return more(panelQuestionCount - panelQuestions.size());
        }

        public Integer panelTopicsMore() {
            return more(panelTopicCount - panelTopics.size());
        }
    }

    /**
     * The study checklist ({@code study.mustache}): one page of topics grouped by note; the first page also names
     * the principles without a story and the first stories still to finish.
     *
     * @param groups            this page's topics, by note
     * @param count             all topics
     * @param incomplete        the first unfinished stories (first page only)
     * @param incompleteMore    how many more unfinished stories the STAR index has, or null when none
     * @param storiesHref       the STAR index
     * @param missingPrinciples principles without a story (first page only)
     * @param pager             links to the other pages
     */
    public record Checklist(List<TopicGroup> groups, int count, List<StoryCard> incomplete, Integer incompleteMore,
                            String storiesHref, List<PrincipleCard> missingPrinciples, Paging.Pager pager) {

        public boolean hasIncomplete() {
            return !incomplete.isEmpty();
        }

        public boolean hasMissingPrinciples() {
            return !missingPrinciples.isEmpty();
        }
    }

    /**
     * What changed between a note's revisions ({@code changes.mustache}).
     *
     * @param title    the note's title
     * @param noteHref its newest revision's page
     * @param steps    each revision against the one before it, oldest first
     */
    public record ChangesView(String title, String noteHref, List<RevisionStep> steps) {
    }
}
