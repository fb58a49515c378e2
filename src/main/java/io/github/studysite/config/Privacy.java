package io.github.studysite.config;

import java.util.Locale;
import java.util.Optional;

/**
 * What a public build does when the pages it is about to publish look like they hold personal data (phone numbers,
 * e-mail addresses, resident registration numbers, salary figures): interview notes are full of it, and a study site
 * is often pushed to a public GitHub Pages repository without a second look.
 */
public enum Privacy {
    /** No scan. */
    OFF,
    /** Each finding is a warning (the default): the site is still written. */
    WARN,
    /** Each finding is an error, so a strict build fails and nothing is published. */
    STRICT;

    /** {@code off}, {@code warn} or {@code strict}, any case; empty for anything else. */
    public static Optional<Privacy> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "off", "false", "none" -> Optional.of(OFF);
            case "warn", "warning", "true", "" -> Optional.of(WARN);
            case "strict", "error" -> Optional.of(STRICT);
            default -> Optional.empty();
        };
    }

    /** The name users type: {@code off}, {@code warn}, {@code strict}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
