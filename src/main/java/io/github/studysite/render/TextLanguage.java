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
}
