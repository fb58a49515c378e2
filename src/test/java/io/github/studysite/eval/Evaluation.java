package io.github.studysite.eval;

import io.github.studysite.BuildResult;
import io.github.studysite.Fixtures;
import io.github.studysite.SiteBuilder;
import io.github.studysite.config.SiteConfig;
import io.github.studysite.export.StudyJson;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores the extractor against the evaluation corpus: builds the corpus's notes as one site, reads what the build
 * wrote to {@code study.json} (the same data a user gets), and matches it against each note's ground truth. Titles
 * and question texts match when they are equal on letters and digits, or one holds the other and is at least 70 % of
 * its length (a bracketed principle after a title, a numbering left in).
 */
final class Evaluation {

    static final Path CORPUS = Fixtures.PROJECT.resolve("src/test/resources/eval");

    /** The figures, in the order EXTRACTION.md lists them. */
    static final List<String> METRICS = List.of("stories found (recall)", "stories split right", "stories precision",
            "principle right", "templates flagged", "questions recall", "questions precision", "translations right",
            "intros found", "intros precision", "topics recall", "topics precision");

    /** Hits over a total; a figure with nothing to count is 100 %. */
    static final class Tally {
        int hit;
        int total;

        void add(boolean ok) {
            total++;
            hit += ok ? 1 : 0;
        }

        double percent() {
            return total == 0 ? 100.0 : 100.0 * hit / total;
        }

        String show() {
            return total == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", percent());
        }
    }

    /** Every figure over the whole corpus and per family, and what was missed, note by note. */
    record Scores(Map<String, Tally> overall, Map<Integer, Map<String, Tally>> families, Map<Integer, Integer> notes,
                  List<String> misses) {
    }

    private Evaluation() {
    }

