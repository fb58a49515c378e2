package io.github.studysite.model;

/**
 * Who may see a note. Only {@link #PUBLIC} notes reach a normal build; the others are rendered with drafts enabled
 * (and in preview), marked with a banner.
 */
public enum Visibility {
    PUBLIC,
    /** {@code draft: true}, {@code published: false}, or a file under {@code _drafts/}. */
    DRAFT,
    /** {@code private: true}: never meant for the published site. */
    PRIVATE
}
