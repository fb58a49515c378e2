package io.github.studysite.liquid;

import liqp.antlr.CharStreamWithLocation;
import liqp.antlr.NameResolver;
import liqp.org.antlr.v4.runtime.CharStreams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The project's {@code _includes/} folder, the only place {@code {% include %}} reads from: a name that climbs out
 * ({@code ../}, an absolute path, a drive letter) is refused, and so is a file that a link leads outside the folder.
 * An included file is prepared like a note (unknown tags removed) before the engine parses it.
 */
final class IncludeFolder implements NameResolver {

    private static final Pattern SAFE_NAME = Pattern.compile("[\\w.+@-]+(/[\\w.+@-]+)*");
    /** Includes are small snippets; a bigger file is not read whole into every page that includes it. */
    private static final long MAX_BYTES = 1 << 20;

    private final Path folder;
    private final LiquidSource.Resolver links;
    /** Each include prepared once per build: a blog includes the same few snippets in every post. */
    private final java.util.Map<String, String> prepared = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param links how {@code post_url} and {@code link} resolve inside included files */
    IncludeFolder(Path folder, LiquidSource.Resolver links) {
        this.folder = folder.toAbsolutePath().normalize();
        this.links = links;
    }

    /** Whether a name stays inside the folder: plain segments, none of them {@code .} or {@code ..}. */
    static boolean isSafeName(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    boolean exists(String name) {
        return file(name) != null;
    }

    /** The file, or null when the name is unsafe, the file missing, too large, or really elsewhere (a link). */
    private Path file(String name) {
        if (!isSafeName(name)) {
            return null;
        }
        Path file = folder.resolve(name).normalize();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES
                    || !file.toRealPath().startsWith(folder.toRealPath())) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return file;
    }

    @Override
    public CharStreamWithLocation resolve(String name) throws IOException {
        Path file = file(name);
        if (file == null) {
            throw new IOException("_includes/" + name + " cannot be included");
        }
        String text = prepared.get(name);
        if (text == null) {
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            text = LiquidSource.prepare(raw, List.of(), links).inline();
            prepared.put(name, text);
        }
        return new CharStreamWithLocation(CharStreams.fromString(text), file);
    }
}
