package io.github.studysite.config;

import io.github.studysite.safety.UrlSafety;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;

import java.util.Set;

/**
 * Checks the addresses a site is configured with before templates put them into every page: {@code url} (the
 * language switcher, canonical links and the sitemap are built from it) must be an {@code http(s)://} address, and
 * {@code baseurl} a path. Anything else — {@code javascript:…}, {@code data:…} — would turn links on every page into
 * script, so it is refused as an error at its line of {@code _config.yml} and the setting left empty.
 */
final class ConfiguredUrls {

    private static final Set<String> SITE_SCHEMES = Set.of("http", "https");

    private ConfiguredUrls() {
    }

    /**
     * @param key     the setting's name in {@code _config.yml}
     * @param value   its value, or {@code ""} when unset
     * @param siteUrl whether it is the site's address ({@code url}: a scheme is required) or a path ({@code baseurl})
     * @param path    the file as shown in problem reports
     * @param line    the value's line in it, or 0
     * @param column  the value's column, or 0
     * @return the value, or {@code ""} when it is refused
     */
    static String check(String key, String value, boolean siteUrl, String path, int line, int column,
                        Problems problems) {
        if (value.isEmpty()) {
            return value;
        }
        String scheme = UrlSafety.scheme(value);
        boolean ok = siteUrl ? SITE_SCHEMES.contains(scheme) : scheme.isEmpty() && UrlSafety.isSafe(value, false);
        if (ok) {
            return value;
        }
        problems.error(Stage.CONFIG, path, line, column, key + " must be "
                + (siteUrl ? "an http:// or https:// address such as https://user.github.io" : "a path such as /repo")
                + ", not a " + (scheme.isEmpty() ? "relative address" : scheme + ": address")
                + "; it is left empty (every page's links are built from it)");
        return "";
    }
}
