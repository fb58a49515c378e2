package io.github.studysite.config;

import io.github.studysite.text.SafeYaml;
import io.github.studysite.text.TextDecoder;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code content/_config.yml} (Jekyll's key names: {@code title}, {@code description}, {@code lang},
 * {@code author}, {@code baseurl}, {@code url}, {@code include}, {@code exclude}, with Jekyll's meanings) and merges the caller's overrides.
 * A missing file is fine: every setting has a default.
 */
public final class SettingsLoader {

    public static final String CONFIG_FILE = "_config.yml";
    static final String DEFAULT_TITLE = "Interview study notes";

    private SettingsLoader() {
    }

    public static SiteSettings load(SiteConfig config, Problems problems) {
        Path file = config.contentDir().resolve(CONFIG_FILE);
        Map<String, Object> raw = Map.of();
        CoachSettings coach = CoachSettings.DEFAULT;
        String yaml = "";
        String display = displayPath(config, file);
        if (Files.isSymbolicLink(file)) {
            problems.warn(Stage.CONFIG, displayPath(config, file), 0, 0, "symbolic link not followed: site settings "
                    + "must be a real file in the content folder");
        } else if (Files.isRegularFile(file)) {
            yaml = TextDecoder.read(file, display, SafeYaml.MAX_BYTES, problems).orElse("");
            raw = yaml.isEmpty() ? Map.of() : SafeYaml.loadMap(yaml, display, 1, problems).orElse(Map.of());
            if (raw.containsKey("coach")) {
                coach = CoachSettingsReader.read(yaml, display, problems);
            }
        }
        // _config.yml's include is Jekyll's (names to publish though special or excluded), not note globs
        List<String> includes = new ArrayList<>(config.includes());
        List<String> excludes = new ArrayList<>(strings(raw.get("exclude")));
        excludes.addAll(config.excludes());
        String baseUrl = config.baseUrl() != null
                ? ConfiguredUrls.check("baseUrl", config.baseUrl().strip(), false, "", "pom.xml", problems)
                : fileUrl(raw, yaml, display, false, problems, "baseurl", "baseUrl");
        String siteUrl = config.siteUrl() != null && !config.siteUrl().isBlank()
                ? ConfiguredUrls.check("siteUrl", config.siteUrl().strip(), true, "", "pom.xml", problems)
                : fileUrl(raw, yaml, display, true, problems, "url", "siteUrl");
        return new SiteSettings(
                string(raw.get("title"), DEFAULT_TITLE),
                string(raw.get("description"), ""),
                string(raw.get("lang"), "ko"),
                string(raw.get("author"), ""),
                baseUrl,
                siteUrl,
                Boolean.parseBoolean(string(raw.get("pretty_urls"), "false")),
                includes,
                excludes,
                raw,
                strings(raw.get("languages")),
                coach);
    }

    /** The first of {@code keys} that {@code _config.yml} sets, checked ({@link ConfiguredUrls}). */
    private static String fileUrl(Map<String, Object> raw, String yaml, String display, boolean siteUrl,
                                  Problems problems, String... keys) {
        for (String key : keys) {
            String value = string(raw.get(key), "");
            if (!value.isEmpty()) {
                return ConfiguredUrls.check(key, value, siteUrl, yaml, display, problems);
            }
        }
        return "";
    }

    /** A path as users see it in problem reports: relative to the project, forward slashes. */
    public static String displayPath(SiteConfig config, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(config.baseDir()) ? config.baseDir().relativize(abs) : abs;
        // the platform's separator only: on Linux a backslash belongs to the name, and shown as a slash it would look
        // like the path it is not
        return rel.toString().replace(java.io.File.separatorChar, '/');
    }

    static String string(Object value, String fallback) {
        if (value == null) {
            return fallback;
        }
        String s = String.valueOf(value).trim();
        return s.isEmpty() ? fallback : s;
    }

    /** A YAML list of strings, or one string, as a list. */
    public static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
        }
        if (value instanceof String s && !s.isBlank()) {
            return List.of(s);
        }
        return List.of();
    }
}
