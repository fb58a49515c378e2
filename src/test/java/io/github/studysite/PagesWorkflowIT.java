package io.github.studysite;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitHub Pages workflow cannot run here, so this holds it to what it promises: the README's main-job commands,
 * GitHub's official Pages actions, the permissions they need, and the repository's base path passed to the build.
 */
class PagesWorkflowIT {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow() {
        return new Yaml().load(Fixtures.read(Path.of(".github/workflows/pages.yml")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(String job) {
        Map<String, Object> jobs = (Map<String, Object>) workflow().get("jobs");
        return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get(job)).get("steps");
    }

    @Test
    void buildsWithTheReadmesMainJobCommandsAndTheRepositoryPath() {
        String readme = Fixtures.read(Path.of("README.md"));
        String mainJob = readme.lines().dropWhile(l -> !l.startsWith("# Main job")).skip(1).findFirst().orElseThrow();
        List<String> runs = new ArrayList<>();
        for (Map<String, Object> step : steps("build")) {
            if (step.containsKey("run")) {
                runs.add(String.valueOf(step.get("run")).strip());
            }
        }
        List<String> commands = List.of(mainJob.split(" && "));
        assertThat(runs).hasSize(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            assertThat(runs.get(i)).startsWith(commands.get(i).strip());
        }
        assertThat(runs.get(runs.size() - 1)).contains("-Dstudysite.baseUrl=${{ steps.pages.outputs.base_path }}",
                "-Dstudysite.siteUrl=${{ steps.pages.outputs.origin }}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void deploysWithGitHubsOfficialActions() {
        assertThat(steps("build")).extracting(s -> String.valueOf(s.get("uses")))
                .anyMatch(u -> u.startsWith("actions/configure-pages@"))
                .anyMatch(u -> u.startsWith("actions/upload-pages-artifact@"));
        assertThat(steps("build")).filteredOn(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages"))
                .extracting(s -> ((Map<String, Object>) s.get("with")).get("path")).containsExactly("site-output");
        assertThat(steps("deploy")).extracting(s -> String.valueOf(s.get("uses")))
                .anyMatch(u -> u.startsWith("actions/deploy-pages@"));
        assertThat((Map<String, Object>) workflow().get("permissions"))
                .containsEntry("pages", "write").containsEntry("id-token", "write");
        assertThat((Map<String, Object>) workflow().get("concurrency")).containsEntry("group", "pages");
    }
}
