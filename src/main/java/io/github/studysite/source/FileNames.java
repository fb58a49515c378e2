package io.github.studysite.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a file's name alone says about it: a note's text, an editor's or a merge's leftover, a name to refuse. */
final class FileNames {

    /**
     * Extensions of files that hold a note's text: Jekyll's {@code markdown_ext} ({@code md}, {@code markdown},
     * {@code mkd}, {@code mkdn}, {@code mkdown}), GitHub's other Markdown ones ({@code mdown}, {@code mdwn}), and
     * plain text. Compared in lower case: {@code Salary.MD} is a note (Jekyll renders it too), never a raw copy.
     */
    static final Set<String> NOTE_EXTENSIONS = Set.of("md", "markdown", "mkd", "mkdn", "mkdown", "mdown", "mdwn",
            "txt", "text");

    /**
     * Editor swap and backup files and merge leftovers: {@code x.md~}, {@code #x.md#}, {@code .#x.md},
     * {@code x.md.bak}, {@code x.md.orig}, {@code x.md.rej}, {@code .x.md.swp}, git mergetool's
     * {@code x_BACKUP_1234.md}, Office's {@code ~$x.docx}. They copy a note as it once was, private parts included.
     */
    private static final Pattern BACKUP = Pattern.compile("(?i).*~|#.*#|\\.#.*|~\\$.*"
            + "|.*\\.(bak|backup|orig|rej|swp|swo|swn|swx|kate-swp|tmp|old|sav)"
            + "|.*_(BACKUP|BASE|LOCAL|REMOTE)_\\d+(\\..*)?");

    /** Files the web expects under these names at the site's root: published as they are, never as notes. */
    private static final Set<String> ROOT_WEB_FILES = Set.of("robots.txt", "humans.txt", "ads.txt", "app-ads.txt",
            "security.txt");

    private FileNames() {
    }

    /** The extension in lower case ({@code "md"}), or {@code ""}. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean noteLike(String name) {
        return NOTE_EXTENSIONS.contains(extension(name));
    }

    static boolean backup(String name) {
        return BACKUP.matcher(name).matches();
    }

    /** {@code robots.txt} at the root, anything under {@code .well-known/}: web files, though their names end in .txt. */
    static boolean webFile(String rel) {
        return ROOT_WEB_FILES.contains(rel) || rel.startsWith(".well-known/");
    }

    /**
     * Why a file or folder name is refused, or null. A backslash is a folder separator to Windows, to browsers
     * (which read {@code a\b} in an address as {@code a/b}) and to tools that "fix" paths: a name like
     * {@code ..\..\etc\passwd} must stay one name here, and as such it could not be linked from a page anyway.
     * Control characters make names that cannot be shown or typed.
     */
    static String refusal(String name) {
        if (name.indexOf('\\') >= 0) {
            return "the name holds a backslash, which Windows and browsers read as a folder separator";
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "the name holds a control character";
        }
        return null;
    }

    /** The name with its extension in lower case, for note globs written as {@code *.md} to match {@code x.MD}. */
    static String lowerExtension(String rel) {
        int dot = rel.lastIndexOf('.');
        return dot <= rel.lastIndexOf('/') + 1 ? rel : rel.substring(0, dot) + rel.substring(dot).toLowerCase(Locale.ROOT);
    }
}
