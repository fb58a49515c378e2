package io.github.studysite.render;

import java.util.ArrayList;
import java.util.List;

/**
 * An interface language of the site and where its pages live: the site's own language at the root, every other one
 * as a mirror under {@code <code>/} ({@code en/}). Note content is never translated; only the interface is.
 *
 * @param code   BCP 47 code ({@code ko}, {@code en})
 * @param prefix path prefix of its pages: {@code ""} or {@code "en/"}
 */
public record Language(String code, String prefix) {

    /** The languages of a site, the first at the root. */
    public static List<Language> of(List<String> codes) {
        List<Language> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            out.add(new Language(codes.get(i), i == 0 ? "" : codes.get(i) + "/"));
        }
        return List.copyOf(out);
    }

    public boolean isDefault() {
        return prefix.isEmpty();
    }
}
