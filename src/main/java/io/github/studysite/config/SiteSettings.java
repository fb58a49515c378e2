package io.github.studysite.config;

import io.github.studysite.util.SpeakingTime;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Site-wide settings, Jekyll-style, from {@code content/_config.yml} merged with what the caller overrides; every
 * setting studysite reads is a field here, read and checked by {@link SettingsLoader}.
 *
 * @param title           the site's name
 * @param description     one line shown on the home page and in metadata
 * @param lang            the site's (and default note) language, BCP 47 ({@code ko}, {@code en})
 * @param author          default author of notes that name none
 * @param baseUrl         URL path the site is served under, normalised to {@code ""} or {@code /repo} (no trailing
 *                        slash)
 * @param siteUrl         scheme and host ({@code https://user.github.io}), or {@code ""}; absolute URLs need it
 * @param prettyUrls      whether links end in {@code /} (for web hosting) instead of {@code /index.html} (works from
 *                        the file system too, which is how most people open a freshly built site)
 * @param includes        note file globs (the {@code includes} parameter; {@code _config.yml}'s {@code include} is
 *                        Jekyll's, {@link #jekyllIncludes})
 * @param excludes        Jekyll {@code exclude} patterns and the build's {@code excludes}: content files to leave out
 * @param jekyllIncludes  {@code _config.yml}'s {@code include}, Jekyll's meaning: names published although they start
 *                        with {@code .} or {@code _} or are excluded ({@code .well-known}, {@code _pages})
 * @param permalink       the posts' {@code permalink} style or pattern ({@code pretty}, {@code /:year/:title/}), or
 *                        {@code ""}
 * @param languages       the interface languages, the site's own first (at the root); each other one is a mirror of
 *                        every page under {@code <code>/} ({@code en/}); by default only the site's own
 * @param speakingRates   the timers' speaking speed ({@code speaking_rates})
 * @param introLimitSeconds the time limit of a self-introduction whose title states none ({@code intro_limit_seconds})
 * @param privacyAllow    values the personal-data check lets through ({@code privacy_allow})
 * @param coach           the study coach's rules and limits ({@code coach:})
 * @param exports         whether to write the data exports ({@code exports: true}): study.json, the Anki deck and the
 *                        story matrix; off by default, since a published study site rarely needs them
 * @param site            every key of {@code _config.yml} as written: Liquid's {@code {{ site.* }}} only, which in
 *                        Jekyll sees a site's own keys too; no stage reads a setting from it
 */
public record SiteSettings(String title, String description, String lang, String author, String baseUrl,
                           String siteUrl, boolean prettyUrls, List<String> includes, List<String> excludes,
                           List<String> jekyllIncludes, String permalink, List<String> languages,
                           SpeakingTime speakingRates, int introLimitSeconds, List<String> privacyAllow,
                           CoachSettings coach, boolean exports, Map<String, Object> site) {

    /** The time limit of a self-introduction that states none: two minutes, the usual ask. */
    public static final int DEFAULT_INTRO_LIMIT_SECONDS = 120;

    /** Settings with this title and every other setting at its default. */
    public static SiteSettings titled(String title) {
        return new SiteSettings(title, "", "ko", "", "", "", false, List.of(), List.of(), List.of(), "", List.of(),
                SpeakingTime.DEFAULT, DEFAULT_INTRO_LIMIT_SECONDS, List.of(), CoachSettings.DEFAULT, false,
                Map.of());
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
        jekyllIncludes = List.copyOf(jekyllIncludes);
        permalink = permalink == null ? "" : permalink;
        speakingRates = speakingRates == null ? SpeakingTime.DEFAULT : speakingRates;
        introLimitSeconds = introLimitSeconds > 0 ? introLimitSeconds : DEFAULT_INTRO_LIMIT_SECONDS;
        privacyAllow = List.copyOf(privacyAllow);
        site = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(site)); // YAML values may be null
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

    /** The absolute URL of the site root, e.g. {@code https://user.github.io/repo/}, or the path alone. */
    public String absoluteRoot() {
        return siteUrl + baseUrl + "/";
    }
}
