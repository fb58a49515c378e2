package io.github.studysite.export;

import io.github.studysite.cache.BuildCache;
import io.github.studysite.link.SiteIntro;
import io.github.studysite.link.SiteNote;
import io.github.studysite.link.SiteQuestion;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.SiteTopic;
import io.github.studysite.link.StudySite;
import io.github.studysite.address.Urls;
import io.github.studysite.model.SourceRef;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.Story;
import io.github.studysite.render.IntroPages;
import io.github.studysite.render.StudyPages;
import io.github.studysite.search.SearchIndex;
import io.github.studysite.util.Json;
import io.github.studysite.publish.Output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code study.json} at the site root: the study model as data, for a spreadsheet, another tool, or the extractor's
 * evaluation ({@code EXTRACTION.md}). Schema version 1 (README, "study.json"): fields may be added, never change
 * meaning. URLs are relative to the site root; {@code line} is 1-based in the note file.
 */
public final class StudyJson {

    public static final String PATH = "study.json";
    public static final int VERSION = 1;

    private StudyJson() {
    }

    /** Writes {@code study.json}, or keeps the previous build's when the model is equal. */
    public static void write(StudySite site, Urls urls, Output out, BuildCache cache) {
        write(site, urls, StudyFeedback.NONE, out, cache);
    }

    /** Writes {@code study.json} with the coach's feedback on each story and question. */
    public static void write(StudySite site, Urls urls, StudyFeedback feedback, Output out, BuildCache cache) {
        StringBuilder sb = new StringBuilder();
        Json.append(sb, data(site, urls, feedback));
        String json = sb.append('\n').toString(); // one copy of the whole model's text, not two
        sb = null;
        SearchIndex.writeOrKeep(PATH, json, () -> json, out, cache);
    }

    /** The document, as JSON-ready values in schema order. */
    public static Map<String, Object> data(StudySite site, Urls urls) {
        return data(site, urls, StudyFeedback.NONE);
    }

    /** The document with the coach's feedback ({@code stories[].feedback}, {@code questions[].feedback}). */
    public static Map<String, Object> data(StudySite site, Urls urls, StudyFeedback feedback) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", VERSION);
        doc.put("notes", site.notes().stream().map(n -> note(n, urls)).toList());
        doc.put("stories", site.stories().stream().map(s -> story(s, urls, feedback)).toList());
        doc.put("questions", site.questions().stream().map(q -> question(site, q, urls, feedback)).toList());
        doc.put("intros", site.intros().stream().map(i -> intro(i, urls)).toList());
        doc.put("topics", site.topics().stream().map(StudyJson::topic).toList());
        return doc;
    }

    private static Map<String, Object> note(SiteNote note, Urls urls) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", note.note().sourcePath());
        m.put("title", note.note().title());
        m.put("url", urls.display(note.page()));
        return m;
    }

    private static Map<String, Object> story(SiteStory s, Urls urls, StudyFeedback feedback) {
        Story story = s.story();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.slug());
        m.put("title", story.title());
        source(m, s.note(), story.source());
        m.put("principles", story.principles());
        Map<String, Object> parts = new LinkedHashMap<>();
        for (StarPart part : StarPart.values()) {
            parts.put(part.name().toLowerCase(Locale.ROOT), story.part(part));
        }
        m.put("parts", parts);
        m.put("learnings", story.learnings());
        m.put("template", story.isTemplate());
        m.put("group", story.group());
        m.put("url", urls.display(StudyPages.storyPage(s)));
        m.put("anchor", story.source().anchor());
        m.put("feedback", feedback.of(s));
        return m;
    }

    private static Map<String, Object> question(StudySite site, SiteQuestion q, Urls urls, StudyFeedback feedback) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("text", q.question().text());
        m.put("translation", q.question().translation().isEmpty() ? null : q.question().translation());
        source(m, q.note(), q.question().source());
        m.put("principles", q.question().principles());
        m.put("answer", q.question().answer());
        m.put("stories", site.storiesOf(q).stream().map(SiteStory::slug).toList());
        m.put("intro", q.question().intro());
        m.put("group", q.question().group());
        m.put("url", urls.display(StudyPages.questionsPage(site, q)) + "#" + q.id());
        m.put("feedback", feedback.of(q));
        return m;
    }

    private static Map<String, Object> intro(SiteIntro i, Urls urls) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.slug());
        m.put("title", i.intro().title());
        source(m, i.note(), i.intro().source());
        m.put("ko", i.versions().koreanText());
        m.put("en", i.versions().englishText());
        m.put("limit_seconds", i.intro().limitSeconds());
        m.put("url", urls.display(IntroPages.page(i)));
        return m;
    }

    private static Map<String, Object> topic(SiteTopic t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.note().note().slug() + "--" + t.topic().source().anchor());
        m.put("title", t.topic().title());
        m.put("hint", t.topic().hint());
        source(m, t.note(), t.topic().source());
        m.put("group", t.topic().group());
        return m;
    }

    private static void source(Map<String, Object> m, SiteNote note, SourceRef ref) {
        m.put("note", note.note().sourcePath());
        m.put("line", ref.line());
    }
}
