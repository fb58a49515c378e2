package io.github.studysite.extract;

import io.github.studysite.util.FirstChars;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How interview notes phrase things, in Korean and English: which lines are questions, which titles announce a
 * self-introduction or a list of questions, which label texts are "what to study" hints. Collected here so the rules
 * are in one place, written down, and tested on their own.
 */
final class Phrases {

    /** List-style numbering people type by hand: {@code 1.}, {@code 2-1.}, {@code 1)}, {@code Q3.}, {@code LP 1:}. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:(?:Q|LP|No\\.?|#)\\s*)?\\d+(?:[-.]\\d+)*\\s*(?:[.):]\\s*|\\s+)(?=\\S)", Pattern.CASE_INSENSITIVE);
    /** A question typed as {@code Q: …}, {@code Q1. …} or {@code 질문: …}. */
    private static final Pattern Q_PREFIX = Pattern.compile(
            "^(?:Q\\d*|질문\\s*\\d*|(?i:question)\\s*\\d*)\\s*[:：.)]\\s*(?=\\S)");
    private static final Pattern STORY_LABEL = Pattern.compile(
            "^(?:story|스토리|사례|example|에피소드|episode)\\s*\\d*\\s*[:：\\-–—]\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_DASH = Pattern.compile("^[-–—:·]\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Quotes, brackets and a trailing parenthetical do not change whether a line asks something. */
    private static final Pattern TRAILING_NOISE = Pattern.compile("(?:\\s*\\([^()]*\\)|[\\s\"'“”‘’」』)\\]*]+)+$");

    private static final Pattern KOREAN_QUESTION = Pattern.compile(
            "(?:니까|나요|는가|인가|은가|을까|ㄹ까|할까|까요|있나|없나|했나|하나|되나|었나|였나|았나|는지|은지|인지|"
                    + "주십시오|주세요|보세요|보십시오|해보시오|하시오|말해봐|설명해봐|"
                    + "(?:던|한|은|는|둔|본)\\s*(?:적|경험|사례)|경험이\\s*있나)$");
    /** The last characters of {@link #TRAILING_NOISE} and {@link #KOREAN_QUESTION} matches. */
    private static final String NOISE_ENDS = " \t\n\u000B\f\r\"'“”‘’」』)]*";
    private static final String QUESTION_ENDS = "까요가나지오봐적험례";
    private static final String[] PROMPTS = {"tell me about", "tell us about", "describe", "give (?:me|us) an example",
        "walk (?:me|us) through", "share an? ", "explain", "talk about"};
    private static final Pattern ENGLISH_PROMPT = Pattern.compile(
            "^(?:" + String.join("|", PROMPTS) + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final String PROMPT_STARTS = FirstChars.of(Pattern.CASE_INSENSITIVE, PROMPTS);

    private static final Pattern QUESTION_SECTION = Pattern.compile(
            "(?:질문|문답|q\\s*&\\s*a|\\bqna\\b|\\bfaq\\b|\\bquestions?\\b)", Pattern.CASE_INSENSITIVE);

    /** A heading or question about the candidate's own questions for the interviewer (the "reverse" questions). */
    private static final Pattern ASKING_BACK = Pattern.compile("(?i)questions?\\s+(?:to\\s+ask|for\\s+(?:them|the\\s+"
            + "interviewers?|the\\s+team|us|me))|questions?\\s+(?:do|would|could)\\s+you\\s+have|reverse\\s+questions?"
            + "|역질문|면접관에게\\s*(?:할|하고\\s*싶은)\\s*질문|(?:궁금한\\s*(?:점|것|게)|질문)(?:이|은|이나)?\\s*있(?:나요|으신가요|습니까|으세요)");
    /** Headings people put beside their questions for their own use: notes, tips, links. */
    private static final Pattern NOTES = Pattern.compile("(?i)^(?:(?:my\\s+)?notes?|memos?|tips?|references?|links?"
            + "|resources?|참고(?:\\s*자료)?|메모|팁)$");
    /** Headings over what is left to do or study. */
    private static final Pattern TO_DO = Pattern.compile("(?i)^(?:to[- ]?dos?|to\\s+study|to\\s+review|할\\s*일"
            + "|(?:공부|복습|정리)할\\s*(?:것|거리))$");
    private static final Pattern LEADING_EMOJI = Pattern.compile("^(?:[\\p{So}\\x{FE0F}\\x{200D}]+\\s*)+");
    private static final String TIME = "\\d+\\s*(?:분|초|min(?:ute)?s?|sec(?:ond)?s?)";
    private static final Pattern INTRO = Pattern.compile(
            "^(?:(?:영어|한국어|영문|국문|english|korean)\\s*)?(?:" + TIME + "\\s*(?:내로|이내|안에|동안|짜리)?\\s*)?"
                    + "(?:자기\\s*소개|self[- ]?introduction|introduce yourself|introducing myself|"
                    + "tell (?:me|us) about yourself|about me)"
                    + "(?:\\s*(?:하기|해\\s*주세요|해\\s*보세요))?"
                    + "(?:\\s*[.?!]?\\s*(?:\\((?:[^()]*)\\)|[-–:]\\s*\\S.{0,20}))?\\s*[.?!]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MINUTES = Pattern.compile("(\\d+)\\s*(?:분|min(?:ute)?s?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECONDS = Pattern.compile("(\\d+)\\s*(?:초|sec(?:ond)?s?)", Pattern.CASE_INSENSITIVE);

    private static final Pattern GUIDANCE = Pattern.compile(
            "(?:알아야|이해해야|준비해야|공부해야|정리해야|학습해야|익혀야|숙지|필요합니다|필요함|좋습니다|좋음|"
                    + "개념\\.?$|고민이\\s*필요|should know|need to know|understand|be able to|learn|review|study)",
            Pattern.CASE_INSENSITIVE);
    /** Korean and English sentence endings, including note-style endings ({@code ~했음}, {@code ~함}). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?:[.!。]|다|요|죠|음|함|임|됨|니다)\\s*$");

    /** A {@code Label: rest} line: a short label (letters, not a URL, not a time) and what follows. */
    private static final Pattern LABEL = Pattern.compile("^([^:：]{1,40}?)\\s*[:：](?!//)\\s*(.*)$");

    private Phrases() {
    }

    /** Removes hand-typed numbering, trailing arrows and colons: {@code "1) 인도 출장 ->"} → {@code "인도 출장"}. */
    static String cleanTitle(String text) {
        // Notion and many blogs open headings with an emoji ("🙋 1분 자기소개"): decoration, not title
        String s = text.strip();
        if (startsWithEmoji(s)) {
            s = LEADING_EMOJI.matcher(s).replaceFirst("");
        }
        if (mayHaveQuestionPrefix(s)) {
            Matcher q = Q_PREFIX.matcher(s);
            if (q.find()) {
                s = s.substring(q.end());
            }
        }
        if (mayBeNumbered(s)) {
            Matcher m = NUMBERING.matcher(s);
            if (m.find()) {
                s = LEADING_DASH.matcher(s.substring(m.end())).replaceFirst("");
            }
        }
        s = withoutTrailingArrows(s);
        if (s.length() >= 2 && s.startsWith("[") && s.endsWith("]") && s.indexOf('[', 1) < 0) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("“") && s.endsWith("”"))) {
            s = s.substring(1, s.length() - 1);
        } else if (s.indexOf('"') >= 0 && s.indexOf('"') == s.lastIndexOf('"')) {
            s = s.replace("\"", "");
        }
        return collapseSpaces(s);
    }

    // Every line of every note is cleaned several times, and most start with none of what the regexes below remove:
    // these look at the first character, which each of their matches must start with, so the regex runs only when
    // it can match (ASCII letters both cases: the regexes are case-insensitive in ASCII only).

    /** Whether {@link #LEADING_EMOJI} can match: the text starts with a symbol or an emoji joiner. */
    private static boolean startsWithEmoji(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c = s.codePointAt(0);
        return Character.getType(c) == Character.OTHER_SYMBOL || c == 0xFE0F || c == 0x200D;
    }

    /** Whether {@link #Q_PREFIX} can match: {@code Q…}, {@code q…} ({@code question}) or {@code 질문…}. */
    private static boolean mayHaveQuestionPrefix(String s) {
        return !s.isEmpty() && "Qq질".indexOf(s.charAt(0)) >= 0;
    }

    /** Whether {@link #NUMBERING} can match: a digit, or {@code Q}, {@code LP}, {@code No.} or {@code #} first. */
    private static boolean mayBeNumbered(String s) {
        return !s.isEmpty() && (isAsciiDigit(s.charAt(0)) || "QqLlNn#".indexOf(s.charAt(0)) >= 0);
    }

    /**
     * Removes arrows and colons at the end, and the spaces around them, as often as they repeat
     * ({@code "인도 출장 -> :"} → {@code "인도 출장"}). Walks back from the end: the cost is the length of what is removed,
     * not of the line.
     */
    private static String withoutTrailingArrows(String s) {
        int end = s.length();
        while (true) {
            int e = end;
            while (e > 0 && isSpace(s.charAt(e - 1))) {
                e--;
            }
            if (e >= 2 && (s.startsWith("->", e - 2) || s.startsWith("=>", e - 2))) {
                end = e - 2;
            } else if (e >= 1 && "→:：-–—".indexOf(s.charAt(e - 1)) >= 0) {
                end = e - 1;
            } else {
                return end == s.length() ? s : s.substring(0, end);
            }
        }
    }

    /** The characters {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Runs of whitespace as one space, stripped; the text itself when there is nothing to change. */
    private static String collapseSpaces(String text) {
        String s = text.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < s.length() && isSpace(s.charAt(i + 1)))) {
                return WHITESPACE.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    private static String tail(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }

    /** Whether a line is wholly in quotation marks: {@code "Tell me about a time you failed?"}. */
    static boolean isQuoted(String text) {
        String s = text.strip();
        return s.length() > 2 && ("\"“'‘「『".indexOf(s.charAt(0)) >= 0) && ("\"”'’」』".indexOf(s.charAt(s.length() - 1)) >= 0);
    }

    /** Whether a line is typed as a question: {@code Q: …}, {@code Q1. …}, {@code 질문: …}. */
    static boolean hasQuestionPrefix(String text) {
        String s = text.strip();
        return mayHaveQuestionPrefix(s) && Q_PREFIX.matcher(s).find();
    }

    /**
     * A story title without the label people put before it: {@code "스토리: 고객 요청 대응"} → {@code "고객 요청 대응"},
     * {@code "Story 2 - Migration"} → {@code "Migration"}.
     */
    static String storyTitle(String text) {
        String s = cleanTitle(text);
        Matcher m = STORY_LABEL.matcher(s);
        return m.matches() ? m.group(1).strip() : s;
    }

    /** Whether a line asks something: a question mark, a Korean interrogative or request ending, an English prompt. */
    static boolean isQuestion(String text) {
        if (hasQuestionPrefix(text)) {
            return true;
        }
        String s = cleanTitle(text);
        if (s.isEmpty()) {
            return false;
        }
        if (s.endsWith("?") || s.endsWith("？")) {
            return true;
        }
        // Endings decide: look at the tail only, so that long lines cost no more than short ones.
        // Each regex runs only when the last character could end a match: most lines end otherwise.
        String end = tail(s, 60);
        String core = NOISE_ENDS.indexOf(end.charAt(end.length() - 1)) >= 0
                ? TRAILING_NOISE.matcher(end).replaceAll("") : end;
        if (core.endsWith("?") || core.endsWith("？")) {
            return true;
        }
        int stops = core.length();
        while (stops > 0 && ".。!".indexOf(core.charAt(stops - 1)) >= 0) {
            stops--;
        }
        String noStop = core.substring(0, stops).strip();
        return !noStop.isEmpty() && QUESTION_ENDS.indexOf(noStop.charAt(noStop.length() - 1)) >= 0
                && KOREAN_QUESTION.matcher(tail(noStop, 16)).find()
                || PROMPT_STARTS.indexOf(s.charAt(0)) >= 0 && ENGLISH_PROMPT.matcher(s).lookingAt();
    }

    /** Whether a title announces a list of questions ({@code 예상질문}, {@code Interview questions}, {@code FAQ}). */
    static boolean isQuestionSection(String title) {
        String s = cleanTitle(title);
        // a title names a list; a sentence that mentions questions ("…질문을 챗봇으로 넘겼다.") does not
        return s.length() <= 40 && QUESTION_SECTION.matcher(s).find() && !isSentence(s)
                && !hasQuestionPrefix(title);
    }

    /**
     * Whether a heading or question is about the questions the candidate will ask the interviewer ("Questions to ask
     * them", "What questions do you have for us?", 역질문): what is listed under it are not questions to practise.
     */
    static boolean isAskingBack(String text) {
        return ASKING_BACK.matcher(text).find();
    }

    /** Whether a heading is one of a note's asides ("Notes", "Tips", "참고", "복습할 것"): it asks nothing. */
    static boolean isAside(String title) {
        return isNotes(title) || TO_DO.matcher(cleanTitle(title)).matches();
    }

    /** Whether a heading holds the author's notes or tips ("Notes", "Tips", "참고"): what it lists is not to study. */
    static boolean isNotes(String title) {
        return NOTES.matcher(cleanTitle(title)).matches();
    }

    /** Whether a title announces a self-introduction ({@code 0. 자기소개}, {@code 2분 내로 자기소개}, "Tell me about yourself"). */
    static boolean isIntroTitle(String title) {
        return INTRO.matcher(cleanTitle(title)).matches();
    }

    /** The time limit a title states, in seconds ({@code "2분 내로 자기소개"} → 120), or 0. */
    static int timeLimitSeconds(String title) {
        Matcher minutes = MINUTES.matcher(title);
        int seconds = 0;
        if (minutes.find()) {
            seconds += Integer.parseInt(minutes.group(1)) * 60;
        }
        Matcher secs = SECONDS.matcher(title);
        if (secs.find()) {
            seconds += Integer.parseInt(secs.group(1));
        }
        return seconds;
    }

    /** Whether a label's text says what to learn rather than answering ({@code "…알아야 합니다."}, "should know"). */
    static boolean isGuidance(String text) {
        return GUIDANCE.matcher(text).find();
    }

    /** Whether a line reads as a sentence (it ends like one) rather than a noun phrase. */
    static boolean isSentence(String text) {
        return SENTENCE_END.matcher(text.strip()).find();
    }

    /** Whether a line reads as a short topic name: no sentence, no question, a few words. */
    static boolean isTopicLike(String text) {
        String s = cleanTitle(text);
        return !s.isEmpty() && s.length() <= 60 && !isQuestion(s) && !isSentence(s) && s.chars().anyMatch(Character::isLetter)
                && label(s) == null;
    }

    /**
     * A {@code Label: rest} line, or null. Labels are short and have letters; URLs ({@code https://}) and clock
     * times ({@code 10:30}) are not labels.
     */
    static String[] label(String text) {
        String s = text.strip();
        if (s.indexOf(':') < 0 && s.indexOf('：') < 0) {
            return null; // no colon: the regex cannot match
        }
        Matcher m = LABEL.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String label = m.group(1).strip();
        if (label.isEmpty() || !label.chars().anyMatch(Character::isLetter) || isAsciiDigit(label.charAt(label.length() - 1))
                && !m.group(2).isEmpty() && isAsciiDigit(m.group(2).charAt(0))) {
            return null;
        }
        return new String[] {label, m.group(2).strip()};
    }

    /** Lower-case letters and digits only: how names are compared ("Earth's Best" = "earthsbest"). */
    static String normalise(String text) {
        return normalise(text, Integer.MAX_VALUE);
    }

    /** The first {@code max} characters of {@link #normalise(String)}: a long text is not read to its end. */
    static String normalise(String text, int max) {
        // String.toLowerCase lower-cases as Character.toLowerCase does, code point by code point, except İ (into two
        // characters) and Σ (by its place in the word): only a text with one of those is lower-cased whole
        boolean whole = text.indexOf('\u0130') >= 0 || text.indexOf('\u03A3') >= 0;
        String s = whole ? text.toLowerCase(Locale.ROOT) : text;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int lower = whole ? c : Character.toLowerCase(c);
            if (Character.isLetterOrDigit(lower)) {
                sb.appendCodePoint(lower);
                if (sb.length() >= max) {
                    sb.setLength(max);
                    break;
                }
            }
        }
        return sb.toString();
    }

    /** The first words of a text, for titles: up to {@code max} characters, cut at a space, with an ellipsis. */
    static String firstWords(String text, int max) {
        String s = collapseSpaces(text);
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max);
        return (cut > max / 2 ? s.substring(0, cut) : s.substring(0, max)).strip() + "…";
    }
}
