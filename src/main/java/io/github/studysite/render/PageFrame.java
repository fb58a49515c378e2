package io.github.studysite.render;

import java.util.List;
import java.util.Map;

/**
 * What {@code layout.mustache} needs around every page body.
 *
 * @param root        relative prefix back to the site root ({@code ../../})
 * @param homeHref    link to the home page
 * @param siteTitle   the site's title
 * @param siteLang    the site's language
 * @param t           UI strings
 * @param lang        the page's language ({@code <html lang>})
 * @param title       the page's title
 * @param kind        page kind, used as a CSS class ({@code note}, {@code notes}, {@code home}, …)
 * @param description meta description
 * @param canonical   absolute canonical URL, or empty when the site URL is unknown
 * @param nav         navigation links
 * @param body        the rendered page body
 */
public record PageFrame(String root, String homeHref, String siteTitle, String siteLang, Map<String, String> t,
                        String lang, String title, String kind, String description, String canonical,
                        List<NavItem> nav, String body) {
}
