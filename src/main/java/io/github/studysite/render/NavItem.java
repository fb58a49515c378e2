package io.github.studysite.render;

/**
 * A link in the site navigation.
 *
 * @param label   shown text
 * @param href    relative link
 * @param current whether it is the page being shown (rendered as {@code aria-current="page"})
 */
public record NavItem(String label, String href, boolean current) {
}
