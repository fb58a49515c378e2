package io.github.studysite.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the name of a Jekyll post says: a file under a {@code _posts/} folder (at any depth, subfolders allowed) named
 * {@code YYYY-MM-DD-title.ext}. The folders above {@code _posts/} are its categories ({@code java/_posts/…}), as in
 * Jekyll; the permalink step uses all three.
 *
 * @param date       from the name
 * @param title      the name between the date and the extension ({@code first-post}), the post's slug base
 * @param categories the folders above {@code _posts/}, outermost first
 */
public record PostName(LocalDate date, String title, List<String> categories) {

    /** Jekyll's {@code Document::DATE_FILENAME_MATCHER}, applied to the file name. */
    private static final Pattern NAME = Pattern.compile("^(\\d{2,4})-(\\d{1,2})-(\\d{1,2})-([^/]*)(\\.[^./]+)$");

    public PostName {
        categories = List.copyOf(categories);
    }

    /**
     * @param contentPath a path relative to the content folder, forward slashes
     * @return the post it names; empty when it is not under {@code _posts/}, not named with a date, or the date is
     * not a day of the calendar ({@link #datedName} tells the last two apart)
     */
    public static Optional<PostName> of(String contentPath) {
        int posts = postsFolder(contentPath);
        if (posts < 0) {
            return Optional.empty();
        }
        Matcher m = NAME.matcher(contentPath.substring(contentPath.lastIndexOf('/') + 1));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            List<String> categories = posts == 0 ? List.of()
                    : Arrays.asList(contentPath.substring(0, posts - 1).split("/"));
            return Optional.of(new PostName(date, m.group(4), categories));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether a file name has the shape of a post's, {@code YYYY-MM-DD-title.ext}, valid date or not. */
    static boolean datedName(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    /** Whether the path lies under a {@code _posts/} folder. */
    static boolean inPosts(String contentPath) {
        return postsFolder(contentPath) >= 0;
    }

    /** Where the innermost {@code _posts/} segment of the path starts, or -1. */
    private static int postsFolder(String contentPath) {
        int at = contentPath.lastIndexOf("/_posts/");
        if (at >= 0) {
            return at + 1;
        }
        return contentPath.startsWith("_posts/") ? 0 : -1;
    }
}
