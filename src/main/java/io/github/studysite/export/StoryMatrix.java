package io.github.studysite.export;

import io.github.studysite.coach.CoachReport;
import io.github.studysite.coach.Feedback;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.StudySite;
import io.github.studysite.address.Urls;
import io.github.studysite.model.Principle;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.Story;
import io.github.studysite.render.StudyPages;
import io.github.studysite.util.SpeakingTime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code exports/stories.csv}: the STAR story matrix people keep in spreadsheets — one row per story, one column per
 * principle ({@code x} where it is filed), then completeness, length, speaking time and the coach's feedback. RFC
 * 4180 (CRLF, fields with a comma, quote or line break quoted, quotes doubled), UTF-8 with a byte-order mark so that
 * Excel reads Korean as Korean. A field that starts with {@code = + - @} gets a leading {@code '}, so that a
 * spreadsheet shows it instead of running it as a formula.
 */
public final class StoryMatrix {

    public static final String PATH = "exports/stories.csv";

    /** The interface strings the matrix needs, in the site's language. */
    public record Labels(String title, String note, String complete, String missing, String chars, String seconds,
                         String speaking, String feedback, String url, Function<Principle, String> principle,
                         Function<Feedback, String> message) {
    }

    private StoryMatrix() {
    }

    public static String of(StudySite site, CoachReport coach, SpeakingTime speaking, Urls urls, Labels labels) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of(labels.title(), labels.note()));
        site.principles().forEach(p -> header.add(labels.principle().apply(p)));
        header.addAll(List.of(labels.complete(), labels.missing(), labels.chars(), labels.seconds(),
                labels.speaking(), labels.feedback(), labels.url()));
        row(out, header);
        for (SiteStory s : site.stories()) {
            Story story = s.story();
            List<String> row = new ArrayList<>(List.of(story.title(), s.note().note().title()));
            for (Principle p : site.principles()) {
                row.add(story.principles().contains(p.id()) ? "x" : "");
            }
            int seconds = speaking.seconds(story.text());
            row.add(story.isComplete() ? "yes" : "no");
            row.add(String.join(" ", story.missing().stream().map(StarPart::letter).toList()));
            row.add(String.valueOf(story.text().length()));
            row.add(String.valueOf(seconds));
            row.add(SpeakingTime.format(seconds));
            row.add(String.join("\n", coach.of(s).stream().map(labels.message()).toList()));
            row.add(urls.display(StudyPages.storyPage(s)));
            row(out, row);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        String v = value.replace("\r\n", "\n");
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"").replace("\n", "\r\n") + '"';
    }
}
