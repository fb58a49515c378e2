package io.github.studysite.coach;

import io.github.studysite.config.Rule;
import io.github.studysite.config.CoachSettings;
import io.github.studysite.link.SiteStory;
import io.github.studysite.link.StudySite;
import io.github.studysite.model.StarPart;
import io.github.studysite.util.SpeakingTime;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each feedback rule on small notes written for it, in Korean and English, flagged and not. */
class CoachTest {

    private static final Coach COACH = new Coach(CoachSettings.DEFAULT, SpeakingTime.DEFAULT);

    private static String note(String principle, String title, String s, String t, String a, String r) {
        return "## " + principle + "\n### " + title + "\nS: " + s + "\nT: " + t + "\nA: " + a + "\nR: " + r + "\n";
    }

    private static List<Rule> rules(StudySite site, String title) {
        return COACH.review(site).of(Sites.story(site, title)).stream().map(Feedback::rule).toList();
    }

    private static List<Rule> rules(String markdown, String title) {
        return rules(Sites.one(markdown), title);
    }

    private static final String WORDS = "I rebuilt the cache layer and moved the slow queries behind it. ";

    @Test
    void aResultWithoutAFigureIsFlaggedInBothLanguages() {
        assertThat(rules(note("Ownership", "Cache", "Pages were slow.", "Make them fast.", WORDS,
                "Customers were happy and pages felt much faster."), "Cache")).contains(Rule.UNQUANTIFIED_RESULT);
        assertThat(rules(note("Ownership", "캐시", "페이지가 느렸습니다.", "빠르게 해야 했습니다.",
                "제가 캐시를 도입했습니다.", "고객들이 만족했습니다."), "캐시")).contains(Rule.UNQUANTIFIED_RESULT);
    }

    @Test
    void aResultWithAFigureIsNotFlagged() {
        for (String result : List.of("Latency fell from 2 s → 200 ms.", "Errors dropped 35%.",
                "We cut the cost in half.", "응답 시간이 3배 빨라졌습니다.", "배포가 1주일에서 하루로 줄었습니다.",
                "비용이 절반으로 줄었습니다.", "Saved $40k a year.")) {
            assertThat(rules(note("Ownership", "Fast", "Slow.", "Fix.", WORDS, result), "Fast"))
                    .as(result).doesNotContain(Rule.UNQUANTIFIED_RESULT);
        }
    }

    @Test
    void anActionToldForTheTeamIsFlaggedAndOneToldInIIsNot() {
        assertThat(rules(note("Ownership", "Team", "s", "t",
                "We planned it and our team shipped it; we measured it. I helped.", "Done in 2 days."), "Team"))
                .contains(Rule.TEAM_VOICE);
        assertThat(rules(note("Ownership", "팀", "s", "t", "저희 팀은 계획을 세웠고 우리는 배포했습니다.",
                "2일 만에 끝냈습니다."), "팀")).contains(Rule.TEAM_VOICE);
        assertThat(rules(note("Ownership", "Me", "s", "t", "I planned it; my script shipped it. We reviewed it.",
                "Done in 2 days."), "Me")).doesNotContain(Rule.TEAM_VOICE);
        assertThat(rules(note("Ownership", "나", "s", "t", "저는 계획을 세웠고 제가 제품을 배포했습니다. 저희 팀이 검토했습니다.",
                "2일 만에 끝냈습니다."), "나")).doesNotContain(Rule.TEAM_VOICE);
    }

    @Test
    void aLongStoryIsFlaggedWithItsLongestPartAndAShortOneAsTooShort() {
        String longAction = "제가 모든 서버의 설정을 하나씩 점검하고 고쳤습니다. ".repeat(30);
        StudySite site = Sites.one(note("Ownership", "긴 이야기", "서버가 느렸습니다.", "고쳐야 했습니다.", longAction,
                "응답이 40% 빨라졌습니다."));
        Feedback f = COACH.review(site).of(Sites.story(site, "긴 이야기")).stream()
                .filter(x -> x.rule() == Rule.TOO_LONG).findFirst().orElseThrow();
        assertThat(f.part()).contains(StarPart.ACTION);
        assertThat(f.seconds()).isGreaterThan(120).isEqualTo(f.partSeconds().values().stream().mapToInt(i -> i).sum());
        assertThat(f.limit()).isEqualTo(120);

        assertThat(rules(note("Ownership", "Short", "Slow.", "Fix.", "I fixed it.", "40% faster."), "Short"))
                .contains(Rule.TOO_SHORT).doesNotContain(Rule.TOO_LONG);
        String fair = "I measured every request and rewrote the slowest handlers one by one, checking each. ";
        assertThat(rules(note("Ownership", "Fair", "The site was slow for our users.", "I owned the fix.",
                fair.repeat(8), "Pages got 40% faster."), "Fair")).doesNotContain(Rule.TOO_SHORT, Rule.TOO_LONG);
    }

    @Test
    void aNotesOwnTimeLimitWins() {
        String story = note("Ownership", "Limit", "Slow.", "Fix.", WORDS.repeat(5), "40% faster.");
        assertThat(rules(story, "Limit")).doesNotContain(Rule.TOO_LONG);
        assertThat(rules("---\ntime_limit: \"0:20\"\n---\n" + story, "Limit")).contains(Rule.TOO_LONG);
    }

