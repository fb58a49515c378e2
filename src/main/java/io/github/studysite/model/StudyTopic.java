package io.github.studysite.model;

import java.util.Objects;

/**
 * A topic the notes name but do not answer yet ({@code EC2: }, {@code MSA의 장단점}) — an item of the study checklist.
 *
 * @param key    identity within its note
 * @param title  the topic
 * @param hint   what the note says to study about it ({@code 컨테이너가 무엇인지 … 알아야 합니다}), or empty
 * @param source where it is written
 * @param group  the heading it is listed under, or empty
 */
public record StudyTopic(String key, String title, String hint, SourceRef source, String group) {
    public StudyTopic {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        hint = hint == null ? "" : hint;
        Objects.requireNonNull(source, "source");
        group = group == null ? "" : group;
    }
}
