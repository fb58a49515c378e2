package io.github.studysite.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Site-wide settings, Jekyll-style, from {@code content/_config.yml} merged with what the caller overrides.
 *
 * @param title       the site's name
 * @param description one line shown on the home page and in metadata
 * @param lang        the site's (and default note) language, BCP 47 ({@code ko}, {@code en})
 * @param author      default author of notes that name none
 * @param baseUrl     URL path the site is served under, normalised to {@code ""} or {@code /repo} (no trailing slash)
 * @param siteUrl     scheme and host ({@code https://user.github.io}), or {@code ""}; absolute URLs need it
 * @param prettyUrls  whether links end in {@code /} (for web hosting) instead of {@code /index.html} (works from
 *                    the file system too, which is how most people open a freshly built site)
 * @param includes    note file globs (the {@code includes} parameter; {@code _config.yml}'s {@code include} is
 *                    Jekyll's, {@link #jekyllIncludes})
 * @param excludes    Jekyll {@code exclude} patterns and the build's {@code excludes}: content files to leave out
 * @param raw         every key of {@code _config.yml}, for templates and later settings
 * @param languages   the interface languages, the site's own first (at the root); each other one is a mirror of
 *                    every page under {@code <code>/} ({@code en/}); by default only the site's own
 * @param coach       the study coach's rules and limits ({@code coach:})
 */
public record SiteSettings(String title, String description, String lang, String author, String baseUrl,
                           String siteUrl, boolean prettyUrls, List<String> includes, List<String> excludes,
                           Map<String, Object> raw, List<String> languages, CoachSettings coach) {

    /** Settings with the coach's defaults. */
    public SiteSettings(String title, String description, String lang, String author, String baseUrl, String siteUrl,
                        boolean prettyUrls, List<String> includes, List<String> excludes, Map<String, Object> raw,
                        List<String> languages) {
        this(title, description, lang, author, baseUrl, siteUrl, prettyUrls, includes, excludes, raw, languages,
                CoachSettings.DEFAULT);
    }

    /** Settings with the default languages: the site's language only. */
    public SiteSettings(String title, String description, String lang, String author, String baseUrl, String siteUrl,
                        boolean prettyUrls, List<String> includes, List<String> excludes, Map<String, Object> raw) {
        this(title, description, lang, author, baseUrl, siteUrl, prettyUrls, includes, excludes, raw, List.of());
    }

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        lang = lang == null || lang.isBlank() ? "ko" : lang;
        author = author == null ? "" : author;
        baseUrl = normaliseBaseUrl(baseUrl);
        siteUrl = siteUrl == null ? "" : siteUrl.replaceAll("[\\p{Cntrl}\\s]", "").replaceAll("/+$", "");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        raw = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(raw)); // YAML values may be null
        List<String> langs = new java.util.ArrayList<>();
        langs.add(lang);
        for (String l : languages) {
            if (!langs.contains(l)) {
                langs.add(l);
            }
        }
        languages = List.copyOf(langs);
        coach = coach == null ? CoachSettings.DEFAULT : coach;
    }

    /** {@code "repo/"}, {@code "/repo/"} and {@code "/repo"} all become {@code "/repo"}; {@code "/"} becomes {@code ""}. */
    public static String normaliseBaseUrl(String url) {
        if (url == null) {
            return "";
        }
        // control characters and spaces have no place in a URL path, and a line break would end robots.txt's line
        String trimmed = url.replaceAll("[\\p{Cntrl}\\s]", "").replaceAll("/+$", "");
        if (trimmed.isEmpty()) {
            return "";
        }
        return trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }

    /**
     * {@code _config.yml}'s {@code include}, Jekyll's meaning: names published although they start with {@code .} or
     * {@code _} or are excluded ({@code .well-known}, {@code _pages}); empty when it names none.
     */
    public List<String> jekyllIncludes() {
        return SettingsLoader.strings(raw.get("include"));
    }

    /** The absolute URL of the site root, e.g. {@code https://user.github.io/repo/}, or the path alone. */
    public String absoluteRoot() {
        return siteUrl + baseUrl + "/";
    }
}
