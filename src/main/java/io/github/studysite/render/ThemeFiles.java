package io.github.studysite.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Lists the theme's static files (CSS, JavaScript, fonts, icons under {@code assets/}) from the built-in theme and
 * the project's {@code templates/assets/}, so that both are copied to the site, the project's winning by name. The
 * built-in listing works whether the theme is a folder (tests, IDE) or inside the plugin jar.
 */
final class ThemeFiles {

    private ThemeFiles() {
    }

    /** Relative names ({@code assets/style.css}) of the files under {@code folder} in both themes, sorted. */
    static TreeSet<String> list(TemplateResolver resolver, String folder) {
        TreeSet<String> names = new TreeSet<>();
        URL url = resolver.builtIn(folder);
        if (url != null) {
            names.addAll(listBuiltIn(url, folder));
        }
        Path user = resolver.userDir() == null ? null : resolver.userDir().resolve(folder);
        if (user != null && Files.isDirectory(user, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> files = Files.walk(user)) {
                files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .forEach(p -> names.add(folder + user.relativize(p).toString().replace('\\', '/')));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    private static TreeSet<String> listBuiltIn(URL url, String folder) {
        TreeSet<String> names = new TreeSet<>();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    try {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                    } catch (java.nio.file.FileSystemAlreadyExistsException raced) {
                        fs = FileSystems.getFileSystem(uri);
                    }
                }
                collect(fs.provider().getPath(uri), folder, names);
            } else {
                collect(Path.of(uri), folder, names);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the built-in theme at " + url, e);
        }
        return names;
    }

    private static void collect(Path dir, String folder, TreeSet<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .forEach(p -> names.add(folder + dir.relativize(p).toString().replace('\\', '/')));
        }
    }
}
