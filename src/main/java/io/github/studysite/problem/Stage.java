package io.github.studysite.problem;

import java.util.Locale;

/**
 * The stages of a build, in the order they run: each problem names the stage that found it, and a build's timings
 * ({@code -Dstudysite.timings}) report each stage's time with the problems it found.
 */
public enum Stage {
    /** {@code _config.yml} and the caller's options. */
    CONFIG,
    /** Scanning the content folder, decoding files, front matter, the privacy scan of a public build. */
    SOURCE,
    /** Where every note's page goes. */
    ADDRESS,
    /** Liquid and Markdown, per note, with the note's body rendered to HTML. */
    MARKDOWN,
    /** The study model of each note. */
    EXTRACT,
    /** Revisions, slugs and cross-references of the whole study model. */
    LINK,
    /** Every page through the theme's templates, with the search index and the practice data. */
    RENDER,
    /** Hosting files, the link check, the swap into the output folder. */
    PUBLISH;

    /** The stage's name as a build's timings show it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
