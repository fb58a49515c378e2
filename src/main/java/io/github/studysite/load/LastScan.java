package io.github.studysite.load;

import io.github.studysite.cache.FileStamp;
import io.github.studysite.problem.Problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The content folder as the last scan of a preview session found it, for a partial build to trust instead of
 * walking the folder again. A preview shows an edited note's page first ({@code SiteBuilder.build(cache, focus)}):
 * the file watcher already said which files changed, so when every one of them is a file the last scan listed, the
 * listing still holds (a file added, deleted or renamed is an event of its own, which makes the session build the
 * whole site instead). At 10,000 notes the walk was a fifth of the time to the edited page. The whole build that
 * follows walks the folder as always, so nothing the watcher missed is missed for long.
 */
final class LastScan {

    private ContentScanner.Scan scan;
    private List<Problem> problems = List.of();
    private Object key;

    /**
     * The last scan, with fresh stamps for the {@code changed} files; null when there is none for {@code key}, or
     * when one of {@code changed} is not in it.
     *
     * @param key     what the scan depends on besides the folder (its include and exclude globs)
     * @param changed content paths of the files the watcher saw change
     */
    synchronized ContentScanner.Scan reuse(Object key, Collection<String> changed) {
        if (scan == null || !Objects.equals(this.key, key)) {
            return null;
        }
        List<ContentScanner.Entry> notes = new ArrayList<>(scan.notes());
        for (String path : changed) {
            int at = indexOf(notes, path);
            if (at >= 0) {
                ContentScanner.Entry entry = notes.get(at);
                Object stamp = FileStamp.of(entry.file());
                if (!(stamp instanceof FileStamp fresh) || fresh.equals(FileStamp.MISSING)) {
                    return null; // gone or unreadable since: the whole scan says what happened
                }
                notes.set(at, new ContentScanner.Entry(entry.file(), entry.contentPath(), fresh));
            } else if (indexOf(scan.dataFiles(), path) < 0) {
                // a file the last scan did not see, or an asset: an edit can give it front matter or a script,
                // which the scan alone tells
                return null;
            }
        }
        return new ContentScanner.Scan(notes, scan.dataFiles(), scan.assets());
    }

    /** What the scan reported (a link not followed, a file it could not read), to report again on reuse. */
    synchronized List<Problem> problems() {
        return problems;
    }

    /** Remembers a whole scan and the problems it reported. */
    synchronized void keep(Object key, ContentScanner.Scan scan, List<Problem> problems) {
        this.key = key;
        this.scan = scan;
        this.problems = List.copyOf(problems);
    }

    /** Where {@code path} is in {@code entries} (sorted by content path, as a scan lists them); negative if absent. */
    private static int indexOf(List<ContentScanner.Entry> entries, String path) {
        return Collections.binarySearch(entries, new ContentScanner.Entry(null, path, null),
                ContentScanner.Entry.BY_PATH);
    }
}
