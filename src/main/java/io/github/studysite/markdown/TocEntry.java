package io.github.studysite.markdown;

/**
 * One heading in a note's table of contents.
 *
 * @param level   1–6
 * @param text    the heading as a reader sees it
 * @param id      its anchor
 * @param line    1-based source line
 * @param omitted whether the heading says {@code <!-- omit from toc -->} (Markdown All in One's convention): it keeps
 *                its anchor but is left out of the table of contents
 */
public record TocEntry(int level, String text, String id, int line, boolean omitted) {
}
