package io.github.studysite.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The top-level keys of {@code _config.yml} studysite knows: those it reads, and Jekyll's own that it leaves alone on
 * purpose (a Jekyll site's {@code _config.yml} carries them, and warning about each would bury real mistakes). Any
 * other key is warned about, with the known key it is likely a misspelling of.
 */
final class KnownSettings {

    /** Read by {@link SettingsLoader}; each is documented in the README. */
    static final List<String> READ = List.of("title", "description", "lang", "author", "baseurl", "url",
            "pretty_urls", "include", "exclude", "permalink", "languages", "speaking_rates", "intro_limit_seconds",
            "privacy_allow", "coach", "exports");

    /**
     * Jekyll's settings and those of its common plugins and themes that studysite does not use: its Markdown,
     * layouts, plugins and server are its own.
     */
    static final Set<String> JEKYLL_IGNORED = Set.of("plugins", "gems", "whitelist", "theme", "remote_theme",
            "markdown", "markdown_ext", "kramdown", "highlighter", "collections", "collections_dir", "defaults",
            "source", "destination", "layouts_dir", "data_dir", "includes_dir", "sass", "safe", "keep_files",
            "encoding", "timezone", "future", "unpublished", "show_drafts", "limit_posts", "incremental", "profile",
            "lsi", "excerpt_separator", "strict_front_matter", "liquid", "webrick", "host", "port", "livereload",
            "quiet", "verbose", "paginate", "paginate_path", "github", "repository", "feed", "seo", "social",
            "twitter", "logo", "header_pages", "show_excerpts", "google_analytics", "jekyll-archives");

    private KnownSettings() {
    }

    static boolean known(String key) {
        return READ.contains(key) || JEKYLL_IGNORED.contains(key);
    }

    /** The known key {@code key} most likely misspells: the same but for case, or at most two letters apart. */
    static Optional<String> nearest(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        int limit = lower.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<String> candidates = new ArrayList<>(READ);
        Stream.of(JEKYLL_IGNORED.toArray(String[]::new)).sorted().forEach(candidates::add);
        for (String candidate : candidates) {
            int d = distance(lower, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein's edit distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
