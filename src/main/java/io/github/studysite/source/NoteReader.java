package io.github.studysite.source;

import io.github.studysite.util.Position;
import io.github.studysite.config.SiteSettings;
import io.github.studysite.model.Note;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import io.github.studysite.util.Scripts;
import io.github.studysite.util.Slugs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interprets a decoded note file: splits the front matter, then reads the keys Jekyll users write ({@code title},
 * {@code date}, {@code author}, {@code lang}, {@code tags}, {@code category}/{@code categories},
 * {@code description}, {@code layout}, {@code permalink}, {@code slug}, {@code draft}, {@code published},
 * {@code private}) with the fallbacks people expect when they are missing.
 */
public final class NoteReader {

    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-(.+)$");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    /** Characters read to guess a note's language. */
    private static final int LANGUAGE_SAMPLE = 64 * 1024;

    private final SiteSettings settings;
    private final Problems problems;

    public NoteReader(SiteSettings settings, Problems problems) {
        this.settings = settings;
        this.problems = problems;
    }

    /**
     * @param sourcePath  the file as shown in reports
     * @param contentPath the file relative to the content folder
     * @param text        the decoded text
     * @param inDrafts    whether the file sits under {@code _drafts/}
     * @return the note, or empty when its front matter is broken (reported)
     */
    public Optional<Note> read(String sourcePath, String contentPath, String text, boolean inDrafts) {
        Optional<FrontMatter> split = FrontMatter.split(text, sourcePath, problems);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        Map<String, Object> data = fm.data();
        String fileName = contentPath.substring(contentPath.lastIndexOf('/') + 1);
        String baseName = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        Matcher prefixed = DATE_PREFIX.matcher(baseName);

        String title = string(data.get("title"))
                .or(() -> TitleScanner.firstHeading(fm.body()))
                .orElse(prefixed.matches() ? prefixed.group(2) : baseName);
        LocalDate date = date(data.get("date"), fm.at("date"), sourcePath)
                .orElseGet(() -> prefixed.matches() ? fileDate(prefixed.group(1), sourcePath) : null);
        String fileSlug = prefixed.matches() ? prefixed.group(2) : baseName;
        String slugSource = string(data.get("slug")).filter(s -> plainSlug(s, fm.at("slug"), sourcePath)).orElse(fileSlug);
        String slug = Slugs.segment(slugSource, "note");
        // the start of a note says what language it is in as well as all of it would, at any size
        String lang = string(data.get("lang")).orElseGet(() -> Scripts.language(
                fm.body().subSequence(0, Math.min(fm.body().length(), LANGUAGE_SAMPLE)), settings.lang()));
        List<String> categories = new ArrayList<>(list(data.get("categories")));
        for (String c : list(data.get("category"))) {
            if (!categories.contains(c)) {
                categories.add(c);
            }
        }
        return Optional.of(new Note(
                sourcePath,
                contentPath,
                slug,
                title,
                date,
                string(data.get("author")).orElse(settings.author()),
                lang,
                list(data.get("tags")),
                categories,
                string(data.get("description")).orElse(""),
                string(data.get("layout")).orElse(""),
                string(data.get("permalink")).orElse(""),
                fm.at("permalink").line(),
                VisibilityKeys.read(fm, inDrafts, sourcePath, problems),
                data,
                fm.body()));
    }

    /**
     * A front matter {@code slug} names one folder under {@code notes/}; one that tries to climb out of it or to name
     * a path ({@code ../../x}, {@code /etc/x}, {@code a/b}) is refused rather than quietly flattened, so the author
     * learns the page is not where they asked.
     */
    private boolean plainSlug(String slug, Position at, String sourcePath) {
        if (slug.contains("/") || slug.contains("\\") || slug.contains("..") || slug.contains(":")
                || slug.chars().anyMatch(Character::isISOControl)) {
            problems.error(Stage.SOURCE, sourcePath, at.line(), at.column(), "slug '" + slug.replaceAll("\\p{Cntrl}", "?") + "' is not a "
                    + "plain name (it would place the page outside notes/); use letters, digits and hyphens, such "
                    + "as '" + Slugs.segment(slug, "my-note") + "'");
            return false;
        }
        return true;
    }

    /**
     * A front matter date: YAML and TOML dates as they are, text in the {@code YYYY-MM-DD} form (with any time after
     * it, as JSON writes dates) read strictly. A date that does not exist ({@code 2024-02-30}) or text that is no
     * date is an error at its line, as in Jekyll; the note is dated as if it had none.
     */
    private Optional<LocalDate> date(Object value, Position at, String sourcePath) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof LocalDate d) {
            return Optional.of(d);
        }
        if (value instanceof OffsetDateTime t) {
            return Optional.of(t.toLocalDate());
        }
        if (value instanceof LocalDateTime t) {
            return Optional.of(t.toLocalDate());
        }
        if (value instanceof Date d) {
            return Optional.of(d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        }
        String text = String.valueOf(value).strip();
        Matcher m = ISO_DATE.matcher(text);
        String problem = "is not a date";
        if (m.find()) {
            try {
                return Optional.of(localDate(m));
            } catch (java.time.DateTimeException e) {
                problem = "is not a real date (" + e.getMessage() + ")";
            }
        }
        problems.error(Stage.SOURCE, sourcePath, at.line(), at.column(), "date '" + text + "' " + problem + ": write it "
                + "as YYYY-MM-DD; the note is dated as if it had no date");
        return Optional.empty();
    }

    /** The date of a {@code YYYY-MM-DD-name} file, which Jekyll refuses when it does not exist. */
    private LocalDate fileDate(String prefix, String sourcePath) {
        Optional<LocalDate> date = parseDate(prefix);
        if (date.isEmpty()) {
            problems.error(Stage.SOURCE, sourcePath, 0, 0, "the file name's date " + prefix + " is not a real date: "
                    + "rename the file; the note is dated as if it had no date");
        }
        return date.orElse(null);
    }

    static Optional<LocalDate> parseDate(String text) {
        Matcher m = ISO_DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(localDate(m));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The date {@link #ISO_DATE} matched, refused when it does not exist. */
    private static LocalDate localDate(Matcher m) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static Optional<String> string(Object value) {
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
            return Optional.empty();
        }
        String s = String.valueOf(value).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** A YAML list, or a string of comma- or space-separated words as Jekyll accepts for tags. */
    private static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l.stream().filter(java.util.Objects::nonNull).map(o -> String.valueOf(o).strip())
                    .filter(s -> !s.isEmpty()).distinct().toList();
        }
        String s = String.valueOf(value).strip();
        String[] parts = s.contains(",") ? s.split(",") : s.split("\\s+");
        return Arrays.stream(parts).map(String::strip).filter(p -> !p.isEmpty()).distinct().toList();
    }
}
