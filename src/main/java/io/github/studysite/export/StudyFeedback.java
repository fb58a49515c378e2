package io.github.studysite.export;

import io.github.studysite.link.SiteQuestion;
import io.github.studysite.link.SiteStory;

import java.util.List;
import java.util.Map;

/**
 * The coach's feedback as {@code study.json} lists it: {@code [{"rule": "…", "message": "…"}]} per story and
 * question, the message in the site's language.
 */
public interface StudyFeedback {

    StudyFeedback NONE = new StudyFeedback() {
        @Override
        public List<Map<String, Object>> of(SiteStory story) {
            return List.of();
        }

        @Override
        public List<Map<String, Object>> of(SiteQuestion question) {
            return List.of();
        }
    };

    List<Map<String, Object>> of(SiteStory story);

    List<Map<String, Object>> of(SiteQuestion question);
}
