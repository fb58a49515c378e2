package io.github.studysite.render;

import java.util.List;
import java.util.Map;

/**
 * What {@code layout.mustache} needs around every page body.
 *
 * @param root        relative prefix back to this language's home ({@code ../../})
 * @param siteRoot    relative prefix back to the output root, where shared assets are
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
 * @param uiLang      the interface language (the header and footer carry it as {@code lang})
 * @param languages   this page in every interface language
 * @param footer      links in the footer (the print pack)
 */
public record PageFrame(String root, String siteRoot, String homeHref, String siteTitle, String siteLang,
                        Map<String, String> t, String lang, String title, String kind, String description,
                        String canonical, List<NavItem> nav, String body, String uiLang,
                        List<LanguageLink> languages, List<NavItem> footer) {

    /** The {@code <title>}: the page's, then the site's, once (the home page is titled the site's name). */
    public String documentTitle() {
        if (siteTitle == null || siteTitle.isBlank() || siteTitle.equals(title)) {
            return title;
        }
        return title == null || title.isBlank() ? siteTitle : title + " · " + siteTitle;
    }

    /** The page's own description, else a sentence naming the page and what the site is, never none (SEO). */
    public String metaDescription() {
        if (description != null && !description.isBlank()) {
            return description;
        }
        return title == null || title.isBlank() ? t.get("meta_description") : title + " — " + t.get("meta_description");
    }

    /** The switcher's links: the page in each other interface language (the current one needs no link). */
    public List<LanguageLink> otherLanguages() {
        return languages.stream().filter(l -> !l.current()).toList();
    }

    /** The header's and footer's {@code lang}, where the interface language is not the page's (else inherited). */
    public String chromeLang() {
        return uiLang.equals(lang) ? null : uiLang;
    }

    public boolean multilingual() {
        return languages.size() > 1;
    }
}
