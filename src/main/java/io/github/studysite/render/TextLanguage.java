package io.github.studysite.render;

import io.github.studysite.util.Scripts;

import java.util.List;

/**
 * The language of one piece of note text shown in a list or table, for its {@code lang}: a Korean title on the
 * English interface must say {@code ko}, or the browser breaks its words mid-syllable and reads it aloud as English.
 */
final class TextLanguage {

    private TextLanguage() {
    }

    /** {@code ko} or {@code en} by the letters of {@code text}; {@code en} when it has none (digits, symbols). */
    static String of(String text) {
        return Scripts.language(text == null ? "" : text, "en");
    }

    static String of(List<String> lines) {
        return of(lines == null ? "" : String.join("\n", lines));
    }

    /**
     * The language of {@code text} where it is not {@code pageLang}, the language of the page it is shown on; empty
     * where it is, as the text then inherits it. An empty {@code pageLang} assumes none: every text says its own.
     */
    static String on(String pageLang, String text) {
        String own = of(text);
        return own.equals(pageLang) ? "" : own;
    }
}
