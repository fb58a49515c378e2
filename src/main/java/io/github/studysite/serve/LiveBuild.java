package io.github.studysite.serve;

import io.github.studysite.BuildResult;

import java.util.Set;

/**
 * One build of a preview session.
 *
 * @param number  1 for the first build, then counting up
 * @param result  what the build reported
 * @param changed the site files it wrote or deleted (relative to the site); null when it wrote the whole site
 */
public record LiveBuild(int number, BuildResult result, Set<String> changed) {

    public LiveBuild {
        changed = changed == null ? null : Set.copyOf(changed);
    }

    /** Whether the whole site was written (the first build, or after the theme changed in a way pages show). */
    public boolean wroteEverything() {
        return changed == null;
    }
}
