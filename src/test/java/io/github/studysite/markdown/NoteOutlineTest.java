package io.github.studysite.markdown;

import io.github.studysite.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What parsing hands the extractor instead of flexmark's tree, and how ids for its blocks come back. */
class NoteOutlineTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine();
    private static final String NOTE = """
            # 리더십 원칙

            - [x] 고객 집착 **Situation:** 배포가 늦었다
            - [ ] 주인의식

            1) 첫째
            2) 둘째

            > 인용된 문단

            | 질문 | 답 |
            |---|---|
            | 왜? | 그래서 |

            <details><summary>답변 보기</summary>내용</details>
            """;

    private static List<NoteOutline.Block> blocks(ParsedNote parsed) {
        List<NoteOutline.Block> blocks = new ArrayList<>();
        parsed.readBlocks(blocks::add);
        return blocks;
    }

    @Test
    void blocksSayWhatEachPartOfTheNoteIs() {
        ParsedNote parsed = ENGINE.parse(Fixtures.note("a.md", NOTE));
        List<NoteOutline.Block> blocks = blocks(parsed);

        NoteOutline.Heading heading = (NoteOutline.Heading) blocks.get(0);
        assertThat(heading.level()).isEqualTo(1);
        assertThat(heading.plain()).isEqualTo("리더십 원칙");
        assertThat(heading.line()).isEqualTo(1);
        assertThat(parsed.outline().headingIds()).containsEntry(heading.id(), "리더십-원칙");

        List<NoteOutline.Item> items = blocks.stream().filter(NoteOutline.Item.class::isInstance)
                .map(NoteOutline.Item.class::cast).toList();
        assertThat(items.subList(2, 4)).extracting(NoteOutline.Item::delimiter).containsExactly(')', ')');
        assertThat(items).extracting(NoteOutline.Item::task).containsExactly(NoteOutline.Item.DONE_TASK,
                NoteOutline.Item.OPEN_TASK, 0, 0);
        assertThat(items).extracting(NoteOutline.Item::line).containsExactly(3, 4, 6, 7);
        // the bold label stays a run of its own, with what follows it, for the extractor to split lines on
        NoteOutline.Inline strong = items.get(0).first().content().stream()
                .filter(i -> i.kind() == NoteOutline.Kind.STRONG).findFirst().orElseThrow();
        assertThat(strong.text()).isEqualTo("Situation:");
        assertThat(strong.after()).isEqualTo(" 배포가 늦었다");
        assertThat(strong.textAfter()).isTrue();

        assertThat(blocks).filteredOn(NoteOutline.Block::quoted).singleElement()
                .isInstanceOf(NoteOutline.Paragraph.class);
        assertThat(blocks).filteredOn(NoteOutline.Html.class::isInstance).singleElement()
                .extracting(b -> ((NoteOutline.Html) b).text()).asString().contains("<summary>답변 보기</summary>");

        NoteOutline.Table table = parsed.outline().tables().get(0);
        assertThat(table.header()).containsExactly("질문", "답");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.cells()).containsExactly("왜?", "그래서");
            assertThat(row.line()).isEqualTo(13);
        });
    }

    @Test
    void idsGivenToBlockNumbersLandOnThoseElements() {
        ParsedNote parsed = ENGINE.parse(Fixtures.note("a.md", NOTE));
        List<NoteOutline.Block> blocks = blocks(parsed);
        NoteOutline.Item item = (NoteOutline.Item) blocks.get(1);
        NoteOutline.Block quoted = blocks.stream().filter(NoteOutline.Block::quoted).findFirst().orElseThrow();
        NoteOutline.Row row = parsed.outline().tables().get(0).rows().get(0);

        Document page = Jsoup.parseBodyFragment(ENGINE.render(parsed,
                Map.of(item.id(), "story-고객", quoted.id(), "q-인용", row.id(), "q-왜"), LinkRewriter.NONE, false));

        org.jsoup.nodes.Element story = page.getElementById("story-고객");
        assertThat(story.tagName()).isEqualTo("li");
        assertThat(story.text()).startsWith("고객 집착");
        assertThat(page.getElementById("q-인용").tagName()).isEqualTo("p");
        assertThat(page.getElementById("q-인용").parent().tagName()).isEqualTo("blockquote");
        assertThat(page.getElementById("q-왜").tagName()).isEqualTo("tr");
        // a block number read twice is the same block
        assertThat(blocks(parsed).get(1).id()).isEqualTo(item.id());
    }
}
