package io.github.studysite.render;

import java.util.List;

/** View models of the self-introduction pages. */
public final class IntroViews {

    private IntroViews() {
    }

    /**
     * One language's version of an introduction.
     *
     * @param lang       {@code ko} or {@code en} (the block's {@code lang})
     * @param label      the language's name
     * @param paragraphs paragraphs, each as its lines, their sentences ranked for print.js
     * @param written    whether this version exists
     * @param todo       what to write when it does not ("English version not written yet")
     * @param seconds    speaking time in seconds
     * @param speaking   speaking time as {@code m:ss}
     * @param over       whether it runs over the time limit
     * @param overText   the warning, when over
     */
    public record IntroColumn(String lang, String label, List<SheetViews.SheetParagraph> paragraphs, boolean written, String todo,
                              int seconds, String speaking, boolean over, String overText) {
    }

    /**
     * An introduction on the intro index.
     *
     * @param title     the introduction's title as written
     * @param href      its page
     * @param noteTitle its note
     * @param columns   its Korean and English versions
     * @param limit     the time limit as {@code m:ss}
     * @param stated    whether the note states the limit (else the site default applies)
     */
    public record IntroCard(String title, String href, String noteTitle, List<IntroColumn> columns, String limit,
                            boolean stated) {
        public String titleLang() {
            return TextLanguage.of(title);
        }

        public String noteTitleLang() {
            return TextLanguage.of(noteTitle);
        }
    }

    /**
     * The list of self-introductions ({@code intros.mustache}).
     *
     * @param intros one card each
     */
    public record IntroList(List<IntroCard> intros) {

        public int count() {
            return intros.size();
        }
    }

    /**
     * One self-introduction's page ({@code intro.mustache}) or print sheet ({@code intro-sheet.mustache}).
     *
     * @param card             its versions side by side
     * @param title            its title
     * @param noteTitle        the note it is written in
     * @param noteHref         its place in that note
     * @param translationTitle the note of its translation, or empty
     * @param translationHref  that note's page, or empty
     * @param indexHref        the list of introductions
     * @param lang             the note's language
     */
    public record IntroPage(IntroCard card, String title, String noteTitle, String noteHref, String translationTitle,
                            String translationHref, String indexHref, String lang) {
    }
}
