package io.github.studysite.source;

import io.github.studysite.util.SafeYaml;
import io.github.studysite.util.TextDecoder;
import io.github.studysite.cache.BuildCache;
import io.github.studysite.safety.PrivacyScanner;
import io.github.studysite.config.OutputGuard;
import io.github.studysite.config.Privacy;
import io.github.studysite.config.SettingsLoader;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.config.SiteSettings;
import io.github.studysite.model.Note;
import io.github.studysite.problem.Problems;
import io.github.studysite.problem.Severity;
import io.github.studysite.problem.Stage;
import io.github.studysite.report.Progress;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The load stage: finds the files of the content folder, decodes every note and interprets its front matter (in
 * parallel; files are independent), reads the {@code _data} files, and drops drafts and private notes unless the
 * build asks for them. Unreadable notes are reported and left out; the others still load. A public build also removes
 * {@code <!-- private -->} blocks here, first thing, and scans each note it will publish for personal data, while
 * the file's text — front matter and all, with its own line numbers — is at hand.
 */
public final class ContentLoader {

    /** A note larger than this is refused rather than risk running out of memory (a 50 MB note builds fine). */
    static final long MAX_NOTE_BYTES = 128L * 1024 * 1024;
    /** The {@link BuildCache#memo} step of reading one note file, by content path: a preview forgets it on a save. */
    public static final String READ_STEP = "read";
    /** Maven's build folder: compiled classes and test output, never notes (a Jekyll site is read from its root). */
    static final String BUILD_FOLDER = "target";

    private ContentLoader() {
    }

    /**
     * Loads, reporting each note read to {@code progress} (a long build says how far it got), and reading again only
     * the note files that changed since {@code cache} last saw them (a preview rebuild).
     */
    public static LoadedContent load(SiteConfig config, SiteSettings settings, Problems problems, Progress progress,
                                     BuildCache cache) {
        ContentScanner scanner = new ContentScanner(settings.includes(), settings.excludes(),
                settings.jekyllIncludes(), file -> SettingsLoader.displayPath(config, file), problems, leftOut(config));
        ContentScanner.Scan scan;
        try {
            scan = scanner.scan(config.contentDir());
        } catch (IOException e) {
            problems.error(Stage.SOURCE, SettingsLoader.displayPath(config, config.contentDir()), 0, 0,
                    "cannot list the content folder: " + e.getMessage());
            return LoadedContent.of(List.of(), List.of(), Map.of());
        }
        Optional<PrivacyScanner> privacy = config.privacy() == Privacy.OFF || config.drafts() ? Optional.empty()
                : Optional.of(new PrivacyScanner(settings.privacyAllow()));
        Severity findings = config.privacy() == Privacy.STRICT ? Severity.ERROR : Severity.WARNING;
        Progress.Phase reading = progress.begin("Reading notes", scan.notes().size());
        List<Note> notes = scan.notes().parallelStream()
                .map(entry -> reading.advance(cache.memo(READ_STEP, entry.contentPath(), List.of(
                        entry.stamp(), settings, entry.inDrafts()), problems,
                        p -> read(entry, config, new NoteReader(settings, p), privacy, findings, p))))
                .flatMap(Optional::stream)
                .toList();
        Map<String, Map<String, Object>> data = new LinkedHashMap<>();
        for (ContentScanner.Entry entry : scan.dataFiles()) {
            String display = SettingsLoader.displayPath(config, entry.file());
            String name = entry.contentPath().substring("_data/".length()).replaceAll("\\.ya?ml$", "");
            // Jekyll data may be a list (navigation.yml); studysite reads mappings only, so a list is left out quietly
            Problems read = new Problems();
            TextDecoder.read(entry.file(), display, SafeYaml.MAX_BYTES, read)
                    .flatMap(text -> SafeYaml.loadMap(text, display, 1, read))
                    .ifPresent(map -> data.put(name, map));
            read.sorted().stream()
                    .filter(p -> !p.message().startsWith(SafeYaml.NOT_A_MAPPING + "a list"))
                    .forEach(problems::add);
        }
        if (privacy.isPresent()) {
            PublishedFiles.scan(privacy.get(), config, notes, scan, findings, problems);
        }
        return LoadedContent.of(notes, scan.assets(), data);
    }

    /**
     * The build's own folders, left out of the scan when they lie inside the content folder (as they do when the
     * content folder is the whole repository): the output (else each build would publish the previous one), the
     * templates, and Maven's {@code target/} and the default {@code site-output/}.
     */
    private static List<java.nio.file.Path> leftOut(SiteConfig config) {
        return java.util.stream.Stream.of(config.outputDir(), config.templatesDir(),
                        config.baseDir().resolve(BUILD_FOLDER), config.baseDir().resolve("site-output"))
                .map(OutputGuard::real)
                .toList();
    }

    /**
     * Reads one note; every failure, even an unexpected one, is reported against the file and the other notes go on.
     *
     * @return the note, when it decodes, parses and belongs in this build
     */
    private static Optional<Note> read(ContentScanner.Entry entry, SiteConfig config, NoteReader reader,
                                       Optional<PrivacyScanner> privacy, Severity findings, Problems problems) {
        String display = SettingsLoader.displayPath(config, entry.file());
        try {
            Optional<String> decoded = TextDecoder.read(entry.file(), display, MAX_NOTE_BYTES, problems);
            if (decoded.isEmpty()) {
                return Optional.empty();
            }
            if (decoded.get().isBlank()) {
                problems.warn(Stage.SOURCE, display, 0, 0, "skipped: the file holds only blank lines");
                return Optional.empty();
            }
            String text = config.drafts() ? decoded.get() : PrivateBlocks.remove(decoded.get(), display, problems);
            Optional<Note> note = reader.read(display, entry.contentPath(), text, entry.inDrafts())
                    .filter(n -> config.drafts() || n.isPublic());
            if (note.isPresent() && privacy.isPresent()) {
                for (PrivacyScanner.Finding f : privacy.get().scan(text)) {
                    problems.add(findings, Stage.SOURCE, display, f.line(), f.column(), "possible " + f.kind().label()
                            + " in a public page: " + f.masked() + " — move it into a <!-- private --> block, mark "
                            + "the note private: true, or list it under privacy_allow in _config.yml");
                }
            }
            return note;
        } catch (RuntimeException | StackOverflowError e) {
            problems.error(Stage.SOURCE, display, 0, 0, "cannot read this note (internal error, please report it): " + e);
            return Optional.empty();
        }
    }
}
