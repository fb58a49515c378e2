package io.github.studysite.extract;

import io.github.studysite.model.Note;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.Principle;
import io.github.studysite.model.PrincipleCatalog;
import io.github.studysite.model.PrincipleSection;
import io.github.studysite.model.Question;
import io.github.studysite.model.ReadingHint;
import io.github.studysite.model.SelfIntro;
import io.github.studysite.model.SourceRef;
import io.github.studysite.model.Story;
import io.github.studysite.model.StudyTopic;
import io.github.studysite.markdown.NoteOutline;
import io.github.studysite.markdown.ParsedNote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extract stage for one note: reads the study model — principle sections, STAR stories, questions with their
 * answers, self-introductions, study topics — out of free-form notes, and decides the anchors that link each of them
 * back into the note's page. Thread-safe: one instance serves every note.
 *
 * <p>How: the parsed note is flattened into lines ({@link Outline}), the lines into an outline of sections
 * ({@link Structure}), and finders read stories, intros, questions and topics off that outline. Rules live with their
 * finder and are documented there; phrasing rules live in {@link Phrases}, {@link StarLabel} and
 * {@link PrincipleMatcher}.
 */
public final class StudyExtractor {

    /** A principle named in brackets at the end of a story's title: {@code 장애 대응 (Ownership)}. */
    private static final java.util.regex.Pattern TITLE_BRACKET = java.util.regex.Pattern.compile("[(\\[]([^()\\[\\]]+)[)\\]]\\s*$");
    private static final List<String> NOTE_PRINCIPLE_KEYS = List.of("principles", "principle", "lp", "lps", "tags",
            "categories", "category");

    private final PrincipleCatalog catalog;
    private final PrincipleMatcher matcher;

    public StudyExtractor(PrincipleCatalog catalog) {
        this.catalog = catalog;
        this.matcher = new PrincipleMatcher(catalog);
    }

    public Extraction extract(ParsedNote parsed) {
        Note note = parsed.note();
        Structure s = new Structure(Outline.of(parsed), matcher);
        NoteOutline outline = parsed.outline();
        List<StoryBlock> blocks = StoryFinder.find(s);
        List<Hits.IntroHit> introHits = IntroFinder.find(s);
        List<Hits.QuestionHit> questionHits = QuestionFinder.find(s, blocks, introHits, matcher);
        TableFinder.Result tables = TableFinder.find(outline, s, matcher);
        List<Hits.TopicHit> topicHits = TopicFinder.find(s, blocks, introHits, questionHits, tables.lines());

        Anchors anchors = new Anchors(outline.headingIds());
        Keys keys = new Keys();
        Set<String> notePrinciples = notePrinciples(note);
        String path = note.contentPath();

        List<PrincipleSection> sections = new ArrayList<>();
        for (int i = 0; i < s.size; i++) {
            if (s.role[i] == Role.PRINCIPLE) {
                Principle p = s.principle[i];
                sections.add(new PrincipleSection(p.id(), s.title(i),
                        ref(path, anchors.of(s.line(i), "lp", p.id()), s.line(i))));
            }
        }

        Map<StoryBlock, Story> stories = new IdentityHashMap<>();
        List<Story> storyList = new ArrayList<>();
        for (StoryBlock block : blocks) {
            Story story = story(s, block, path, anchors, keys, notePrinciples);
            stories.put(block, story);
            storyList.add(story);
        }

        for (TableFinder.StoryRow row : tables.stories()) {
            String title = row.title().isEmpty()
                    ? Phrases.firstWords(row.parts().values().stream().filter(t -> !t.isEmpty()).findFirst().orElse(""), 40)
                    : Phrases.storyTitle(row.title());
            Set<String> principles = row.principles().isEmpty() ? notePrinciples : row.principles();
            storyList.add(new Story(keys.make("s", title.isEmpty() ? "untitled" : title), title,
                    ref(path, anchors.of(row.line(), "story", title.isEmpty() ? "story" : title), row.line()),
                    List.copyOf(principles), row.parts(), row.group()));
        }
        storyList.sort(java.util.Comparator.comparingInt(st -> st.source().line()));

        List<Question> questions = new ArrayList<>();
        List<SelfIntro> intros = new ArrayList<>();
        for (Hits.IntroHit hit : introHits) {
            Line line = s.line(hit.line());
            SourceRef ref = ref(path, anchors.of(line, "intro", hit.title()), line);
            SelfIntro intro = new SelfIntro(keys.make("intro", hit.title()), hit.title(), ref, hit.paragraphs(),
                    hit.limitSeconds());
            intros.add(intro);
            questions.add(new Question(keys.make("q", hit.title()), hit.title(), ref, intro.text(),
                    List.copyOf(notePrinciples), List.of(), QuestionFinder.group(s, hit.line()), true));
        }
        for (Hits.QuestionHit hit : questionHits) {
            Line line = s.line(hit.line());
            Set<String> principles = new LinkedHashSet<>(hit.principles());
            if (principles.isEmpty()) {
                principles.addAll(notePrinciples);
            }
            List<String> storyKeys = hit.stories().stream().map(b -> stories.get(b).key()).toList();
            String answer = hit.answer();
            questions.add(new Question(keys.make("q", hit.text()), hit.text(),
                    ref(path, anchors.of(line, "q", hit.text()), line), answer, List.copyOf(principles), storyKeys,
                    hit.group(), false, hit.translation()));
        }
        for (TableFinder.Row row : tables.questions()) {
            Set<String> principles = row.principles().isEmpty() ? notePrinciples : row.principles();
            questions.add(new Question(keys.make("q", row.question()), row.question(),
                    ref(path, anchors.of(row.line(), "q", row.question()), row.line()), row.answer(),
                    List.copyOf(principles), List.of(), row.group(), false));
        }
        questions.sort(java.util.Comparator.comparingInt(q -> q.source().line()));

        List<StudyTopic> topics = new ArrayList<>();
        for (Hits.TopicHit hit : topicHits) {
            Line line = s.line(hit.line());
            topics.add(new StudyTopic(keys.make("t", hit.title()), hit.title(), hit.hint(),
                    ref(path, anchors.of(line, "topic", hit.title()), line), hit.group()));
        }
        List<ReadingHint> hints = new ArrayList<>();
        for (StoryBlock block : blocks) {
            for (int typo : block.typos) {
                StarLabel label = s.labels[typo];
                String meant = label.learnings() ? "Learnings" : label.parts().stream().sorted()
                        .map(p -> p.name().charAt(0) + p.name().substring(1).toLowerCase(java.util.Locale.ROOT))
                        .collect(java.util.stream.Collectors.joining("/"));
                hints.add(new ReadingHint(s.line(typo).number(), ReadingHint.TYPO, label.typo(), meant));
            }
        }
        hints.addAll(Unread.hints(s, blocks, questionHits, introHits));
        hints.sort(java.util.Comparator.comparingInt(ReadingHint::line));
        return new Extraction(new NoteStudy(sections, storyList, questions, intros, topics, hints),
                anchors.assigned());
    }

