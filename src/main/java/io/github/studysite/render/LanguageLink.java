package io.github.studysite.render;

/**
 * The same page in one interface language: for the language switcher and {@code <link rel="alternate" hreflang>}.
 *
 * @param code    language code
 * @param label   the language's own name ({@code 한국어}, {@code English})
 * @param href    link to that version of the page
 * @param current whether it is the page being shown
 */
public record LanguageLink(String code, String label, String href, boolean current) {
}
