package io.github.studysite.render;

import com.github.mustachejava.MustacheResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds theme files the way users expect from Jekyll and Hugo: the project's own {@code templates/} first, then the
 * built-in theme packaged in the plugin jar. (mustache.java's {@code DefaultMustacheFactory(File)} looks on the
 * classpath first, which would make overrides impossible.) Names are relative ({@code note.mustache},
 * {@code assets/style.css}); anything that would leave the templates folder, and symbolic links out of it, are refused.
 */
public final class TemplateResolver implements MustacheResolver {

    /** Where the built-in theme lives on the classpath (packaged from the repository's {@code templates/}). */
    public static final String BUILT_IN = "studysite/templates/";

    private final Path userDir;
    private final ClassLoader loader;

    public TemplateResolver(Path userDir) {
        this.userDir = userDir == null ? null : userDir.toAbsolutePath().normalize();
        this.loader = TemplateResolver.class.getClassLoader();
    }

    @Override
    public Reader getReader(String resourceName) {
        return open(resourceName).map(in -> (Reader) new InputStreamReader(in, StandardCharsets.UTF_8)).orElse(null);
    }

    /** The theme file's bytes, user folder first. */
    public Optional<InputStream> open(String name) {
        String clean = clean(name);
        if (clean == null) {
            return Optional.empty();
        }
        Optional<Path> user = userFile(clean);
        if (user.isPresent()) {
            try {
                return Optional.of(Files.newInputStream(user.get()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read template " + user.get(), e);
            }
        }
        return Optional.ofNullable(loader.getResourceAsStream(BUILT_IN + clean));
    }

    /** The project's own copy of a theme file, if it has one (and it is a real file inside the folder). */
    public Optional<Path> userFile(String name) {
        String clean = clean(name);
        if (userDir == null || clean == null) {
            return Optional.empty();
        }
        Path file = userDir.resolve(clean).normalize();
        if (!file.startsWith(userDir) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return insideUserDir(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Whether the file really is inside the templates folder: a linked folder on the way
     * ({@code templates/partials -> ~/elsewhere}) would otherwise lead out of it. The templates folder itself may be a
     * link; the user chose it.
     */
    private boolean insideUserDir(Path file) {
        try {
            return file.toRealPath().startsWith(userDir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    public boolean exists(String name) {
        String clean = clean(name);
        return clean != null && (userFile(clean).isPresent() || builtIn(clean) != null);
    }

    URL builtIn(String clean) {
        return loader.getResource(BUILT_IN + clean);
    }

    public Path userDir() {
        return userDir;
    }

    /** Forward slashes, no leading slash, no {@code ..}: null when the name tries to leave the theme. */
    static String clean(String name) {
        if (name == null) {
            return null;
        }
        String n = name.replace('\\', '/');
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return null;
            }
        }
        return n.isEmpty() ? null : n;
    }
}
