package io.github.studysite.extract;

import io.github.studysite.model.StarPart;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StarLabelTest {

    @Test
    void forms() {
        assertThat(StarLabel.of(LineKind.TEXT, "S: 상황").parts()).containsExactly(StarPart.SITUATION);
        assertThat(StarLabel.of(LineKind.TEXT, "S:마이데이터").rest()).isEqualTo("마이데이터");
        assertThat(StarLabel.of(LineKind.TEXT, "Situation: x").rest()).isEqualTo("x");
        assertThat(StarLabel.of(LineKind.TEXT, "RESULTS： y").parts()).containsExactly(StarPart.RESULT);
        assertThat(StarLabel.of(LineKind.TEXT, "결과: 성공").parts()).containsExactly(StarPart.RESULT);
        assertThat(StarLabel.of(LineKind.TEXT, "(T) 목표").parts()).containsExactly(StarPart.TASK);
        assertThat(StarLabel.of(LineKind.TEXT, "S/T: both").parts()).isEqualTo(Set.of(StarPart.SITUATION, StarPart.TASK));
        assertThat(StarLabel.of(LineKind.HEADING, "Action").parts()).containsExactly(StarPart.ACTION);
        assertThat(StarLabel.of(LineKind.BOLD, "상황").parts()).containsExactly(StarPart.SITUATION);
        assertThat(StarLabel.of(LineKind.TEXT, "A:").rest()).isEmpty();
    }

    @Test
    void notLabels() {
        assertThat(StarLabel.of(LineKind.TEXT, "s: lower-case letter")).isNull();
        assertThat(StarLabel.of(LineKind.TEXT, "Situation was bad")).isNull();
        assertThat(StarLabel.of(LineKind.HEADING, "Action items: x")).isNull();
        assertThat(StarLabel.of(LineKind.TEXT, "상황")).isNull();
        assertThat(StarLabel.of(LineKind.HEADING, "A")).isNull();
        assertThat(StarLabel.of(LineKind.BOLD, "S:").parts()).containsExactly(StarPart.SITUATION);
    }
}
