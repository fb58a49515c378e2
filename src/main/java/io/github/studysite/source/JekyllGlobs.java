package io.github.studysite.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code exclude} and {@code include} lists of {@code _config.yml}, matched as Jekyll 4.3's {@code EntryFilter}
 * matches them, so a repository publishes here what it publishes there. A pattern matches a path relative to the
 * site's source when it matches as {@code File.fnmatch} does without {@code FNM_PATHNAME} ({@code *} crosses
 * folders), or when it is a prefix of the path ({@code vendor} leaves out {@code vendor/…}, and also
 * {@code vendors.md}: Jekyll's own rule, measured with {@code jekyll build}), or when the path is a folder and the
 * pattern names it with a trailing slash ({@code old-notes/}). A pattern starting with {@code **}{@code /} also
 * matches at the top, as Ant's and Java's globs do, for the plugin's {@code excludes} parameter.
 */
final class JekyllGlobs {

    /** What Jekyll leaves out of every site, whatever {@code exclude} says (Jekyll 4.3, Configuration). */
    static final List<String> DEFAULT_EXCLUDES = List.of(".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile",
            "Gemfile.lock", "node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/");

    /** Jekyll's {@code include} when {@code _config.yml} names none. */
    static final List<String> DEFAULT_INCLUDES = List.of(".htaccess");

    private final List<String> prefixes = new ArrayList<>();
    private final List<Pattern> globs = new ArrayList<>();

    JekyllGlobs(List<String> patterns) {
        for (String raw : patterns) {
            String p = raw.strip();
            while (p.startsWith("./")) {
                p = p.substring(2);
            }
            p = p.replaceFirst("^/+", "");
            if (p.isEmpty()) {
                continue;
            }
            prefixes.add(p);
            globs.add(Pattern.compile(regex(p), Pattern.DOTALL));
            if (p.startsWith("**/")) {
                globs.add(Pattern.compile(regex(p.substring(3)), Pattern.DOTALL));
            }
        }
    }

    /**
     * @param rel       the path relative to the site's source, forward slashes
     * @param directory whether it names a folder
     */
    boolean matches(String rel, boolean directory) {
        for (String p : prefixes) {
            if (rel.startsWith(p) || directory && p.equals(rel + "/")) {
                return true;
            }
        }
        for (Pattern g : globs) {
            if (g.matcher(rel).matches()) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return prefixes.isEmpty();
    }

    /**
     * fnmatch without {@code FNM_PATHNAME}: {@code *} and {@code **} match any run, slashes included; {@code ?} one
     * character; {@code [...]} a class ({@code [!...]} or {@code [^...]} negated); {@code \} escapes; and, for Java
     * glob users, {@code {a,b}} alternatives.
     */
    static String regex(String glob) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    re.append(".*");
                    while (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        i++;
                    }
                }
                case '?' -> re.append('.');
                case '\\' -> {
                    if (i + 1 < glob.length()) {
                        re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    } else {
                        re.append("\\\\");
                    }
                }
                case '[' -> {
                    int end = glob.indexOf(']', i + 2);
                    if (end < 0) {
                        re.append("\\[");
                    } else {
                        String body = glob.substring(i + 1, end);
                        boolean negated = body.startsWith("!") || body.startsWith("^");
                        body = (negated ? body.substring(1) : body).replace("\\", "\\\\").replace("[", "\\[");
                        re.append('[').append(negated ? "^" : "").append(body).append(']');
                        i = end;
                    }
                }
                case '{' -> {
                    braces++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braces > 0) {
                        braces--;
                        re.append(')');
                    } else {
                        re.append("\\}");
                    }
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        re.append(")".repeat(braces));
        return re.toString();
    }
}
