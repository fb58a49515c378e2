package io.github.studysite.render;

import java.util.List;

/**
 * A note as listed on the index pages.
 *
 * @param title       title
 * @param href        link to its page
 * @param date        ISO date or empty
 * @param tags        tags
 * @param description one line: front matter description, else the start of the note
 * @param lang        the note's language
 * @param draft       whether it is a draft or private (only in draft builds)
 */
public record NoteSummary(String title, String href, String date, List<String> tags, String description, String lang,
                          boolean draft) {
}
