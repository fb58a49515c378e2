package io.github.studysite.address;

import io.github.studysite.model.Note;
import io.github.studysite.util.Slugs;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's permalinks, so a blog's existing addresses keep working: the built-in styles ({@code date},
 * {@code pretty}, {@code ordinal}, {@code none}) and patterns with {@code :categories}, {@code :year},
 * {@code :month}, {@code :day}, {@code :i_month}, {@code :i_day}, {@code :short_year}, {@code :y_day},
 * {@code :title}, {@code :slug}, {@code :name}, {@code :output_ext}. The site's {@code permalink} applies to posts
 * (notes under {@code _posts/}); a note's own applies to it. {@code :title} is the post's file name without its date
 * (or front matter {@code slug}), {@code :categories} the note's categories, lowercased, joined with {@code /}.
 */
final class Permalinks {

    private static final Map<String, String> STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");
    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");
    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})-(.+)$");

    private Permalinks() {
    }

    /** Whether a permalink is a pattern or style to expand (not a plain path). */
    static boolean isPattern(String permalink) {
        return STYLES.containsKey(permalink.strip()) || PLACEHOLDER.matcher(permalink).find();
    }

    /** Whether the site's permalink setting applies to a note: Jekyll gives it to posts. */
    static boolean isPost(Note note) {
        return note.contentPath().startsWith("_posts/") || note.contentPath().contains("/_posts/");
    }

    /**
     * The path a pattern gives a note ({@code /interview/2024/01/15/amazon-lp/}); empty when the pattern needs a date
     * the note does not have.
     */
    static Optional<String> expand(String permalink, Note note) {
        String pattern = STYLES.getOrDefault(permalink.strip(), permalink.strip());
        LocalDate date = note.date();
        boolean needsDate = pattern.matches(".*:(year|month|day|i_month|i_day|short_year|y_day|week|short_day).*");
        if (needsDate && date == null) {
            return Optional.empty();
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "year" -> String.format("%04d", date.getYear());
                case "month" -> String.format("%02d", date.getMonthValue());
                case "day" -> String.format("%02d", date.getDayOfMonth());
                case "i_month" -> String.valueOf(date.getMonthValue());
                case "i_day" -> String.valueOf(date.getDayOfMonth());
                case "short_year" -> String.format("%02d", date.getYear() % 100);
                case "y_day" -> String.format("%03d", date.getDayOfYear());
                case "week" -> String.format("%02d", date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case "short_day" -> date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT);
                case "title", "slug" -> title(note);
                case "name" -> fileName(note);
                case "categories" -> categories(note);
                case "output_ext" -> ".html";
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        // an empty :categories leaves a double slash, which Jekyll folds as well
        return Optional.of(out.toString().replaceAll("/{2,}", "/"));
    }

    /** {@code :title}: front matter {@code slug}, else the file name without its {@code YYYY-MM-DD-} date. */
    static String title(Note note) {
        Object slug = note.frontMatter().get("slug");
        if (slug != null && !String.valueOf(slug).isBlank()) {
            return Slugs.segment(String.valueOf(slug), "note");
        }
        String name = fileName(note);
        Matcher dated = DATED_NAME.matcher(name);
        return dated.matches() ? dated.group(4) : name;
    }

    private static String fileName(Note note) {
        String path = note.contentPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String categories(Note note) {
        Set<String> parts = new LinkedHashSet<>();
        for (String category : note.categories()) {
            for (String word : category.split("\\s+")) {
                if (!word.isBlank()) {
                    parts.add(word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_.-]", "-"));
                }
            }
        }
        return String.join("/", parts);
    }
}
