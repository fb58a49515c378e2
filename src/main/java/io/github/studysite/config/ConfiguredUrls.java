package io.github.studysite.config;

import io.github.studysite.check.UrlSafety;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
     * @param yaml    the text of {@code _config.yml}, for the line of the key ({@code ""} when the value came from
     *                elsewhere)
     * @param path    the file as shown in problem reports
     * @return the value, or {@code ""} when it is refused
     */
    static String check(String key, String value, boolean siteUrl, String yaml, String path, Problems problems) {
        if (value.isEmpty()) {
            return value;
        }
        String scheme = UrlSafety.scheme(value);
        boolean ok = siteUrl ? SITE_SCHEMES.contains(scheme) : scheme.isEmpty() && UrlSafety.isSafe(value, false);
        if (ok) {
            return value;
        }
        problems.error(Stage.CONFIG, path, lineOf(key, yaml), 1, key + " must be "
                + (siteUrl ? "an http:// or https:// address such as https://user.github.io" : "a path such as /repo")
                + ", not a " + (scheme.isEmpty() ? "relative address" : scheme + ": address")
                + "; it is left empty (every page's links are built from it)");
        return "";
    }

    /** The 1-based line of a top-level key, or 0 when the text does not have it. */
    static int lineOf(String key, String yaml) {
        Matcher m = Pattern.compile("^[\"']?" + Pattern.quote(key) + "[\"']?\\s*:", Pattern.MULTILINE).matcher(yaml);
        if (!m.find()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            line += yaml.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }
}
