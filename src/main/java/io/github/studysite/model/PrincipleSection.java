package io.github.studysite.model;

/**
 * A place where a note discusses a principle (a heading, list item or bold line naming it), even when nothing is
 * written under it yet — which is exactly what the principle's page lists as still missing.
 *
 * @param principle the principle's id
 * @param title     the section's title as written
 * @param source    where it is
 */
public record PrincipleSection(String principle, String title, SourceRef source) {
}
