package io.github.studysite.render;

import io.github.studysite.util.SafeYaml;
import io.github.studysite.util.TextDecoder;
import io.github.studysite.problem.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The theme's user-interface strings in one language, from {@code i18n/<lang>.yml}: the built-in file, with the keys
 * of a project's own {@code templates/i18n/<lang>.yml} laid over it (so a user can change one label without copying
 * the rest). Templates read them as {@code {{t.key}}}; a key missing in every file renders as the key itself, which
 * is easy to spot and never an empty hole in a page.
 */
public final class Messages {

    private final String lang;
    private final Map<String, String> strings;

    private Messages(String lang, Map<String, String> strings) {
        this.lang = lang;
        this.strings = strings;
    }

    public static Messages load(TemplateResolver resolver, String lang, Problems problems) {
        String name = "i18n/" + lang + ".yml";
        Map<String, String> strings = new LinkedHashMap<>();
        try (InputStream in = TemplateResolver.class.getClassLoader()
                .getResourceAsStream(TemplateResolver.BUILT_IN + name)) {
            if (in != null) {
                putAll(strings, new String(in.readAllBytes(), StandardCharsets.UTF_8), "(built-in) " + name,
                        problems);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Optional<Path> user = resolver.userFile(name);
        if (user.isPresent()) {
            String display = user.get().toString();
            TextDecoder.read(user.get(), display, SafeYaml.MAX_BYTES, problems)
                    .ifPresent(text -> putAll(strings, text, display, problems));
        }
        return new Messages(lang, Collections.unmodifiableMap(strings));
    }

    private static void putAll(Map<String, String> into, String yaml, String path, Problems problems) {
        SafeYaml.loadMap(yaml, path, 1, problems).ifPresent(map -> map.forEach((k, v) -> {
            if (v != null) {
                into.put(k, String.valueOf(v));
            }
        }));
    }

    public String lang() {
        return lang;
    }

    /** The string for {@code key}, or the key itself when no file defines it. */
    public String get(String key) {
        return strings.getOrDefault(key, key);
    }

    /** {@code get(key)} with {@code {0}}, {@code {1}}, … replaced by the arguments. */
    public String format(String key, Object... args) {
        String s = get(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /** A map view for templates: {@code {{t.nav_notes}}}; unknown keys come back as themselves. */
    public Map<String, String> asMap() {
        return new java.util.AbstractMap<>() {
            @Override
            public String get(Object key) {
                return Messages.this.get(String.valueOf(key));
            }

            @Override
            public boolean containsKey(Object key) {
                return true;
            }

            @Override
            public java.util.Set<Entry<String, String>> entrySet() {
                return strings.entrySet();
            }
        };
    }
}
