package io.github.studysite.safety;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The inline styles a note may keep ({@code style="font-size: 1rem; color: #c00"}): the declaration list is parsed
 * and each declaration kept only when its property is a harmless typographic or box one and its value holds nothing
 * that loads or runs anything. What could run script or load from elsewhere — {@code url(}, {@code expression(},
 * {@code behavior}, {@code -moz-binding}, {@code javascript:}, escapes that hide them — is reported; any other
 * property ({@code position: fixed} over the page) is dropped without a word, as GitHub drops it.
 */
public final class CssAllowList {

    private static final Set<String> PROPERTIES = Set.of("color", "background-color", "font-size", "font-weight",
            "font-style", "font-family", "font-variant", "line-height", "letter-spacing", "word-spacing",
            "text-align", "text-decoration", "text-decoration-color", "text-decoration-line", "text-transform",
            "text-indent", "vertical-align", "white-space", "word-break", "overflow-wrap", "width", "height",
            "max-width", "max-height", "min-width", "min-height", "margin", "margin-top", "margin-right",
            "margin-bottom", "margin-left", "padding", "padding-top", "padding-right", "padding-bottom",
            "padding-left", "border", "border-top", "border-right", "border-bottom", "border-left", "border-color",
            "border-style", "border-width", "border-radius", "border-collapse", "float", "clear", "display",
            "list-style-type", "table-layout", "opacity");
    /** Properties and values that can run script or load from elsewhere. */
    private static final Pattern SCRIPTED = Pattern.compile(
            "url\\s*\\(|expression\\s*\\(|javascript:|vbscript:|behavior|-moz-binding|@import|\\\\|image-set|"
                    + "image\\s*\\(|src\\s*\\(", Pattern.CASE_INSENSITIVE);
    /** Values that would let an element cover the page or leave its box. */
    private static final Pattern DISPLAY = Pattern.compile("none|inline|block|inline-block|flex|grid|table|table-cell");
    private static final Pattern VALUE = Pattern.compile("[#%.,()\\w\\s\"'+-/]*");

    /**
     * @param style    the declarations kept, joined as {@code a: b; c: d}; empty when none
     * @param scripted what was dropped as able to run script or load from elsewhere ({@code url(}), for a warning
     */
    public record Result(String style, List<String> scripted) {
        public Result {
            scripted = List.copyOf(scripted);
        }
    }

    private CssAllowList() {
    }

    public static Result filter(String declarations) {
        List<String> kept = new ArrayList<>();
        Set<String> scripted = new LinkedHashSet<>();
        for (String declaration : declarations.split(";")) {
            int colon = declaration.indexOf(':');
            String property = (colon < 0 ? declaration : declaration.substring(0, colon)).strip()
                    .toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : declaration.substring(colon + 1).strip();
            var hit = SCRIPTED.matcher(declaration);
            if (hit.find()) {
                scripted.add(hit.group().toLowerCase(Locale.ROOT).replaceAll("\\s", ""));
                continue;
            }
            if (value.isEmpty() || !PROPERTIES.contains(property) || !VALUE.matcher(value).matches()
                    || property.equals("display") && !DISPLAY.matcher(value.toLowerCase(Locale.ROOT)).matches()) {
                continue;
            }
            kept.add(property + ": " + value.replaceAll("\\s+", " "));
        }
        return new Result(String.join("; ", kept), new ArrayList<>(scripted));
    }
}
