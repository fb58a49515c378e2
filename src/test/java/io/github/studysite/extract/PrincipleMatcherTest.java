package io.github.studysite.extract;

import io.github.studysite.model.Principle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrincipleMatcherTest {

    private final PrincipleMatcher matcher = new PrincipleMatcher(Extract.CATALOG);

    private String id(String title) {
        return matcher.title(title).map(Principle::id).orElse(null);
    }

    @Test
    void titles() {
        assertThat(id("1. Customer Obsession")).isEqualTo("customer-obsession");
        assertThat(id("1.  Frugality")).isEqualTo("frugality");
        assertThat(id("Customer Obsession(고객 집착)")).isEqualTo("customer-obsession");
        assertThat(id("고객 집착 (Customer Obsession)")).isEqualTo("customer-obsession");
        assertThat(id("LP 2: Ownership")).isEqualTo("ownership");
        assertThat(id("Have Backbone; Disagree and Commit")).isEqualTo("have-backbone-disagree-and-commit");
        assertThat(id("Strive to be Earth's Best Employer")).isEqualTo("strive-to-be-earths-best-employer");
        assertThat(id("근검절약")).isEqualTo("frugality");
        assertThat(id("주인의식")).isEqualTo("ownership");
    }

    @Test
    void sentencesThatMentionANameAreNotTitles() {
        assertThat(id("Ownership is what I value the most in my work")).isNull();
        assertThat(id("고객 집착의 경험 신뢰를 쌓기 위해 했던 것들.")).isNull();
        assertThat(id("LP")).isNull();
    }

    @Test
    void mentions() {
        assertThat(matcher.mentions("주인의식을 가지고 일한적")).extracting(Principle::id).containsExactly("ownership");
        assertThat(matcher.mentions("근검절약")).extracting(Principle::id).containsExactly("frugality");
        assertThat(matcher.mentions("왜 아마존에 입사하고 싶은가요?")).isEmpty();
    }
}
