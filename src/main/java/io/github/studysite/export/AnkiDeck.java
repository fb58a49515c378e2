package io.github.studysite.export;

import io.github.studysite.link.SiteQuestion;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.StudySite;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.Story;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code exports/anki.txt}: the answered questions and the written stories as an Anki text import. The header lines
 * tell Anki (2.1.55 and later) the format, so the import needs no settings: fields are tab-separated, hold HTML, and
 * the third column is the note's tags. Every field is HTML-escaped (note text is shown as written, a {@code <} in a
 * note stays a {@code <}, and a {@code "} cannot open a quoted CSV field); a tab or line break inside a field becomes
 * {@code <br>}, so each note is one line. Tags are the principles' ids plus {@code question} or {@code story}.
 */
public final class AnkiDeck {

    public static final String PATH = "exports/anki.txt";

    /** What {@code back} of a part looks like: {@code S · Situation}, in the site's language. */
    public interface PartNames {
        String of(StarPart part);
    }

    private AnkiDeck() {
    }

    public static String of(StudySite site, PartNames parts) {
        StringBuilder out = new StringBuilder("#separator:tab\n#html:true\n#tags column:3\n");
        for (SiteQuestion q : site.questions()) {
            if (q.question().isAnswered()) {
                line(out, field(q.question().text()), field(q.question().answer()), tags("question",
                        q.question().principles()));
            }
        }
        for (SiteStory s : site.stories()) {
            Story story = s.story();
            if (story.isEmpty() || story.title().isEmpty()) {
                continue;
            }
            List<String> back = new ArrayList<>();
            for (StarPart part : StarPart.values()) {
                if (!story.part(part).isEmpty()) {
                    back.add("<b>" + field(parts.of(part)) + "</b><br>" + field(story.part(part)));
                }
            }
            line(out, field(story.title()), String.join("<br><br>", back), tags("story", story.principles()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String front, String back, String tags) {
        out.append(front).append('\t').append(back).append('\t').append(tags).append('\n');
    }

    /** Escaped for HTML; tabs and line breaks as {@code <br>}. */
    static String field(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        String s = text.replace("\r\n", "\n").strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\t', '\n', '\r', '\u2028', '\u2029' -> sb.append("<br>");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Anki tags are separated by spaces; principle ids are slugs, which have none. */
    private static String tags(String kind, List<String> principles) {
        List<String> tags = new ArrayList<>();
        tags.add(kind);
        tags.addAll(principles);
        return String.join(" ", tags);
    }
}
