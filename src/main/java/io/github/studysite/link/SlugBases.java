package io.github.studysite.link;

import io.github.studysite.model.Note;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.Question;
import io.github.studysite.model.Story;
import io.github.studysite.util.Slugs;

import java.util.ArrayList;
import java.util.List;

/**
 * The slug each story and question of one note starts from, before {@link StudyLinker} makes it unique site-wide
 * ({@code x}, {@code x-2}, …). It depends on the note alone, so a preview session works it out once per edit and
 * keeps it instead of slugging every title of the site on every rebuild.
 *
 * @param stories   one per story of the note, in order
 * @param questions one per question of the note, in order
 */
public record SlugBases(List<String> stories, List<String> questions) {

    public SlugBases {
        stories = List.copyOf(stories);
        questions = List.copyOf(questions);
    }

    /** A story is named by its title (else the note's slug); a question by its text, prefixed {@code q-}. */
    public static SlugBases of(Note note, NoteStudy study) {
        List<String> stories = new ArrayList<>(study.stories().size());
        for (Story story : study.stories()) {
            String base = story.title().isEmpty() ? note.slug() + "-story" : story.title();
            stories.add(Slugs.segment(shorten(base), "story"));
        }
        List<String> questions = new ArrayList<>(study.questions().size());
        for (Question q : study.questions()) {
            questions.add("q-" + Slugs.segment(shorten(q.text()), "question"));
        }
        return new SlugBases(stories, questions);
    }

    /** Slugs stay readable in URLs: at most about 50 characters, cut at a word. */
    static String shorten(String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        if (s.length() <= 50) {
            return s;
        }
        int cut = s.lastIndexOf(' ', 50);
        return s.substring(0, cut > 20 ? cut : 50);
    }
}
