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

    @Test
    void otherVocabulariesMapToStarParts() {
        assertThat(StarLabel.of(LineKind.TEXT, "Context: a slow release").parts()).containsExactly(StarPart.SITUATION);
        assertThat(StarLabel.of(LineKind.TEXT, "Goal: one hour").parts()).containsExactly(StarPart.TASK);
        assertThat(StarLabel.of(LineKind.TEXT, "Obstacle: no runbook").parts()).containsExactly(StarPart.TASK);
        assertThat(StarLabel.of(LineKind.TEXT, "Approach: flags").parts()).containsExactly(StarPart.ACTION);
        assertThat(StarLabel.of(LineKind.TEXT, "Resolution: fixed").parts()).containsExactly(StarPart.RESULT);
        assertThat(StarLabel.of(LineKind.ITEM, "해결: 재시도 정책 변경").parts()).containsExactly(StarPart.ACTION);
        assertThat(StarLabel.of(LineKind.ITEM, "성과: 실패율 0%").parts()).containsExactly(StarPart.RESULT);
        assertThat(StarLabel.of(LineKind.TEXT, "Problem: p99 doubled").star()).isFalse();
        assertThat(StarLabel.of(LineKind.TEXT, "Situation (상황): 장애").rest()).isEqualTo("장애");
        assertThat(StarLabel.of(LineKind.HEADING, "배운 점").learnings()).isTrue();
        assertThat(StarLabel.of(LineKind.TEXT, "Situation").alone()).isTrue();
    }

    @Test
    void oneLetterTyposAreReadAndSaySo() {
        StarLabel typo = StarLabel.of(LineKind.TEXT, "Actioin: rewrote it");
        assertThat(typo.parts()).containsExactly(StarPart.ACTION);
        assertThat(typo.typo()).isEqualTo("Actioin");
        assertThat(StarLabel.of(LineKind.TEXT, "Taks: bring crashes down").parts()).containsExactly(StarPart.TASK);
        assertThat(StarLabel.of(LineKind.TEXT, "Resut: 0.6%").parts()).containsExactly(StarPart.RESULT);
        assertThat(StarLabel.of(LineKind.TEXT, "Mask: not a label")).isNull();
        assertThat(StarLabel.of(LineKind.TEXT, "Ask: not a label")).isNull();
        assertThat(StarLabel.of(LineKind.TEXT, "Actioin rewrote it")).isNull();
        assertThat(StarLabel.oneEditApart("reslt", "result")).isTrue();
        assertThat(StarLabel.oneEditApart("rezzlt", "result")).isFalse();
    }
}
