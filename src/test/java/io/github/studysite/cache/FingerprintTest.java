package io.github.studysite.cache;

import io.github.studysite.text.PackedText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintTest {

    record Card(String title, int seconds, List<String> principles, boolean complete) {
    }

    private static Map<String, Object> view(String title, int seconds) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("stories", List.of(new Card(title, seconds, List.of("ownership"), true)));
        view.put("count", 1L);
        view.put("missing", Optional.empty());
        view.put("grams", new long[] {3, 1, 4});
        return view;
    }

    @Test
    void equalValuesBuiltApartHaveEqualFingerprints() {
        assertThat(Fingerprint.of(view("LG화학 CDN서비스", 95))).isEqualTo(Fingerprint.of(view("LG화학 CDN서비스", 95)));
        assertThat(Fingerprint.of(List.of("a", 1))).isEqualTo(Fingerprint.of(new ArrayList<>(List.of("a", 1))));
    }

    @Test
    void anyChangeDeepInsideChangesIt() {
        long base = Fingerprint.of(view("LG화학 CDN서비스", 95));
        assertThat(Fingerprint.of(view("LG화학 CDN 서비스", 95))).isNotEqualTo(base);
        assertThat(Fingerprint.of(view("LG화학 CDN서비스", 96))).isNotEqualTo(base);
        Map<String, Object> other = view("LG화학 CDN서비스", 95);
        other.put("grams", new long[] {3, 1, 5});
        assertThat(Fingerprint.of(other)).isNotEqualTo(base);
        assertThat(Fingerprint.of(new Card("a", 1, List.of(), true)))
                .isNotEqualTo(Fingerprint.of(new Card("a", 1, List.of(), false)));
    }

    @Test
    void boundariesBetweenValuesCount() {
        assertThat(Fingerprint.of(List.of("ab", "c"))).isNotEqualTo(Fingerprint.of(List.of("a", "bc")));
        assertThat(Fingerprint.of(List.of(List.of(), List.of("x")))).isNotEqualTo(Fingerprint.of(List.of(List.of("x"),
                List.of())));
        assertThat(Fingerprint.of(1)).isNotEqualTo(Fingerprint.of("1"));
        assertThat(Fingerprint.of(null)).isNotEqualTo(Fingerprint.of(""));
    }

    @Test
    void manyDistinctValuesDoNotCollide() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            seen.add(Fingerprint.of(List.of("stories/s" + i + "/index.html", i % 7, i % 2 == 0)));
        }
        assertThat(seen).hasSize(200_000);
    }

    @Test
    void aChangeAtAnyPositionOfAStringChangesIt() {
        for (int length = 1; length <= 9; length++) {
            String base = "가".repeat(length);
            long fingerprint = Fingerprint.of(base);
            for (int i = 0; i < length; i++) {
                String changed = base.substring(0, i) + "나" + base.substring(i + 1);
                assertThat(Fingerprint.of(changed)).as("length %d, position %d", length, i).isNotEqualTo(fingerprint);
            }
        }
        assertThat(Fingerprint.of("abcd")).isNotEqualTo(Fingerprint.of("badc"));
    }

    @Test
    void aPackedTextCountsByItsContentWithoutBeingUnpacked() {
        String body = "<p>LG화학 CDN서비스</p>\n".repeat(2_000);
        record Page(String path, PackedText body) {
        }
        long base = Fingerprint.of(new Page("notes/a/index.html", PackedText.of(body)));
        assertThat(Fingerprint.of(new Page("notes/a/index.html", PackedText.of(body)))).isEqualTo(base);
        assertThat(Fingerprint.of(new Page("notes/a/index.html", PackedText.of(body + "!")))).isNotEqualTo(base);
        assertThat(Fingerprint.of(new Page("notes/a/index.html", PackedText.of("<p>X" + body.substring(4)))))
                .isNotEqualTo(base);
        assertThat(Fingerprint.of(new Page("notes/b/index.html", PackedText.of(body)))).isNotEqualTo(base);
    }
}
