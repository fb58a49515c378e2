package io.github.studysite.serve;

import io.github.studysite.BuildResult;
import io.github.studysite.problem.Problem;
import io.github.studysite.problem.Problems;
import io.github.studysite.render.Messages;
import io.github.studysite.render.TemplateResolver;
import io.github.studysite.render.Templates;

import java.util.List;
import java.util.Map;

/**
 * The page the preview server shows instead of the site while the last build failed: every problem as
 * {@code path:line:col: message}, from {@code serve-error.mustache}. It is rendered with the built-in theme only,
 * since the failure may be a broken template of the project's own.
 */
final class ErrorPage {

    private ErrorPage() {
    }

    /**
     * One problem as the page lists it.
     *
     * @param location {@code path:line:col}, or empty
     * @param message  what is wrong
     */
    record Item(String location, String message) {
    }

    /** What the page shows: the interface language and its messages, then the problems. */
    record View(String lang, Map<String, String> t, List<Item> errors, List<Item> warnings, long errorCount,
                long warningCount) {
        /** Mustache renders a section over any number, 0 included, so the template asks this instead. */
        public boolean hasWarnings() {
            return warningCount > 0;
        }
    }

    static String render(BuildResult result, String lang) {
        TemplateResolver builtIn = new TemplateResolver(null);
        Messages messages = Messages.load(builtIn, lang, new Problems());
        View view = new View(lang, messages.asMap(),
                items(result.problems().stream().filter(Problem::isError).toList()),
                items(result.problems().stream().filter(p -> !p.isError()).toList()),
                result.errorCount(), result.warningCount());
        return new Templates(builtIn).render("serve-error", view);
    }

    private static List<Item> items(List<Problem> problems) {
        return problems.stream().map(p -> new Item(p.location(), p.message())).toList();
    }
}
