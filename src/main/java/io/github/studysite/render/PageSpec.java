package io.github.studysite.render;

/**
 * One page to render: where it goes, what it is, and the body template with its view.
 *
 * @param path        output path ({@code notes/x/index.html})
 * @param kind        page kind, also the CSS class of {@code <body>}
 * @param title       page title
 * @param lang        page language
 * @param description meta description
 * @param template    body template name, without extension
 * @param view        the body template's scope
 */
public record PageSpec(String path, String kind, String title, String lang, String description, String template,
                       Object view) {
}
