package io.github.studysite.safety;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.github.studysite.util.FirstChars;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds what looks like personal data in a note about to be published: interview notes carry phone numbers, e-mail
 * addresses, resident registration numbers and the salary one asked for, and study sites end up on public GitHub
 * Pages. It reads the note's source (front matter included, private blocks already removed), so every finding has a
 * line and column. The text is read as a person reads it: full-width digits and {@code ＠}, en and em dashes and
 * full-width brackets count as their ASCII forms. The patterns aim at few false alarms — a warning people learn to
 * ignore protects nobody:
 * <ul>
 *   <li><b>phone</b> — whatever Google's libphonenumber finds as a valid number for Korea or, with its country code,
 *       anywhere ({@code (010) 1234-5678}, {@code 010 - 1234 - 5678}, {@code 82-10-1234-5678}, {@code +82 10 …}), outside
 *       fenced code (ids there look like numbers); besides, Korean mobile numbers {@code 010-1234-5678} (also {@code 010 1234 5678}, {@code 01012345678},
 *       {@code 011/016/017/018/019}); Korean landlines {@code 02-123-4567}, {@code 031-123-4567} (separators
 *       required); international {@code +82 10-1234-5678}, {@code +1 (206) 555-0100} (a {@code +}, then 8 to 15
 *       digits in groups); North American {@code (206) 555-0100}, {@code 206-555-0100}. Never digits glued to more
 *       digits, so dates ({@code 2024-09-30}), years ({@code 2019-2024}), versions ({@code 1.2.3}) and long ids do not
 *       match.</li>
 *   <li><b>e-mail</b> — {@code name@domain.tld}, also written {@code name [at] domain [dot] com} or
 *       {@code name(at)domain.com}, except documentation domains ({@code example.com}, {@code .test},
 *       …), image names such as {@code icon@2x.png}, and {@code git@github.com:} addresses of repositories.</li>
 *   <li><b>resident registration number</b> — {@code YYMMDD-Gxxxxxx} with a real month and day and a gender digit
 *       1–8; written without the dash only when its check digit is right (numbers issued before October 2020
 *       have one; a bare 13-digit id seldom passes).</li>
 *   <li><b>salary</b> — an amount in 만원 of at least 1000만원 ({@code 6100만원}, {@code 6,100만 원}, {@code 5천만원}), an
 *       amount in 억원 ({@code 1.2억 원}), or any amount ({@code 4500만}, {@code 1.2억}, {@code $120k},
 *       {@code 120,000}, {@code 3,000,000원}, and a bare {@code 7000} or {@code 4800이었어요}) on a line that says 연봉,
 *       급여, 월급, 연수입, 처우, 기본급, 성과급, 제시, 오퍼, salary, compensation, pay, base, TC or offer. Years, prices ({@code 1만원}), counts ({@code 1억 건}) and percentages are not salaries.</li>
 * </ul>
 * Findings are reported masked ({@code 0**-****-**78}): build logs of public repositories are public too.
 */
public final class PrivacyScanner {

    /** What a finding looks like. */
    public enum Kind {
        PHONE("phone number"),
        EMAIL("e-mail address"),
        RESIDENT_NUMBER("resident registration number"),
        SALARY("salary figure");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One likely piece of personal data.
     *
     * @param kind   what it looks like
     * @param line   1-based line in the scanned text
     * @param column 1-based column
     * @param match  the text found
     */
    public record Finding(Kind kind, int line, int column, String match) {
        /** The match with its digits and Latin letters masked, first and last kept, for logs. */
        public String masked() {
            return mask(match);
        }
    }

    private static final String NOT_DIGIT_BEFORE = "(?<![\\d.\\-+])";
    private static final String NOT_DIGIT_AFTER = "(?![\\d]|[.\\-]\\d)";

