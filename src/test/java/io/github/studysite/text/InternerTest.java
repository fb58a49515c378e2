package io.github.studysite.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class InternerTest {

    @Test
    void equalStringsComeBackAsTheFirstInstance() {
        Interner strings = new Interner();
        String first = new String("고객 집착");
        String second = new String("고객 집착");
        assertThat(strings.share(first)).isSameAs(first);
        assertThat(strings.share(second)).isSameAs(first);
        assertThat(strings.share(new String("Customer Obsession"))).isNotSameAs(first);
        assertThat(strings.size()).isEqualTo(2);
    }

    @Test
    void emptyAndNullAreNotHeld() {
        Interner strings = new Interner();
        assertThat(strings.share(new String(""))).isSameAs("");
        assertThat(strings.share(null)).isNull();
        assertThat(strings.size()).isZero();
    }

    @Test
    void threadsAgreeOnOneInstance() {
        Interner strings = new Interner();
        List<String> shared = IntStream.range(0, 10_000).parallel()
                .mapToObj(i -> strings.share(new String("q-" + (i % 10)))).toList();
        for (String text : shared) {
            assertThat(text).isSameAs(strings.share(text.substring(0)));
            assertThat(strings.share(new String(text))).isSameAs(text);
        }
        assertThat(strings.size()).isEqualTo(10);
    }
}
