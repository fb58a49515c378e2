package io.github.studysite.source;

import io.github.studysite.util.TextDecoder;
import io.github.studysite.safety.PrivacyScanner;
import io.github.studysite.config.SettingsLoader;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.model.Note;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Severity;
import io.github.studysite.problem.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The privacy scan of what a site publishes besides its notes' text: the names of published files (a note's name
 * becomes its address), {@code _config.yml} (its title, description and author are on every page), the
 * {@code _data/} files, and the static files copied as they are that a browser shows as text. Pictures and PDFs are
 * not read.
 */
final class PublishedFiles {

    /** Copied files read as text: what browsers show as text, and what people keep contact details in. */
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "csv", "tsv", "json",
            "yml", "yaml", "toml", "xml", "html", "htm", "svg", "css", "js", "vcf", "ics", "rtf", "tex", "org", "adoc");

    private PublishedFiles() {
    }

    static void scan(PrivacyScanner scanner, SiteConfig config, List<Note> notes, ContentScanner.Scan scan,
                     Severity severity, Problems problems) {
        for (Note note : notes) {
            name(scanner, note.sourcePath(), note.contentPath(), severity, problems);
        }
        for (ContentScanner.Entry asset : scan.assets()) {
            String display = SettingsLoader.displayPath(config, asset.file());
            name(scanner, display, asset.contentPath(), severity, problems);
            if (TEXT_EXTENSIONS.contains(extension(asset.contentPath()))) {
                text(scanner, asset.file(), display, "a published file", severity, problems);
            }
        }
        for (ContentScanner.Entry data : scan.dataFiles()) {
            text(scanner, data.file(), SettingsLoader.displayPath(config, data.file()), "site data", severity,
                    problems);
        }
        Path settings = config.contentDir().resolve(SettingsLoader.CONFIG_FILE);
        if (Files.isRegularFile(settings) && !Files.isSymbolicLink(settings)) {
            text(scanner, settings, SettingsLoader.displayPath(config, settings), "the site settings", severity,
                    problems);
        }
    }

    private static void name(PrivacyScanner scanner, String display, String contentPath, Severity severity,
                             Problems problems) {
        for (PrivacyScanner.Finding f : scanner.scan(contentPath.replace('/', ' ').replace('_', ' '))) {
            problems.add(severity, Stage.SOURCE, display, 0, 0, "possible " + f.kind().label() + " in a published "
                    + "file name: " + f.masked() + " — rename the file, or list it under privacy_allow in _config.yml");
        }
    }

    private static void text(PrivacyScanner scanner, Path file, String display, String what, Severity severity,
                             Problems problems) {
        // decoding problems are the copy's or the loader's to report, not the scan's
        String text = TextDecoder.read(file, display, ContentLoader.MAX_NOTE_BYTES, new Problems()).orElse("");
        for (PrivacyScanner.Finding f : scanner.scan(text)) {
            problems.add(severity, Stage.SOURCE, display, f.line(), f.column(), "possible " + f.kind().label()
                    + " in " + what + ": " + f.masked() + " — remove it, or list it under privacy_allow in "
                    + "_config.yml");
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < path.lastIndexOf('/') + 1 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