    private Story story(Structure s, StoryBlock block, String path, Anchors anchors, Keys keys,
                        Set<String> notePrinciples) {
        var parts = block.texts();
        String title = block.titleLine >= 0 ? Phrases.storyTitle(s.line(block.titleLine).text()) : "";
        if (title.isEmpty()) {
            String text = parts.values().stream().filter(t -> !t.isEmpty()).findFirst().orElse("");
            title = Phrases.firstWords(text.lines().findFirst().orElse(""), 40);
        }
        Line anchorLine = s.line(block.titleLine >= 0 ? block.titleLine : block.first);
        Set<String> principles = new LinkedHashSet<>();
        if (s.inPrinciple[block.first] >= 0) {
            principles.add(s.principle[s.inPrinciple[block.first]].id());
        }
        for (String tag : block.tags) {
            matcher.title(tag).ifPresent(p -> principles.add(p.id()));
        }
        java.util.regex.Matcher bracket = TITLE_BRACKET.matcher(title);
        if (bracket.find()) {
            boolean all = true;
            for (String name : bracket.group(1).split("\\s*[,/·]\\s*")) {
                var named = matcher.title(name);
                named.ifPresent(p -> principles.add(p.id()));
                all &= named.isPresent();
            }
            // "장애 회고 (Ownership, Earn Trust)": the brackets file the story; its title is what is before them
            if (all && bracket.start() > 0) {
                title = title.substring(0, bracket.start()).strip();
            }
        }
        if (principles.isEmpty()) {
            principles.addAll(notePrinciples);
        }
        int group = s.inGroup[block.first];
        String groupTitle = group >= 0 && group != block.titleLine && group > s.inPrinciple[block.first]
                ? s.title(group) : "";
        String keySource = title.isEmpty() ? "untitled" : title;
        return new Story(keys.make("s", keySource), title,
                ref(path, anchors.of(anchorLine, "story", title.isEmpty() ? "story" : title), anchorLine),
                List.copyOf(principles), parts, groupTitle, block.learnings.toString());
    }

    /**
     * Principles a whole note is about, from front matter: {@code principles: [ownership]}, a tag or category naming
     * one ({@code tags: [amazon, frugality]}), or a title that does ({@code title: "Frugality 사례"}).
     */
    private Set<String> notePrinciples(Note note) {
        Set<String> ids = new LinkedHashSet<>();
        if (note.frontMatter().get("title") instanceof String title) {
            matcher.titleWithWords(title).ifPresent(p -> ids.add(p.id()));
        }
        for (String key : NOTE_PRINCIPLE_KEYS) {
            Object value = note.frontMatter().get(key);
            List<?> values = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
            for (Object v : values) {
                String name = String.valueOf(v);
                catalog.byId(name).or(() -> matcher.title(name)).ifPresent(p -> ids.add(p.id()));
            }
        }
        return ids;
    }

    private static SourceRef ref(String path, String anchor, Line line) {
        return new SourceRef(path, anchor, line.number());
    }

    /** Keys unique within a note, stable while titles are: {@code s:lg화학cdn서비스}, then {@code …#2}. */
    private static final class Keys {
        private final Map<String, Integer> seen = new HashMap<>();

        String make(String kind, String text) {
            String base = kind + ":" + Phrases.normalise(Phrases.firstWords(text, 60));
            int n = seen.merge(base, 1, Integer::sum);
            return n == 1 ? base : base + "#" + n;
        }
    }
}
