package io.github.studysite.liquid;

import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * Jekyll's {@code relative_url} and {@code absolute_url}: a path becomes a site-root path ({@code /assets/a.png}),
 * which the link stage then makes relative to each page (so the site works under its base URL); {@code absolute_url}
 * puts the site's {@code url} in front. An address with a scheme or {@code //} is left as it is, as Jekyll does.
 */
final class UrlFilter extends Filter {

    private final String prefix;

    UrlFilter(String name, String prefix) {
        super(name);
        this.prefix = prefix;
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        String url = value == null ? "" : String.valueOf(value);
        if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
            return url;
        }
        return prefix + (url.startsWith("/") ? url : "/" + url);
    }
}