    /** Builds the corpus in {@code work} (a scratch folder) and scores it. */
    static Scores run(Path work) throws IOException {
        Path content = work.resolve("content");
        Files.createDirectories(content);
        List<Path> notes;
        try (Stream<Path> files = Files.list(CORPUS.resolve("notes"))) {
            notes = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        for (Path note : notes) {
            Files.copy(note, content.resolve(note.getFileName().toString()));
        }
        Files.writeString(content.resolve("_config.yml"), "exports: true\n", StandardCharsets.UTF_8);
        BuildResult result = new SiteBuilder(SiteConfig.builder(work).build()).build();
        if (!result.success()) {
            throw new AssertionError("the corpus did not build: " + result.problems());
        }
        Map<String, Object> study = new Yaml().load(Files.readString(
                result.output().resolve(StudyJson.PATH), StandardCharsets.UTF_8));
        Scores scores = new Scores(tallies(), new TreeMap<>(), new TreeMap<>(), new ArrayList<>());
        for (Path note : notes) {
            String name = note.getFileName().toString();
            String base = name.substring(0, name.length() - ".md".length());
            Truth truth = Truth.read(CORPUS.resolve("truth").resolve(base + ".yml"));
            int group = truth.holdout() ? HELD_OUT + truth.holdoutSet() - 1 : truth.family();
            Map<String, Tally> family = scores.families().computeIfAbsent(group, f -> tallies());
            scores.notes().merge(group, 1, Integer::sum);
            new NoteScore(base, truth, of(study, "stories", name), of(study, "questions", name),
                    of(study, "intros", name), of(study, "topics", name), scores.misses())
                    .addTo(scores.overall(), family);
        }
        return scores;
    }

    private static Map<String, Tally> tallies() {
        Map<String, Tally> map = new LinkedHashMap<>();
        METRICS.forEach(m -> map.put(m, new Tally()));
        return map;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> of(Map<String, Object> study, String kind, String file) {
        return ((List<Map<String, Object>>) study.get(kind)).stream()
                .filter(item -> String.valueOf(item.get("note")).endsWith("/" + file)).toList();
    }

    /** Letters and digits, lower case: how titles are compared. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static boolean same(String found, String truth) {
        String a = normalise(found);
        String b = normalise(truth);
        if (a.equals(b)) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        return longer.contains(shorter) && shorter.length() * 10 >= longer.length() * 7;
    }

    /** One note's matches. */
    private record NoteScore(String note, Truth truth, List<Map<String, Object>> stories,
                             List<Map<String, Object>> questions, List<Map<String, Object>> intros,
                             List<Map<String, Object>> topics, List<String> misses) {

        void addTo(Map<String, Tally> overall, Map<String, Tally> family) {
            Map<String, Tally> local = tallies();
            stories(local);
            questions(local);
            titles(local, "intros", intros, truth.intros());
            titles(local, "topics", topics, truth.topics());
            local.forEach((metric, t) -> {
                overall.get(metric).hit += t.hit;
                overall.get(metric).total += t.total;
                family.get(metric).hit += t.hit;
                family.get(metric).total += t.total;
            });
        }

        private void stories(Map<String, Tally> local) {
            Set<Map<String, Object>> used = new HashSet<>();
            for (Truth.TruthStory want : truth.stories()) {
                Map<String, Object> got = null;
                for (Map<String, Object> s : stories) {
                    if (used.contains(s)) {
                        continue;
                    }
                    boolean match = want.title().isEmpty()
                            ? Boolean.TRUE.equals(s.get("template")) && principles(s).equals(Set.copyOf(want.principles()))
                            : same(String.valueOf(s.get("title")), want.title());
                    if (match) {
                        got = s;
                        break;
                    }
                }
                local.get("stories found (recall)").add(got != null);
                if (got == null) {
                    misses.add(note + ": story not found: '" + want.title() + "'");
                    local.get("stories split right").add(false);
                    local.get("principle right").add(false);
                    if (want.template()) {
                        local.get("templates flagged").add(false);
                    }
                    continue;
                }
                used.add(got);
                Set<String> parts = written(got);
                boolean template = Boolean.TRUE.equals(got.get("template"));
                boolean split = parts.equals(Set.copyOf(want.parts())) && template == want.template();
                local.get("stories split right").add(split);
                if (!split) {
                    misses.add(note + ": story '" + want.title() + "' split as " + parts + " (want " + want.parts()
                            + ")" + (template != want.template() ? " template=" + template : ""));
                }
                boolean principle = principles(got).equals(Set.copyOf(want.principles()));
                local.get("principle right").add(principle);
                if (!principle) {
                    misses.add(note + ": story '" + want.title() + "' filed under " + principles(got) + " (want "
                            + want.principles() + ")");
                }
                if (want.template()) {
                    local.get("templates flagged").add(template);
                }
            }
            for (Map<String, Object> s : stories) {
                local.get("stories precision").add(used.contains(s));
                if (!used.contains(s)) {
                    misses.add(note + ": false story: '" + s.get("title") + "' at line " + s.get("line"));
                }
            }
        }

        private void questions(Map<String, Tally> local) {
            List<Map<String, Object>> asked = questions.stream().filter(q -> !Boolean.TRUE.equals(q.get("intro")))
                    .toList();
            Set<Map<String, Object>> used = new HashSet<>();
            for (Truth.TruthQuestion want : truth.questions()) {
                Map<String, Object> got = asked.stream().filter(q -> !used.contains(q)
                        && same(String.valueOf(q.get("text")), want.text())).findFirst().orElse(null);
                local.get("questions recall").add(got != null);
                if (got == null) {
                    misses.add(note + ": question not found: '" + want.text() + "'");
                    if (!want.translation().isEmpty()) {
                        local.get("translations right").add(false);
                    }
                    continue;
                }
                used.add(got);
                if (!want.translation().isEmpty()) {
                    Object translation = got.get("translation");
                    String answer = String.valueOf(got.get("answer"));
                    boolean right = translation != null && same(String.valueOf(translation), want.translation())
                            && !normalise(answer).contains(normalise(want.translation()));
                    local.get("translations right").add(right);
                    if (!right) {
                        misses.add(note + ": question '" + want.text() + "' translation '" + translation
                                + "', answer '" + answer + "'");
                    }
                }
            }
            for (Map<String, Object> q : asked) {
                local.get("questions precision").add(used.contains(q));
                if (!used.contains(q)) {
                    misses.add(note + ": false question: '" + q.get("text") + "' at line " + q.get("line"));
                }
            }
        }

        private void titles(Map<String, Tally> local, String kind, List<Map<String, Object>> found, List<String> want) {
            Set<Map<String, Object>> used = new HashSet<>();
            for (String title : want) {
                Map<String, Object> got = found.stream().filter(f -> !used.contains(f)
                        && same(String.valueOf(f.get("title")), title)).findFirst().orElse(null);
                local.get(kind.equals("intros") ? "intros found" : "topics recall").add(got != null);
                if (got == null) {
                    misses.add(note + ": " + kind + " not found: '" + title + "'");
                } else {
                    used.add(got);
                }
            }
            for (Map<String, Object> f : found) {
                local.get(kind + " precision").add(used.contains(f));
                if (!used.contains(f)) {
                    misses.add(note + ": false " + kind + ": '" + f.get("title") + "' at line " + f.get("line"));
                }
            }
        }

        @SuppressWarnings("unchecked")
        private static Set<String> principles(Map<String, Object> story) {
            return Set.copyOf((List<String>) story.get("principles"));
        }

        @SuppressWarnings("unchecked")
        private static Set<String> written(Map<String, Object> story) {
            Set<String> parts = new HashSet<>();
            ((Map<String, Object>) story.get("parts")).forEach((part, text) -> {
                if (text != null && !String.valueOf(text).isBlank()) {
                    parts.add(part.substring(0, 1).toUpperCase(Locale.ROOT));
                }
            });
            return parts;
        }
    }

    /** The scores as EXTRACTION.md's tables. */
    static String tables(Scores scores) {
        StringBuilder sb = new StringBuilder();
        sb.append("| figure | score | counted |\n|---|---:|---:|\n");
        scores.overall().forEach((metric, t) -> sb.append("| ").append(metric).append(" | ").append(t.show())
                .append(" | ").append(t.hit).append('/').append(t.total).append(" |\n"));
        sb.append("\n| family | notes | stories found | split right | story precision | principle right "
                + "| questions recall | questions precision | intros found | topics precision |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        scores.families().forEach((family, t) -> sb.append("| ").append(family >= HELD_OUT ? "–" : family).append(" ")
                .append(FAMILY_NAMES.getOrDefault(family, "")).append(" | ").append(scores.notes().get(family))
                .append(" | ").append(t.get("stories found (recall)").show())
                .append(" | ").append(t.get("stories split right").show())
                .append(" | ").append(t.get("stories precision").show())
                .append(" | ").append(t.get("principle right").show())
                .append(" | ").append(t.get("questions recall").show())
                .append(" | ").append(t.get("questions precision").show())
                .append(" | ").append(t.get("intros found").show())
                .append(" | ").append(t.get("topics precision").show()).append(" |\n"));
        return sb.toString();
    }

    /** The row of the first held-out set, whatever their family; set n is row {@code HELD_OUT + n - 1}. */
    static final int HELD_OUT = 99;

    static final Map<Integer, String> FAMILY_NAMES = Map.ofEntries(Map.entry(0, "seed formats"),
            Map.entry(1, "details/summary Q&A"), Map.entry(2, "bilingual questions"),
            Map.entry(3, "STAR label variants"), Map.entry(4, "principle from context"),
            Map.entry(5, "question phrasing"), Map.entry(6, "self-introductions"), Map.entry(7, "study topics"),
            Map.entry(8, "empty templates"),
            Map.entry(HELD_OUT, "held-out notes (all families, written after tuning)"),
            Map.entry(HELD_OUT + 1, "second held-out set (u*.md, another reader; first run in the prose above)"));
}
