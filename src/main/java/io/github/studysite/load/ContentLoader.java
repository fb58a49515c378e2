package io.github.studysite.load;

import io.github.studysite.cache.BuildCache;
import io.github.studysite.cache.FileStamp;
import io.github.studysite.config.SettingsLoader;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.config.SiteSettings;
import io.github.studysite.model.Note;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Stage;
import io.github.studysite.report.Progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The load stage: finds the files of the content folder, decodes every note and interprets its front matter (in
 * parallel; files are independent), reads the {@code _data} files, and drops drafts and private notes unless the
 * build asks for them. Unreadable notes are reported and left out; the others still load.
 */
public final class ContentLoader {

    private ContentLoader() {
    }

    public static LoadedContent load(SiteConfig config, SiteSettings settings, Problems problems) {
        return load(config, settings, problems, Progress.silent(), BuildCache.NONE);
    }

    /** Loads, reporting each note read to {@code progress} (a long build says how far it got). */
    public static LoadedContent load(SiteConfig config, SiteSettings settings, Problems problems, Progress progress) {
        return load(config, settings, problems, progress, BuildCache.NONE);
    }

    /**
     * Loads, reporting progress, and reading again only the note files that changed since {@code cache} last saw
     * them (a preview rebuild).
     */
    public static LoadedContent load(SiteConfig config, SiteSettings settings, Problems problems, Progress progress,
                                     BuildCache cache) {
        ContentScanner scanner = new ContentScanner(settings.includes(), settings.excludes(),
                file -> SettingsLoader.displayPath(config, file), problems);
        ContentScanner.Scan scan;
        try {
            scan = scanner.scan(config.contentDir());
        } catch (IOException e) {
            problems.error(Stage.LOAD, SettingsLoader.displayPath(config, config.contentDir()), 0, 0,
                    "cannot list the content folder: " + e.getMessage());
            return new LoadedContent(List.of(), List.of(), Map.of());
        }
        Progress.Phase reading = progress.begin("Reading notes", scan.notes().size());
        List<Note> notes = scan.notes().parallelStream()
                .map(entry -> reading.advance(cache.memo("read", entry.contentPath(), List.of(
                        FileStamp.of(entry.file()), settings, entry.inDrafts()), problems,
                        p -> read(entry, config, new NoteReader(settings, p), p))))
                .flatMap(Optional::stream)
                .filter(note -> config.drafts() || note.isPublic())
                .toList();
        Map<String, Map<String, Object>> data = new LinkedHashMap<>();
        for (ContentScanner.Entry entry : scan.dataFiles()) {
            String display = SettingsLoader.displayPath(config, entry.file());
            String name = entry.contentPath().substring("_data/".length()).replaceAll("\\.ya?ml$", "");
            try {
                String text = TextDecoder.normaliseNewlines(Files.readString(entry.file(), StandardCharsets.UTF_8));
                SafeYaml.loadMap(text, display, 1, problems).ifPresent(map -> data.put(name, map));
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.error(Stage.LOAD, display, 0, 0, "cannot read data file: " + e.getMessage());
            }
        }
        return new LoadedContent(new ArrayList<>(notes), scan.assets(), data);
    }

    private static Optional<Note> read(ContentScanner.Entry entry, SiteConfig config, NoteReader reader,
                                       Problems problems) {
        String display = SettingsLoader.displayPath(config, entry.file());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry.file());
        } catch (IOException e) {
            problems.error(Stage.LOAD, display, 0, 0, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        if (bytes.length == 0) {
            problems.warn(Stage.LOAD, display, 0, 0, "skipped: empty file");
            return Optional.empty();
        }
        return TextDecoder.decode(bytes, display, problems)
                .flatMap(text -> reader.read(display, entry.contentPath(), text, entry.inDrafts()))
                .filter(Objects::nonNull);
    }
}
