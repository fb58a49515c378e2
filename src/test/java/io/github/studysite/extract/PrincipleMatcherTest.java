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

    /**
     * The matcher looks titles up in a table of every name and name pair; this checks it against the straightforward
     * scan it replaced (a name alone, else a name followed or preceded by another name of the same principle) on
     * every name, every pair of names, names with words around them and pairs across principles.
     */
    @Test
    void lookingUpAgreesWithScanningEveryName() {
        java.util.List<String> names = new java.util.ArrayList<>();
        Extract.CATALOG.principles().forEach(p -> names.addAll(p.names()));
        java.util.List<String> titles = new java.util.ArrayList<>();
        for (String a : names) {
            titles.add(a);
            titles.add("1. " + a + " 경험");
            titles.add("my " + a);
            for (String b : names) {
                titles.add(a + " (" + b + ")");
            }
        }
        for (String title : titles) {
            assertThat(matcher.title(title).map(Principle::id).orElse(null)).as(title).isEqualTo(scan(title));
        }
    }

    /** The scan {@link PrincipleMatcher#title} did before it looked titles up. */
    private static String scan(String text) {
        String t = Phrases.normalise(Phrases.cleanTitle(text));
        if (t.isEmpty()) {
            return null;
        }
        java.util.List<java.util.Map.Entry<Principle, String>> names = new java.util.ArrayList<>();
        for (Principle p : Extract.CATALOG.principles()) {
            for (String name : p.names()) {
                String n = Phrases.normalise(name);
                if (!n.isEmpty()) {
                    names.add(java.util.Map.entry(p, n));
                }
            }
        }
        names.sort((a, b) -> b.getValue().length() - a.getValue().length());
        for (var name : names) {
            if (t.equals(name.getValue())) {
                return name.getKey().id();
            }
        }
        for (var name : names) {
            String n = name.getValue();
            for (var other : names) {
                if (other.getKey() == name.getKey() && (t.equals(n + other.getValue())
                        || t.equals(other.getValue() + n))) {
                    return name.getKey().id();
                }
            }
        }
        return null;
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
