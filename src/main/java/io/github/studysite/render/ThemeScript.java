package io.github.studysite.render;

import io.github.studysite.util.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code theme.js.mustache} needs: the theme button's labels in every interface language of the site, so that
 * the pages need not carry them (the script picks the page's).
 *
 * @param labels a JSON object: language code to its labels for auto, light and dark
 */
public record ThemeScript(String labels) {

    /** The site's output path of the script. */
    public static final String PATH = "assets/theme.js";

    public static ThemeScript of(List<Messages> languages) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (Messages m : languages) {
            labels.put(m.lang(), List.of(m.get("theme_auto"), m.get("theme_light"), m.get("theme_dark")));
        }
        return new ThemeScript(Json.of(labels));
    }
}
