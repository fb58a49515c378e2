package io.github.studysite.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds what is still to study:
 * <ul>
 *   <li>a label with nothing after it ({@code EC2: }) — or only a hint of what to learn
 *       ({@code **Docker:** 컨테이너가 무엇인지 … 알아야 합니다.});</li>
 *   <li>short topic lines in a section that is a list of topics rather than prose ({@code # MSA} with
 *       {@code MSA의 장단점 (왜 사용하냐)});</li>
 *   <li>a heading with nothing under it (a table under it is something).</li>
 * </ul>
 * Sections that are mostly questions have had their topic-like lines made questions already ({@link Structure}).
 */
final class TopicFinder {


    private TopicFinder() {
    }

    static List<Hits.TopicHit> find(Structure s, List<StoryBlock> stories, List<Hits.IntroHit> intros,
                       List<Hits.QuestionHit> questions, List<Integer> tables) {
        Set<Integer> taken = new HashSet<>();
        questions.forEach(q -> taken.add(q.line()));
        List<Hits.TopicHit> topics = new ArrayList<>();
        for (int i = 0; i < s.size; i++) {
            Line line = s.line(i);
            if (line.task() == Line.DONE_TASK) {
                taken.add(i); // done: not to study any more
                continue;
            }
            if (!eligible(s, i, stories, intros, taken)) {
                continue;
            }
            if (line.task() == Line.OPEN_TASK && !line.isEmpty()) {
                topics.add(new Hits.TopicHit(i, Phrases.cleanTitle(line.text()), "", QuestionFinder.group(s, i)));
                taken.add(i);
                continue;
            }
            String[] label = Phrases.label(line.text());
            List<String> listed = label == null || s.labels[i] != null ? List.of() : topicList(label[1]);
            if (!listed.isEmpty()) {
                // "1차 면접: Docker, PKI, Token, …": each a topic, under the label
                for (String topic : listed) {
                    topics.add(new Hits.TopicHit(i, topic, "", Phrases.cleanTitle(label[0])));
                }
                taken.add(i);
                continue;
            }
            if (label != null && s.labels[i] == null && !URL_SCHEME.matcher(label[0]).matches()
                    && (label[1].isEmpty() || Phrases.isGuidance(label[1]))) {
                topics.add(new Hits.TopicHit(i, Phrases.cleanTitle(label[0]), label[1], QuestionFinder.group(s, i)));
                taken.add(i);
            }
        }
        for (int h = 0; h < s.size; h++) {
            Line heading = s.line(h);
            if (heading.kind() != LineKind.HEADING || s.role[h] != Role.NONE || s.inPrinciple[h] >= 0
                    || s.inQuestionList[h] >= 0 || !eligible(s, h, stories, intros, taken)) {
                continue;
            }
            List<Integer> direct = new ArrayList<>();
            for (int j = h + 1; j < s.end[h]; j++) {
                if (s.inHeading[j] == h && !s.line(j).isEmpty()) {
                    direct.add(j);
                }
            }
            int below = h + 1 < s.size ? s.line(h + 1).number() : Integer.MAX_VALUE;
            boolean table = tables.stream().anyMatch(t -> t > heading.number() && t < below);
            if (!table && (s.end[h] == h + 1 || (h + 1 < s.size && direct.isEmpty()
                    && s.line(h + 1).kind() == LineKind.HEADING && s.line(h + 1).level() <= heading.level()))) {
                topics.add(new Hits.TopicHit(h, s.title(h), "", QuestionFinder.group(s, h)));
                continue;
            }
            int topicLike = 0;
            for (int j : direct) {
                if (taken.contains(j) || isTopicLine(s, j)) {
                    topicLike++;
                }
            }
            if (topicLike * 2 < direct.size() || Phrases.isNotes(heading.text())) {
                continue;
            }
            for (int j : direct) {
                if (isTopicLine(s, j) && eligible(s, j, stories, intros, taken)) {
                    topics.add(new Hits.TopicHit(j, Phrases.cleanTitle(s.line(j).text()), "", s.title(h)));
                    taken.add(j);
                }
            }
        }
        topics.sort(Comparator.comparingInt(Hits.TopicHit::line));
        return topics;
    }

    private static final java.util.regex.Pattern ETC = java.util.regex.Pattern.compile("(?i)^(?:등등?|etc\\.?|\\.\\.\\.|…)$");
    private static final java.util.regex.Pattern ETC_END = java.util.regex.Pattern.compile("\\s*(?:등등?|etc\\.?)$");
    private static final java.util.regex.Pattern LIST_SEPARATOR = java.util.regex.Pattern.compile("\\s*[,、，]\\s*");
    private static final java.util.regex.Pattern URL_SCHEME = java.util.regex.Pattern.compile("(?i)https?|ftp|mailto");

    /**
     * The topics of a comma-separated list of at least three short names ({@code Docker, PKI, Token, 등등}), in
     * order, "등등"/"etc." left out; empty for any other text (a sentence with commas is not a list).
     */
    static List<String> topicList(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('、') < 0 && text.indexOf('，') < 0) {
            return List.of(); // one item, not a list
        }
        String[] items = LIST_SEPARATOR.split(text);
        List<String> topics = new ArrayList<>();
        for (String item : items) {
            String t = item.strip();
            if (t.isEmpty() || ETC.matcher(t).matches()) {
                continue;
            }
            String withoutEtc = ETC_END.matcher(t).replaceAll("");
            if (withoutEtc.length() > 30 || Phrases.isSentence(withoutEtc) || Phrases.isQuestion(withoutEtc)
                    || withoutEtc.split("\\s+").length > 4) {
                return List.of();
            }
            topics.add(withoutEtc);
        }
        return topics.size() >= 3 ? topics : List.of();
    }

    private static boolean isTopicLine(Structure s, int j) {
        Line line = s.line(j);
        // a line that opens with a link to a section ("[[#Queue migration]] - …", "[Intro](#intro)") is a table of
        // contents entry: it points at what the note holds, it is not something to study
        return (line.kind() == LineKind.TEXT || line.kind() == LineKind.ITEM) && !line.linkOnly()
                && !line.anchorLink() && !line.text().startsWith("[[") && s.labels[j] == null && Phrases.isTopicLike(line.text());
    }

    private static boolean eligible(Structure s, int i, List<StoryBlock> stories, List<Hits.IntroHit> intros,
                                    Set<Integer> taken) {
        if (taken.contains(i) || s.definition[i] || s.role[i] != Role.NONE) {
            return false;
        }
        for (StoryBlock b : stories) {
            if (b.contains(i) || b.titleLine == i) {
                return false;
            }
        }
        for (Hits.IntroHit intro : intros) {
            if (i > intro.line() && i < intro.end()) {
                return false;
            }
        }
        return true;
    }
}