    @Test
    void aSituationLongerThanActionAndResultIsFlagged() {
        String situation = "The company had grown quickly and many teams shared one database that nobody owned. ";
        assertThat(rules(note("Ownership", "Shared database", situation.repeat(3), "Fix it.", "I split it.",
                "40% faster."), "Shared database")).contains(Rule.LONG_SITUATION);
        assertThat(rules(note("Ownership", "데이터베이스 분리", "회사가 빠르게 성장하면서 여러 팀이 하나의 데이터베이스를 함께 썼습니다. ".repeat(3),
                "나눠야 했습니다.", "제가 나눴습니다.", "40% 빨라졌습니다."), "데이터베이스 분리")).contains(Rule.LONG_SITUATION);
        assertThat(rules(note("Ownership", "Balanced", situation, "Fix it.", WORDS.repeat(2), "40% faster."),
                "Balanced")).doesNotContain(Rule.LONG_SITUATION);
    }

    @Test
    void aCopiedPartNamesTheEarlierStory() {
        String result = "고객분들이 이 추적 서비스를 너무 좋아하셔서 운영서버까지 적용했습니다.";
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("a.md", note("Ownership", "첫 이야기", "s", "t", "제가 만들었습니다.", result));
        notes.put("b.md", note("Customer Obsession", "둘째 이야기", "s2", "t2", "제가 연동했습니다.",
                " " + result.replace(".", "!") + " "));
        notes.put("c.md", note("Customer Obsession", "Reworded", "s3", "t3", "I did it.",
                "고객분들이 이 추적 서비스를 정말 좋아하셔서 운영서버까지 적용했습니다."));
        notes.put("d.md", note("Ownership", "Other", "s4", "t4", "I did it.",
                "장애 알림이 평균 10분 빨라져 담당자들이 먼저 대응할 수 있었습니다."));
        StudySite site = Sites.of(notes);
        CoachReport report = COACH.review(site);
        SiteStory first = Sites.story(site, "첫 이야기");
        assertThat(report.of(first)).extracting(Feedback::rule).doesNotContain(Rule.REPEATED_PART);
        for (String copy : List.of("둘째 이야기", "Reworded")) {
            Feedback f = report.of(Sites.story(site, copy)).stream().filter(x -> x.rule() == Rule.REPEATED_PART)
                    .findFirst().orElseThrow(() -> new AssertionError(copy));
            assertThat(f.other()).containsSame(first);
            assertThat(f.part()).contains(StarPart.RESULT);
        }
        assertThat(report.of(Sites.story(site, "Other"))).extracting(Feedback::rule)
                .doesNotContain(Rule.REPEATED_PART);
    }

    @Test
    void aStoryUnderManyPrinciplesOrTheOnlyStoryOfSeveralIsFlagged() {
        String spread = "## Ownership\n### Spread (Bias for Action, Frugality)\n"
                + "S: s\nT: t\nA: I did it.\nR: 40% faster.\n";
        StudySite site = Sites.one(spread);
        SiteStory s = Sites.story(site, "Spread");
        assertThat(s.story().principles()).hasSizeGreaterThan(2);
        List<Feedback> f = COACH.review(site).of(s);
        assertThat(f).extracting(Feedback::rule).contains(Rule.TOO_MANY_PRINCIPLES, Rule.ONLY_STORY);

        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("a.md", note("Ownership", "One", "s", "t", "I did it.", "40% faster."));
        notes.put("b.md", note("Ownership", "Two", "s", "t", "I did it.", "30% faster."));
        notes.put("c.md", note("Frugality", "Three", "s", "t", "I did it.", "20% cheaper."));
        StudySite plain = Sites.of(notes);
        for (String title : List.of("One", "Two", "Three")) {
            assertThat(rules(plain, title)).doesNotContain(Rule.TOO_MANY_PRINCIPLES, Rule.ONLY_STORY);
        }
    }

    @Test
    void switchedOffRulesGiveNoHints() {
        String story = note("Ownership", "Off", "s", "t", "We did it.", "Customers were happy.");
        CoachSettings off = new CoachSettings(true, Set.of("unquantified-result", "team-voice"), 120, 45, 2, 0.8, 5,
                3);
        StudySite site = Sites.one(story);
        assertThat(new Coach(off, SpeakingTime.DEFAULT).review(site).of(Sites.story(site, "Off")))
                .extracting(Feedback::rule).doesNotContain(Rule.UNQUANTIFIED_RESULT, Rule.TEAM_VOICE);
        assertThat(rules(site, "Off")).contains(Rule.UNQUANTIFIED_RESULT, Rule.TEAM_VOICE);
        CoachSettings none = new CoachSettings(false, Set.of(), 120, 45, 2, 0.8, 5, 3);
        assertThat(new Coach(none, SpeakingTime.DEFAULT).review(site).storiesNeedingWork()).isZero();
    }

    @Test
    void answersAreJudgedForVoiceAndLength() {
        String md = "## 예상질문\n1. Why do you want to join?\n   We like the team and our goals match; we want to grow.\n";
        StudySite site = Sites.one(md);
        assertThat(site.questions()).isNotEmpty();
        var q = site.questions().stream().filter(x -> x.question().isAnswered()).findFirst().orElseThrow();
        assertThat(COACH.review(site).of(q)).extracting(Feedback::rule).contains(Rule.TEAM_VOICE, Rule.TOO_SHORT);
    }
}
