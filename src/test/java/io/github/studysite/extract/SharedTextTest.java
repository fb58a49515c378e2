package io.github.studysite.extract;

import io.github.studysite.Fixtures;
import io.github.studysite.model.NoteStudy;
import io.github.studysite.model.StarPart;
import io.github.studysite.model.Story;
import io.github.studysite.parse.ParsedNote;
import io.github.studysite.parse.TocEntry;
import io.github.studysite.text.Interner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeds 000 and 001 are two revisions of one note: most of their stories are the same text. */
class SharedTextTest {

    private final SharedText shared = new SharedText(new Interner());

    @Test
    void theCopyIsEqualToTheOriginal() {
        for (String seed : Fixtures.ALL_SEEDS) {
            NoteStudy study = Extract.seed(seed);
            assertThat(shared.study(study)).as(seed).isEqualTo(study);
            ParsedNote parsed = Extract.ENGINE.parse(Fixtures.seed(seed));
            assertThat(shared.toc(parsed.toc())).as(seed).isEqualTo(parsed.toc());
        }
    }

    @Test
    void aStoryInBothRevisionsIsHeldOnce() {
        NoteStudy older = shared.study(Extract.seed(Fixtures.SEED_000));
        NoteStudy newer = shared.study(Extract.seed(Fixtures.SEED_001));
        Story before = story(older, "LG화학 CDN서비스");
        Story after = story(newer, "LG화학 CDN서비스");
        assertThat(after.title()).isSameAs(before.title());
        assertThat(after.principles().get(0)).isSameAs(before.principles().get(0));
        int same = 0;
        for (StarPart part : StarPart.values()) {
            if (!after.part(part).isEmpty() && after.part(part).equals(before.part(part))) {
                assertThat(after.part(part)).as(part.name()).isSameAs(before.part(part));
                same++;
            }
        }
        assertThat(same).isPositive();
    }

    @Test
    void headingsRepeatedAcrossNotesShareTheirText() {
        List<TocEntry> one = shared.toc(Extract.ENGINE.parse(Fixtures.seed(Fixtures.SEED_003)).toc());
        List<TocEntry> two = shared.toc(Extract.ENGINE.parse(Fixtures.seed(Fixtures.SEED_003)).toc());
        assertThat(one).isNotEmpty();
        for (int i = 0; i < one.size(); i++) {
            assertThat(two.get(i).text()).isSameAs(one.get(i).text());
            assertThat(two.get(i).id()).isSameAs(one.get(i).id());
        }
    }

    private static Story story(NoteStudy study, String title) {
        return study.stories().stream().filter(s -> s.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no story " + title + " in " + Extract.titles(study.stories())));
    }
}
