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
}
