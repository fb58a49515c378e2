package io.github.studysite.link;

import io.github.studysite.model.IntroParagraph;

import java.util.List;

/**
 * A self-introduction split into its Korean and English versions.
 *
 * @param korean  the Korean paragraphs, in order (empty when not written yet)
 * @param english the English paragraphs, in order (empty when not written yet)
 */
public record IntroVersions(List<IntroParagraph> korean, List<IntroParagraph> english) {

    public IntroVersions {
        korean = List.copyOf(korean);
        english = List.copyOf(english);
    }

    public String koreanText() {
        return String.join("\n\n", korean.stream().map(IntroParagraph::text).toList());
    }

    public String englishText() {
        return String.join("\n\n", english.stream().map(IntroParagraph::text).toList());
    }
}
