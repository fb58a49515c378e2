package io.github.studysite.export;

import io.github.studysite.coach.Coaching;
import io.github.studysite.render.Hints;
import io.github.studysite.render.Messages;
import io.github.studysite.coach.Feedback;
import io.github.studysite.link.SiteQuestion;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.StudySite;
import io.github.studysite.address.Urls;
import io.github.studysite.util.SpeakingTime;
import io.github.studysite.publish.Output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the files people drill with outside the site — {@code exports/anki.txt} and {@code exports/stories.csv} —
 * once, in the site's own language (the first interface language).
 */
public final class ExportFiles {

    private ExportFiles() {
    }

    /** The feedback {@code study.json} lists, said in {@code m}'s language. */
    public static StudyFeedback feedback(StudySite site, Coaching coaching, Messages m) {
        Hints hints = hints(site, m);
        return new StudyFeedback() {
            @Override
            public List<Map<String, Object>> of(SiteStory story) {
                return items(coaching.report().of(story));
            }

            @Override
            public List<Map<String, Object>> of(SiteQuestion question) {
                return items(coaching.report().of(question));
            }

            private List<Map<String, Object>> items(List<Feedback> feedback) {
                return feedback.stream().map(f -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("rule", f.rule().id());
                    item.put("message", hints.message(f));
                    return item;
                }).toList();
            }
        };
    }

    private static Hints hints(StudySite site, Messages m) {
        return new Hints(m, id -> site.catalog().byId(id).map(p -> p.name(m.lang())).orElse(id));
    }

    public static void write(StudySite site, Coaching coaching, SpeakingTime speaking, Urls urls, Messages m,
                             Output out) {
        String lang = m.lang();
        out.write(AnkiDeck.PATH, AnkiDeck.of(site, part -> m.get("part_" + part.letter().toLowerCase(Locale.ROOT))));
        Hints hints = hints(site, m);
        StoryMatrix.Labels labels = new StoryMatrix.Labels(m.get("col_title"), m.get("col_note"),
                m.get("csv_complete"), m.get("csv_missing"), m.get("col_length"), m.get("csv_seconds"),
                m.get("col_speaking"), m.get("col_feedback"), m.get("csv_url"), p -> p.name(lang), hints::message);
        out.write(StoryMatrix.PATH, StoryMatrix.of(site, coaching.report(), speaking, urls, labels));
    }
}