    private static final Pattern KOREAN_MOBILE = Pattern.compile(NOT_DIGIT_BEFORE
            + "01[016789](?:[-. ]?)\\d{3,4}(?:[-. ]?)\\d{4}" + NOT_DIGIT_AFTER);
    private static final Pattern KOREAN_LANDLINE = Pattern.compile(NOT_DIGIT_BEFORE
            + "(?:\\(0(?:2|[3-6][1-5]|70)\\)\\s?|0(?:2|[3-6][1-5]|70)[-. ])\\d{3,4}[-. ]\\d{4}" + NOT_DIGIT_AFTER);
    private static final Pattern INTERNATIONAL = Pattern.compile("(?<![\\w+])\\+[1-9]\\d{0,2}"
            + "(?:[-. ]?(?:\\(\\d{1,4}\\)|\\d{1,5})){2,6}" + NOT_DIGIT_AFTER);
    private static final Pattern NORTH_AMERICAN = Pattern.compile(NOT_DIGIT_BEFORE
            + "(?:\\(\\d{3}\\)\\s?|\\d{3}[-.])\\d{3}[-.]\\d{4}" + NOT_DIGIT_AFTER);

    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
            + "((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+([A-Za-z]{2,24}))(?![\\w-])");
    private static final Set<String> FILE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "avif",
            "bmp", "ico", "pdf", "css", "js", "md", "txt", "html", "htm", "json", "yml", "yaml", "xml", "zip");
    private static final Set<String> DOCUMENTATION_DOMAINS = Set.of("example.com", "example.org", "example.net");
    private static final Set<String> DOCUMENTATION_TLDS = Set.of("test", "example", "invalid", "localhost");

    /** {@code name [at] domain [dot] com}, {@code name(at)domain.com}, {@code name at domain dot com} is not taken. */
    private static final Pattern OBFUSCATED_EMAIL = Pattern.compile("(?<![\\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}"
            + "\\s*[\\[({<]\\s*(?i:at)\\s*[\\])}>]\\s*((?:[A-Za-z0-9-]{1,63}\\s*(?:[\\[({<]\\s*(?i:dot)\\s*[\\])}>]|\\.)"
            + "\\s*)+([A-Za-z]{2,24}))(?![\\w-])");

    private static final Pattern RESIDENT_NUMBER = Pattern.compile(NOT_DIGIT_BEFORE
            + "\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(\\s?-\\s?)?[1-8]\\d{6}" + NOT_DIGIT_AFTER);
    private static final int[] RESIDENT_WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    /** An amount in 만원: {@code 6100만원}, {@code 6,100 만 원}, {@code 5천만원}, {@code 1억 2천만원}. */
    private static final Pattern MANWON = Pattern.compile(NOT_DIGIT_BEFORE
            + "(\\d[\\d,]*(?:\\.\\d+)?)\\s*(억|천|백)?\\s*만\\s*원");
    /** An amount of money in 억: {@code 1억원}, {@code 1.2억 원} (not {@code 1억 건}, a count). */
    private static final Pattern EOK = Pattern.compile(NOT_DIGIT_BEFORE + "\\d+(?:\\.\\d+)?\\s*억\\s*원");
    /** The words of a line about pay. */
    private static final String[] PAY_WORDS_KO = {"연봉", "급여", "월급", "연\\s?수입", "처우", "기본급", "성과급", "사이닝",
        "제시(?:했|받|한|된|하)", "오퍼"};
    private static final String[] PAY_WORDS_EN = {"salary", "salaries", "compensation", "pay", "base", "TC",
        "offer(?:ed)?", "RSU", "bonus"};
    private static final Pattern PAY_WORD = Pattern.compile(String.join("|", PAY_WORDS_KO)
            + "|\\b(?:" + String.join("|", PAY_WORDS_EN) + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final String PAY_WORD_STARTS = FirstChars.of(Pattern.CASE_INSENSITIVE, PAY_WORDS_KO)
            + FirstChars.of(Pattern.CASE_INSENSITIVE, PAY_WORDS_EN);
    /**
     * A bare amount on a pay line, {@code 7000} or {@code 4,800}: four to six digits, not a year ({@code 2024년}),
     * a duration, a count or a percentage. A number before {@code 을/를/이} (a particle) still counts.
     */
    private static final Pattern BARE_AMOUNT = Pattern.compile("(?<![\\d.,\\w$₩€£¥])(?:\\d{1,3}(?:,\\d{3})+|\\d{4,6})"
            + "(?![\\d.,]|\\s*(?:년|월|일|%|ms\\b|s\\b|초|분|시간|명|개|건|회|번|줄|자|원|만|억|천|[kKmM]\\b|[-~/:]\\d))");
    /** Any amount of money: {@code $120k}, {@code 120,000}, {@code 4500만}, {@code 3,000,000원}, {@code 80 USD}. */
    private static final Pattern AMOUNT = Pattern.compile(
            "[$₩€£¥]\\s?\\d[\\d,.]*\\s?[kKmM]?\\b"
                    + "|" + NOT_DIGIT_BEFORE + "\\d[\\d,.]*\\s?(?:[kK]\\b|만|억|천|원|달러|(?:USD|KRW|EUR|dollars?)\\b)"
                    + "|" + NOT_DIGIT_BEFORE + "\\d{1,3}(?:,\\d{3})+" + NOT_DIGIT_AFTER);

    private final Set<String> allowed;

    /**
     * @param allowed matches that are fine to publish (a public contact address, say), compared without case and
     *                spaces
     */
    public PrivacyScanner(Collection<String> allowed) {
        this.allowed = allowed.stream().map(PrivacyScanner::key).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Every finding in {@code text}, in order. Only lines with a digit (or an {@code @}, for addresses) are matched
     * against the patterns, so a huge note costs little more than reading its lines.
     */
    public List<Finding> scan(String written) {
        String text = asRead(written);
        List<Finding> found = new ArrayList<>();
        String fence = null;
        Matchers m = new Matchers(text);
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int digits = 0;
            boolean at = false;
            boolean bracket = false;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c > '{') {
                    continue; // letters, Hangul: none of the characters counted here
                }
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c == '@') {
                    at = true;
                } else if (c == '[' || c == '(' || c == '{' || c == '<') {
                    bracket = true;
                }
            }
            fence = fence(text, start, end, fence);
            // every phone and resident number pattern needs eight digits or more
            if (digits >= 8) {
                if (fence == null) {
                    phones(m, start, end, line, found);
                }
                residentNumbers(m, start, end, line, found);
            }
            if (digits > 0) {
                salaries(m, start, end, line, found);
            }
            if (at) {
                emails(m, start, end, line, found);
            }
            if (bracket) {
                obfuscatedEmails(m, start, end, line, found);
            }
            start = end + 1;
            line++;
        }
        found.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        return dropOverlaps(found);
    }

    /** One matcher per pattern for a whole scan, moved from line to line; lookbehinds may see past the line. */
    private static final class Matchers {
        final String text;
        final Matcher mobile;
        final Matcher landline;
        final Matcher international;
        final Matcher northAmerican;
        final Matcher email;
        final Matcher residentNumber;
        final Matcher manwon;
        final Matcher eok;
        final Matcher payWord;
        final Matcher amount;
        final Matcher bareAmount;
        final Matcher obfuscatedEmail;

        Matchers(String text) {
            this.text = text;
            mobile = KOREAN_MOBILE.matcher(text);
            landline = KOREAN_LANDLINE.matcher(text);
            international = INTERNATIONAL.matcher(text);
            northAmerican = NORTH_AMERICAN.matcher(text);
            email = EMAIL.matcher(text);
            residentNumber = RESIDENT_NUMBER.matcher(text);
            manwon = MANWON.matcher(text);
            eok = EOK.matcher(text);
            payWord = PAY_WORD.matcher(text);
            amount = AMOUNT.matcher(text);
            bareAmount = BARE_AMOUNT.matcher(text);
            obfuscatedEmail = OBFUSCATED_EMAIL.matcher(text);
        }

        /** {@code matcher}, set to search the line from {@code start} to {@code end}. */
        static Matcher on(Matcher matcher, int start, int end) {
            return matcher.region(start, end).useTransparentBounds(true).useAnchoringBounds(false);
        }
    }

    private void phones(Matchers m, int start, int end, int line, List<Finding> found) {
        String lineText = m.text.substring(start, end);
        for (PhoneNumberMatch match : PHONES.findNumbers(lineText, "KR", PhoneNumberUtil.Leniency.VALID,
                Long.MAX_VALUE)) {
            add(found, Kind.PHONE, line, match.start(), match.rawString());
        }
        for (Matcher phone : List.of(m.mobile, m.landline, m.international, m.northAmerican)) {
            Matchers.on(phone, start, end);
            while (phone.find()) {
                int digits = digits(phone.group());
                if (phone != m.international || digits >= 8 && digits <= 15) {
                    add(found, Kind.PHONE, line, phone.start() - start, phone.group());
                }
            }
        }
    }

    private void emails(Matchers m, int start, int end, int line, List<Finding> found) {
        Matcher email = Matchers.on(m.email, start, end);
        while (email.find()) {
            String domain = email.group(1).toLowerCase(Locale.ROOT);
            String tld = email.group(2).toLowerCase(Locale.ROOT);
            boolean repository = email.end() < end && m.text.charAt(email.end()) == ':';
            if (!FILE_EXTENSIONS.contains(tld) && !DOCUMENTATION_TLDS.contains(tld) && !repository
                    && DOCUMENTATION_DOMAINS.stream().noneMatch(d -> domain.equals(d) || domain.endsWith("." + d))) {
                add(found, Kind.EMAIL, line, email.start() - start, email.group());
            }
        }
    }

    private void obfuscatedEmails(Matchers m, int start, int end, int line, List<Finding> found) {
        Matcher email = Matchers.on(m.obfuscatedEmail, start, end);
        while (email.find()) {
            String domain = email.group(1).replaceAll("\\s*[\\[(]\\s*(?i:dot)\\s*[\\])]\\s*|\\s*\\.\\s*", ".")
                    .toLowerCase(Locale.ROOT);
            if (!DOCUMENTATION_TLDS.contains(email.group(2).toLowerCase(Locale.ROOT))
                    && DOCUMENTATION_DOMAINS.stream().noneMatch(d -> domain.equals(d) || domain.endsWith("." + d))) {
                add(found, Kind.EMAIL, line, email.start() - start, email.group());
            }
        }
    }

    private void residentNumbers(Matchers m, int start, int end, int line, List<Finding> found) {
        Matcher rrn = Matchers.on(m.residentNumber, start, end);
        while (rrn.find()) {
            // with its dash the form is unmistakable; without, a 13-digit id must pass the check digit too
            if (rrn.group(3) != null || checksumHolds(rrn.group())) {
                add(found, Kind.RESIDENT_NUMBER, line, rrn.start() - start, rrn.group());
            }
        }
    }

    static boolean checksumHolds(String number) {
        String digits = number.replaceAll("\\D", "");
        int sum = 0;
        for (int i = 0; i < RESIDENT_WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
        }
        return (11 - sum % 11) % 10 == digits.charAt(12) - '0';
    }

    private void salaries(Matchers m, int start, int end, int line, List<Finding> found) {
        boolean payLine = payLine(m, start, end);
        // each pattern runs only on lines with a character it cannot match without
        if (has(m.text, start, end, '만')) {
            Matcher manwon = Matchers.on(m.manwon, start, end);
            while (manwon.find()) {
                String number = manwon.group(1).replace(",", "");
                if (payLine || manwon.group(2) != null || parse(number) >= 1000) {
                    add(found, Kind.SALARY, line, manwon.start() - start, manwon.group());
                }
            }
        }
        if (has(m.text, start, end, '억')) {
            Matcher eok = Matchers.on(m.eok, start, end);
            while (eok.find()) {
                add(found, Kind.SALARY, line, eok.start() - start, eok.group());
            }
        }
        if (payLine) {
            Matcher amount = Matchers.on(m.amount, start, end);
            while (amount.find()) {
                String match = amount.group();
                int lead = match.length() - match.stripLeading().length();
                add(found, Kind.SALARY, line, amount.start() - start + lead, match.strip());
            }
            Matcher bare = Matchers.on(m.bareAmount, start, end);
            while (bare.find()) {
                // a year ("salary negotiation in 2024") is no amount; 2000 as a salary is missed for it
                if (parse(bare.group().replace(",", "")) >= 1000 && !YEAR.matcher(bare.group()).matches()) {
                    add(found, Kind.SALARY, line, bare.start() - start, bare.group());
                }
            }
        }
    }

    /**
     * Whether the line says {@link #PAY_WORD}: the pattern is tried only where one of its words can start, a scan far
     * cheaper than searching with its many alternatives at every character.
     */
    private static boolean payLine(Matchers m, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = m.text.charAt(i);
            if (PAY_WORD_STARTS.indexOf(c) < 0 || c < 0x80 && i > 0 && Character.isLetterOrDigit(m.text.charAt(i - 1))) {
                continue; // no pay word starts here (the English ones start a word)
            }
            if (Matchers.on(m.payWord, i, end).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})");

    /** The fence a line leaves open: the one opened before it, unless it closes it, or one it opens. */
    private static String fence(String text, int start, int end, String open) {
        int first = start;
        while (first < end && first < start + 3 && text.charAt(first) == ' ') {
            first++;
        }
        if (first == end || text.charAt(first) != '`' && text.charAt(first) != '~') {
            return open; // the usual line, told without a matcher
        }
        Matcher f = FENCE.matcher(text).region(start, end);
        if (!f.lookingAt()) {
            return open;
        }
        String marker = f.group(1);
        if (open == null) {
            return marker.substring(0, 3);
        }
        return marker.startsWith(open) ? null : open;
    }

    /**
     * The text as a reader sees its characters: full-width digits, {@code ＠} and brackets, and the dashes people
     * type between digit groups, as their ASCII forms. One character for one, so positions stay the file's.
     */
    static String asRead(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '‐' || c > '−' && c < '（') {
                continue; // below the dashes (ASCII) or between the minus sign and the full-width forms (Hangul)
            }
            char r = c >= '０' && c <= '９' ? (char) ('0' + (c - '０'))
                    : switch (c) {
                        case '＠' -> '@';
                        case '（' -> '(';
                        case '）' -> ')';
                        case '［' -> '[';
                        case '］' -> ']';
                        case '－', '‐', '‑', '‒', '–', '—', '―', '−' -> '-';
                        case '＋' -> '+';
                        case '．' -> '.';
                        case '，' -> ',';
                        default -> c;
                    };
            if (r != c) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = r;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean has(String text, int start, int end, char c) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    private void add(List<Finding> found, Kind kind, int line, int offsetInLine, String match) {
        if (!allowed.contains(key(match))) {
            found.add(new Finding(kind, line, offsetInLine + 1, match));
        }
    }

    /** Keeps the first finding where two patterns matched the same place (a salary in 만원 on a 연봉 line). */
    private static List<Finding> dropOverlaps(List<Finding> sorted) {
        List<Finding> out = new ArrayList<>();
        Finding last = null;
        for (Finding f : sorted) {
            if (last != null && last.line() == f.line() && f.column() < last.column() + last.match().length()) {
                continue;
            }
            out.add(f);
            last = f;
        }
        return out;
    }

    private static int digits(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }

    private static double parse(String number) {
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String key(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** Digits and Latin letters replaced by {@code *}, except the first and the last of them; the rest kept. */
    static String mask(String s) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < s.length(); i++) {
            if (maskable(s.charAt(i))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(maskable(c) && i != first && i != last ? '*' : c);
        }
        return sb.toString();
    }

    private static boolean maskable(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
