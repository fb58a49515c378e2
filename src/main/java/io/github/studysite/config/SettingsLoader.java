package io.github.studysite.config;

import io.github.studysite.util.SafeYaml;
import io.github.studysite.util.TextDecoder;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;

import io.github.studysite.util.SpeakingTime;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads {@code content/_config.yml} into typed {@link SiteSettings} and merges the caller's overrides: every setting
 * is read and checked here, node by node, so that a bad value is an error at its own line and column, every one of
 * them in one run, and the setting keeps its default. Jekyll's key names keep Jekyll's meanings ({@code title},
 * {@code description}, {@code lang}, {@code author}, {@code baseurl}, {@code url}, {@code include},
 * {@code exclude}, {@code permalink}); an unknown key is a warning ({@link KnownSettings}). A missing file is fine:
 * every setting has a default.
 */
public final class SettingsLoader {

    public static final String CONFIG_FILE = "_config.yml";
    static final String DEFAULT_TITLE = "Interview study notes";

    /** Jekyll's permalink styles, which name a pattern ({@code pretty} → {@code /:categories/:year/…/:title/}). */
    private static final Set<String> PERMALINK_STYLES = Set.of("date", "pretty", "ordinal", "weekdate", "none");

    private SettingsLoader() {
    }

    public static SiteSettings load(SiteConfig config, Problems problems) {
        Path file = config.contentDir().resolve(CONFIG_FILE);
        String display = displayPath(config, file);
        Map<String, Object> site = Map.of();
        Map<String, NodeTuple> keys = Map.of();
        if (Files.isSymbolicLink(file)) {
            problems.warn(Stage.CONFIG, display, 0, 0, "symbolic link not followed: site settings must be a real "
                    + "file in the content folder");
        } else if (Files.isRegularFile(file)) {
            String yaml = TextDecoder.read(file, display, SafeYaml.MAX_BYTES, problems).orElse("");
            site = yaml.isEmpty() ? Map.of() : SafeYaml.loadMap(yaml, display, 1, problems).orElse(Map.of());
            if (!site.isEmpty()) {
                keys = SafeYaml.compose(yaml).filter(MappingNode.class::isInstance)
                        .map(root -> ConfigValues.entries((MappingNode) root)).orElse(Map.of());
            }
        }
        return read(config, keys, site, new ConfigValues(display, problems), problems);
    }

    private static SiteSettings read(SiteConfig config, Map<String, NodeTuple> keys, Map<String, Object> site,
                                     ConfigValues v, Problems problems) {
        keys.forEach((key, tuple) -> {
            if (!KnownSettings.known(key)) {
                v.warn(tuple.getKeyNode(), "unknown setting '" + key + "'" + KnownSettings.nearest(key)
                        .map(near -> " (did you mean '" + near + "'?)").orElse("")
                        + ": studysite does not read it, though Liquid sees it as {{ site." + key + " }}");
            }
        });
        Function<String, Optional<Node>> value = key -> Optional.ofNullable(keys.get(key)).map(NodeTuple::getValueNode)
                .filter(n -> !ConfigValues.isNull(n));
        Function<String, Optional<String>> text = key -> value.apply(key).flatMap(n -> v.string(n, key))
                .filter(s -> !s.isEmpty());
        Function<String, List<String>> names = key -> value.apply(key).map(n -> v.strings(n, key)).orElse(List.of());

        String title = text.apply("title").orElse(DEFAULT_TITLE);
        String description = text.apply("description").orElse("");
        String lang = value.apply("lang").flatMap(n -> v.language(n, "lang")).orElse("ko");
        String author = text.apply("author").orElse("");
        String baseUrl = config.baseUrl() != null
                ? ConfiguredUrls.check("baseUrl", config.baseUrl().strip(), false, "pom.xml", 0, 0, problems)
                : url(value.apply("baseurl"), "baseurl", false, v, problems);
        String siteUrl = config.siteUrl() != null && !config.siteUrl().isBlank()
                ? ConfiguredUrls.check("siteUrl", config.siteUrl().strip(), true, "pom.xml", 0, 0, problems)
                : url(value.apply("url"), "url", true, v, problems);
        boolean pretty = value.apply("pretty_urls").flatMap(n -> v.bool(n, "pretty_urls")).orElse(false);
        List<String> excludes = new ArrayList<>(names.apply("exclude"));
        excludes.addAll(config.excludes());
        List<String> languages = new ArrayList<>();
        value.apply("languages").ifPresent(n -> {
            if (n instanceof SequenceNode seq) {
                seq.getValue().forEach(item -> v.language(item, "languages").ifPresent(languages::add));
            } else {
                v.language(n, "languages").ifPresent(languages::add);
            }
        });
        return new SiteSettings(title, description, lang, author, baseUrl, siteUrl, pretty,
                // _config.yml's include is Jekyll's (names to publish though special or excluded), not note globs
                new ArrayList<>(config.includes()), excludes, names.apply("include"),
                value.apply("permalink").flatMap(n -> permalink(n, v)).orElse(""), languages,
                value.apply("speaking_rates").map(n -> speakingRates(n, v)).orElse(SpeakingTime.DEFAULT),
                value.apply("intro_limit_seconds").stream()
                        .mapToInt(n -> v.integer(n, "intro_limit_seconds", 1, 3600)
                                .orElse(SiteSettings.DEFAULT_INTRO_LIMIT_SECONDS))
                        .findFirst().orElse(SiteSettings.DEFAULT_INTRO_LIMIT_SECONDS),
                names.apply("privacy_allow"),
                value.apply("coach").map(n -> new CoachSettingsReader(v).coach(n)).orElse(CoachSettings.DEFAULT),
                value.apply("exports").flatMap(n -> v.bool(n, "exports")).orElse(false),
                site);
    }

