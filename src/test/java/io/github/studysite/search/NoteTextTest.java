package io.github.studysite.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A rendered note cut into sections at its headings, with the anchors inside them. */
class NoteTextTest {

    @Test
    void cutsAtHeadingsAndKeepsAnchorsWithTheirOffsets() {
        List<NoteText.Section> sections = NoteText.sections("""
                <p>머리말 <strong>KB카드</strong></p>
                <h2 id="lp">Leadership <em>Principles</em></h2>
                <ol><li id="q-1">서울에서 일 할 수 있나?</li><li>네<br>가능합니다</li></ol>
                <h3 id="empty">빈 섹션</h3>
                <h3>id 없는 제목</h3><p>본문</p>
                """);
        assertThat(sections).extracting(NoteText.Section::anchor).containsExactly("", "lp", "empty");
        assertThat(sections.get(0).text()).isEqualTo("머리말 KB카드");
        NoteText.Section lp = sections.get(1);
        assertThat(lp.heading()).isEqualTo("Leadership Principles");
        assertThat(lp.text()).isEqualTo("서울에서 일 할 수 있나? 네 가능합니다");
        assertThat(lp.anchors()).containsExactly(new SearchEntry.Anchor(0, "q-1"));
        // a heading without an id cannot be linked to, so its text stays in the section above
        assertThat(sections.get(2).text()).isEqualTo("id 없는 제목 본문");
    }

    @Test
    void aNoteWithoutHeadingsIsOneSection() {
        assertThat(NoteText.sections("<p>하나</p><p>둘</p>")).singleElement()
                .satisfies(s -> assertThat(s.text()).isEqualTo("하나 둘"));
        assertThat(NoteText.sections("")).singleElement().satisfies(s -> assertThat(s.text()).isEmpty());
    }

    @Test
    void aHugeNoteIsReadInItsBeginningOnly() {
        String paragraph = "<p>" + "마이데이터 프로젝트 ".repeat(20) + "</p>\n";
        String html = "<h2 id=\"first\">처음</h2>\n" + paragraph.repeat(NoteText.MAX_HTML / paragraph.length() + 10)
                + "<h2 id=\"last\">끝</h2><p>마지막 문장</p>";
        List<NoteText.Section> sections = NoteText.sections(html);
        assertThat(sections).extracting(NoteText.Section::anchor).contains("first").doesNotContain("last");
        assertThat(sections.get(sections.size() - 1).text()).endsWith("마이데이터 프로젝트");
    }
}
