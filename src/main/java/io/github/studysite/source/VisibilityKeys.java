package io.github.studysite.source;

import io.github.studysite.util.Position;
import io.github.studysite.model.Visibility;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;

import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads whether a note may be published from its front matter: {@code private}, {@code draft} (Jekyll and Hugo) and
 * {@code published: false} (Jekyll). It fails closed: these keys are matched in any case, and any value that looks
 * true ({@code 1}, {@code y}, {@code "true"}) for {@code private}/{@code draft}, or false ({@code 0}, {@code no}) for
 * {@code published}, hides the note, as does a value that is neither; every spelling other than a plain YAML boolean
 * under a lower-case key is warned about at its line, so the author can see how it was read.
 */
final class VisibilityKeys {

    private static final Set<String> YES = Set.of("true", "yes", "y", "on", "1", "t");
    private static final Set<String> NO = Set.of("false", "no", "n", "off", "0", "f");

    /** How a value reads as yes or no. */
    private enum Reading { YES, NO, NEITHER }

    private VisibilityKeys() {
    }

    static Visibility read(FrontMatter fm, boolean inDrafts, String path, Problems problems) {
        boolean isPrivate = false;
        boolean isDraft = inDrafts;
        for (Map.Entry<String, Object> e : fm.data().entrySet()) {
            String key = e.getKey().strip().toLowerCase(Locale.ROOT);
            if (!key.equals("private") && !key.equals("draft") && !key.equals("published")) {
                continue;
            }
            Object value = e.getValue();
            if (value == null || key.equals("published") && (value instanceof TemporalAccessor
                    || value instanceof Date)) {
                // an empty key says nothing; a date under published is when it was published
                continue;
            }
            Reading reading = reading(value);
            boolean hides = key.equals("published") ? reading != Reading.YES : reading != Reading.NO;
            if (key.equals("private")) {
                isPrivate |= hides;
            } else {
                isDraft |= hides;
            }
            boolean plain = value instanceof Boolean && e.getKey().equals(key);
            if (!plain) {
                Position at = fm.at(e.getKey());
                String written = "'" + e.getKey() + ": " + shown(value) + "'";
                String effect = hides ? "the note is " + (key.equals("private") ? "private" : "a draft")
                        + " and left out of the site" : "the note is published";
                problems.warn(Stage.SOURCE, path, at.line(), at.column(), reading == Reading.NEITHER
                        ? written + " is not a yes/no value; read as " + key + ": " + !key.equals("published")
                        + " to be safe (" + effect + "): write " + key + ": true or " + key + ": false"
                        : written + " is read as " + key + ": " + (reading == Reading.YES) + " (" + effect
                        + "): write " + key + ": " + (reading == Reading.YES));
            }
        }
        if (isPrivate) {
            return Visibility.PRIVATE;
        }
        return isDraft ? Visibility.DRAFT : Visibility.PUBLIC;
    }

    private static Reading reading(Object value) {
        if (value instanceof Boolean b) {
            return b ? Reading.YES : Reading.NO;
        }
        if (value instanceof Number n) {
            return n.doubleValue() == 0 ? Reading.NO : Reading.YES;
        }
        if (value instanceof String s) {
            String word = s.strip().toLowerCase(Locale.ROOT);
            return YES.contains(word) ? Reading.YES : NO.contains(word) ? Reading.NO : Reading.NEITHER;
        }
        return Reading.NEITHER;
    }

    /** The value as it was probably written: a string that YAML would read as a boolean or number was quoted. */
    private static String shown(Object value) {
        if (value instanceof String s) {
            String word = s.strip().toLowerCase(Locale.ROOT);
            boolean quoted = Set.of("true", "false", "yes", "no", "on", "off").contains(word) || word.matches("[0-9.]+")
                    || s.isBlank();
            return quoted ? '"' + s + '"' : s;
        }
        return String.valueOf(value);
    }
}
