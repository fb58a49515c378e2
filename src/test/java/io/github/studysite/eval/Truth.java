package io.github.studysite.eval;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a careful reader finds in one evaluation note ({@code src/test/resources/eval/truth/<note>.yml}): its family
 * and every story, question, intro and topic, as written by hand before the extractor was run on it. A held-out note
 * ({@code holdout: true}) was written after the rules were tuned on the others, to show how they do on notes they
 * were not made for; {@code holdout_set} numbers the held-out sets (1 when absent), each scored on its own row.
 */
record Truth(int family, boolean holdout, int holdoutSet, List<TruthStory> stories, List<TruthQuestion> questions, List<String> intros,
             List<String> topics) {

    record TruthStory(String title, List<String> principles, List<String> parts, boolean template) {
    }

    record TruthQuestion(String text, String translation, boolean answered) {
    }

    @SuppressWarnings("unchecked")
    static Truth read(Path file) throws IOException {
        Map<String, Object> doc = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
        List<Map<String, Object>> stories = (List<Map<String, Object>>) doc.getOrDefault("stories", List.of());
        List<Map<String, Object>> questions = (List<Map<String, Object>>) doc.getOrDefault("questions", List.of());
        List<Map<String, Object>> intros = (List<Map<String, Object>>) doc.getOrDefault("intros", List.of());
        List<Map<String, Object>> topics = (List<Map<String, Object>>) doc.getOrDefault("topics", List.of());
        return new Truth(((Number) doc.get("family")).intValue(), Boolean.TRUE.equals(doc.get("holdout")),
                ((Number) doc.getOrDefault("holdout_set", 1)).intValue(),
                stories.stream().map(s -> new TruthStory(string(s.get("title")),
                        (List<String>) s.getOrDefault("principles", List.of()),
                        (List<String>) s.getOrDefault("parts", List.of()),
                        Boolean.TRUE.equals(s.get("template")))).toList(),
                questions.stream().map(q -> new TruthQuestion(string(q.get("text")), string(q.get("translation")),
                        Boolean.TRUE.equals(q.get("answered")))).toList(),
                intros.stream().map(i -> string(i.get("title"))).toList(),
                topics.stream().map(t -> string(t.get("title"))).toList());
    }

    private static String string(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
