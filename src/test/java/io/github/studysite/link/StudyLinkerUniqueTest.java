package io.github.studysite.link;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Site-wide unique slugs: the first keeps its name, later ones get the first free -2, -3, … */
class StudyLinkerUniqueTest {

    @Test
    void laterClashesTakeTheFirstFreeSuffixEvenWhenATitleLooksLikeOne() {
        Map<String, Integer> used = new HashMap<>();
        List<String> slugs = List.of("x", "x", "x-2", "x", "y", "x-3", "x").stream()
                .map(s -> StudyLinker.unique(s, used)).toList();
        assertThat(slugs).containsExactly("x", "x-2", "x-2-2", "x-3", "y", "x-3-2", "x-4");
    }

    @Test
    void thousandsOfEqualTitlesStayDistinctAndInOrder() {
        Map<String, Integer> used = new HashMap<>();
        List<String> slugs = IntStream.range(0, 20_000).mapToObj(i -> StudyLinker.unique("story", used)).toList();
        assertThat(slugs).doesNotHaveDuplicates();
        assertThat(slugs.get(0)).isEqualTo("story");
        assertThat(slugs.get(19_999)).isEqualTo("story-20000");
    }
}
