package io.github.studysite.export;

import io.github.studysite.BuildResult;
import io.github.studysite.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code study.json} as a user's tool reads it: schema version 1. */
class StudyJsonTest {

    @Test
    @SuppressWarnings("unchecked")
    void aBuildWithExportsWritesTheModelAsData(@TempDir Path project) throws IOException {
        Fixtures.write(project, "content/_config.yml", "exports: true\n");
        Fixtures.write(project, "content/lp.md", """
                # Frugality

                ### Free-tier PoC
                - S: No budget yet.
                - R: Done for free.

                ## Dive Deep

                - S:
                - T:
                - A:
                - R:

                ## Questions

                - Why Amazon? (왜 아마존인가요?)
                """);
        BuildResult result = Fixtures.build(project);
        assertThat(result.success()).as(result.problems().toString()).isTrue();
        Map<String, Object> doc = new Yaml().load(Fixtures.read(result.output().resolve(StudyJson.PATH)));
        assertThat(doc).containsEntry("version", 1).containsKeys("notes", "stories", "questions", "intros", "topics");
        List<Map<String, Object>> notes = (List<Map<String, Object>>) doc.get("notes");
        assertThat(notes).singleElement().satisfies(n -> assertThat(n).containsEntry("path", "content/lp.md"));
        List<Map<String, Object>> stories = (List<Map<String, Object>>) doc.get("stories");
        assertThat(stories).extracting(s -> s.get("template")).containsExactly(false, true);
        Map<String, Object> first = stories.get(0);
        assertThat(first).containsEntry("title", "Free-tier PoC").containsEntry("note", "content/lp.md")
                .containsEntry("line", 3).containsEntry("principles", List.of("frugality"));
        assertThat((Map<String, Object>) first.get("parts")).containsEntry("situation", "No budget yet.")
                .containsEntry("task", "").containsEntry("result", "Done for free.");
        assertThat(result.output().resolve(String.valueOf(first.get("url")))).exists();
        List<Map<String, Object>> questions = (List<Map<String, Object>>) doc.get("questions");
        assertThat(questions).singleElement().satisfies(q -> assertThat(q).containsEntry("text", "Why Amazon?")
                .containsEntry("translation", "왜 아마존인가요?").containsEntry("answer", ""));
    }
}
