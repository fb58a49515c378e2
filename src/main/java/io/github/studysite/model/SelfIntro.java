package io.github.studysite.model;

import java.util.List;
import java.util.Objects;

/**
 * A self-introduction ("자기소개", "Tell me about yourself") written in a note.
 *
 * @param key              identity within its note
 * @param title            its heading as written ({@code 2분 내로 자기소개})
 * @param source           where it is written
 * @param paragraphs       its text, paragraph by paragraph, in order
 * @param limitSeconds     the time limit the title states ({@code 2분 내로} → 120), or 0 when it states none
 */
public record SelfIntro(String key, String title, SourceRef source, List<IntroParagraph> paragraphs,
                        int limitSeconds) {

    public SelfIntro {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        paragraphs = List.copyOf(paragraphs);
    }

    /** The whole text. */
    public String text() {
        return String.join("\n\n", paragraphs.stream().map(IntroParagraph::text).toList());
    }
}