    /** {@code url} or {@code baseurl}, checked ({@link ConfiguredUrls}). */
    private static String url(Optional<Node> node, String key, boolean siteUrl, ConfigValues v, Problems problems) {
        return node.flatMap(n -> v.string(n, key).map(s -> ConfiguredUrls.check(key, s, siteUrl, v.path(),
                ConfigValues.line(n), ConfigValues.column(n), problems))).orElse("");
    }

    /** A Jekyll style or a pattern of the site's own addresses; anything that would leave the site is refused. */
    private static Optional<String> permalink(Node node, ConfigValues v) {
        Optional<String> written = v.string(node, "permalink").filter(s -> !s.isEmpty());
        if (written.isEmpty() || PERMALINK_STYLES.contains(written.get())) {
            return written;
        }
        String p = written.get();
        String why = p.matches("(?s).*[\\\\\\p{Cntrl}].*") ? "holds a backslash or a control character"
                : p.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*") ? "is an address on another site, not a path"
                : List.of(p.split("/")).contains("..") ? "would leave the site folder (..)"
                : !p.startsWith("/") && !p.contains(":") ? "is neither a style (" + String.join(", ",
                        PERMALINK_STYLES.stream().sorted().toList()) + ") nor a pattern such as /:year/:title/"
                : "";
        if (why.isEmpty()) {
            return written;
        }
        v.error(node, "permalink '" + p + "' " + why + "; posts keep their pages under notes/");
        return Optional.empty();
    }

    /** {@code {ko: 280, en: 140}}: Korean syllables and English words a minute; an unset one keeps its default. */
    private static SpeakingTime speakingRates(Node node, ConfigValues v) {
        SpeakingTime d = SpeakingTime.DEFAULT;
        if (!(node instanceof MappingNode map)) {
            v.error(node, "speaking_rates: expected a mapping such as {ko: 280, en: 140}");
            return d;
        }
        double ko = d.koreanSyllablesPerMinute();
        double en = d.englishWordsPerMinute();
        for (Map.Entry<String, NodeTuple> e : ConfigValues.entries(map).entrySet()) {
            Node rate = e.getValue().getValueNode();
            switch (e.getKey()) {
                case "ko" -> ko = v.positive(rate, "speaking_rates.ko").orElse(ko);
                case "en" -> en = v.positive(rate, "speaking_rates.en").orElse(en);
                default -> v.error(e.getValue().getKeyNode(), "speaking_rates: unknown language '" + e.getKey()
                        + "' (known: ko, en)");
            }
        }
        return new SpeakingTime(ko, en);
    }

    /** A path as users see it in problem reports: relative to the project, forward slashes. */
    public static String displayPath(SiteConfig config, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(config.baseDir()) ? config.baseDir().relativize(abs) : abs;
        // the platform's separator only: on Linux a backslash belongs to the name, and shown as a slash it would look
        // like the path it is not
        return rel.toString().replace(java.io.File.separatorChar, '/');
    }
}
