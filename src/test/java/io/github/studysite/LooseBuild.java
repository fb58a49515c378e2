package io.github.studysite;

import io.github.studysite.config.SiteConfig;

import java.nio.file.Path;
import java.util.List;

/** A non-strict build of a test project, and its problems as {@code E|W path:line:col: message}. */
final class LooseBuild {

    private LooseBuild() {
    }

    static BuildResult of(Path project) {
        return new SiteBuilder(SiteConfig.builder(project).strict(false).build()).build();
    }

    static List<String> problems(BuildResult result) {
        return result.problems().stream().map(p -> (p.isError() ? "E " : "W ") + p).toList();
    }
}
