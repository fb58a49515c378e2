package io.github.studysite.safety;

import io.github.studysite.Fixtures;
import io.github.studysite.safety.PrivacyScanner.Finding;
import io.github.studysite.safety.PrivacyScanner.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PrivacyScannerTest {

    private final PrivacyScanner scanner = new PrivacyScanner(List.of());

    private List<Finding> scan(String text) {
        return scanner.scan(text);
    }

    @Test
    void seed002SalaryAnswerIsFoundAtItsLine() {
        List<Finding> findings = scan(Fixtures.seedText(Fixtures.SEED_002));
        assertThat(findings).extracting(Finding::kind, Finding::line, Finding::column, Finding::match)
                .containsExactly(tuple(Kind.SALARY, 204, 2, "6100만원"));
        assertThat(findings.get(0).masked()).isEqualTo("6**0만원");
    }

    @Test
    void theOtherSeedsHaveNothingToReport() {
        for (String seed : List.of(Fixtures.SEED_000, Fixtures.SEED_001, Fixtures.SEED_003, Fixtures.SEED_004)) {
            assertThat(scan(Fixtures.seedText(seed))).as(seed).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"연락처: 010-1234-5678", "010 1234 5678로 연락", "01012345678", "017-123-4567",
            "010.1234.5678", "서울 02-123-4567", "031-123-4567", "(02) 123-4567", "+82 10-1234-5678", "+82-10-1234-5678",
            "+1 (206) 555-0100", "+44 20 7946 0958", "call (206) 555-0100", "206-555-0100"})
    void phoneNumbers(String line) {
        assertThat(scan(line)).extracting(Finding::kind).containsExactly(Kind.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-09-30", "2024.09.30", "2019-2024", "2019~2024년", "version 1.2.3", "v10.1234.5678",
            "Java 17.0.12", "192.168.0.1", "port 8080", "10:30-11:30", "order 20240930123456", "3.14159",
            "+5.3%", "C++ 2011", "ISBN 978-89-1234-567-8", "2010-1234-5678", "12,345,678 requests",
            "id 1234567890123", "010-1234-56789"})
    void datesVersionsYearsAndNumbersAreNotPhones(String line) {
        assertThat(scan(line)).isEmpty();
    }

    @Test
    void emailAddresses() {
        assertThat(scan("메일: jane.doe+jobs@gmail.com 입니다\nhong@company.co.kr로"))
                .extracting(Finding::kind, Finding::line, Finding::column)
                .containsExactly(tuple(Kind.EMAIL, 1, 5), tuple(Kind.EMAIL, 2, 1));
        assertThat(scan("jane.doe@gmail.com").get(0).masked()).isEqualTo("j***.***@*****.**m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"you@example.com", "me@mail.example.org", "a@b.test", "icon@2x.png", "logo@3x.webp",
            "git@github.com:user/repo.git", "@Override", "npm i @types/node", "user@localhost"})
    void documentationAddressesImageNamesAndRepositoriesAreNotEmail(String line) {
        assertThat(scan(line)).isEmpty();
    }

    @Test
    void residentRegistrationNumbers() {
        assertThat(scan("주민번호 900101-1234567")).extracting(Finding::kind).containsExactly(Kind.RESIDENT_NUMBER);
        assertThat(scan("020315-4123456")).extracting(Finding::kind).containsExactly(Kind.RESIDENT_NUMBER);
        assertThat(scan("991301-1234567 and 990132-1234567 and 990101-9234567")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6100만원입니다.", "희망 6,100만 원", "5천만원", "1억 2천만원", "연봉 1.2억", "1.5억원", "연봉은 4500만 정도",
            "expected salary: $120k", "salary 120,000 USD", "월급 300만원", "my pay was $95,000"})
    void salaryFigures(String line) {
        assertThat(scan(line)).extracting(Finding::kind).contains(Kind.SALARY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"점심 1만원", "책값 2만 5천원", "# 희망연봉 수준", "급여의 10% 인상된 연봉입니다.",
            "연봉 협상 팁 3가지", "2024년 연봉 협상", "salary negotiation in 2024", "100만 명의 사용자", "월 1억 건의 요청",
            "Payment API 3.0"})
    void pricesPercentagesAndTalkAboutPayAreNotSalaries(String line) {
        assertThat(scan(line)).isEmpty();
    }

    @Test
    void allowedValuesAreNotReported() {
        PrivacyScanner allowing = new PrivacyScanner(List.of("Me@MyBlog.dev"));
        assertThat(allowing.scan("contact: me@myblog.dev, other@myblog.dev")).extracting(Finding::match)
                .containsExactly("other@myblog.dev");
    }

    @Test
    void findingsComeInLineOrderWithOneFindingPerPlace() {
        assertThat(scan("연봉 6100만원\nx\n010-1234-5678, a@b.io"))
                .extracting(Finding::line, Finding::column, Finding::kind)
                .containsExactly(tuple(1, 4, Kind.SALARY), tuple(3, 1, Kind.PHONE), tuple(3, 16, Kind.EMAIL));
    }

    @Test
    void masksKeepTheShapeNotTheValue() {
        assertThat(PrivacyScanner.mask("010-1234-5678")).isEqualTo("0**-****-***8");
        assertThat(PrivacyScanner.mask("900101-1234567")).isEqualTo("9*****-******7");
    }

    @Test
    void fiftyMegabytesScanInSeconds() {
        String chunk = Fixtures.seedText(Fixtures.SEED_002);
        String text = chunk.repeat(50 * 1024 * 1024 / chunk.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        long start = System.nanoTime();
        List<Finding> findings = scan(text);
        assertThat(findings).hasSizeGreaterThan(100);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
    }

    // ---- recall on realistic items (issue 22, item 11) ---------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"연락처 (010) 1234-5678", "010 - 1234 - 5678", "010–1234–5678", "010—1234—5678",
            "０１０-１２３４-５６７８", "010－1234－5678", "82-10-1234-5678", "+82 10 1234 5678", "+82 (0)10-1234-5678",
            "+82-10-1234-5678로 연락", "tel. 010.1234.5678", "핸드폰: 01012345678", "(02) 3456-7890", "051-123-4567",
            "070-1234-5678", "＋82 10 1234 5678", "010 1234 5678입니다", "전화번호는010-1234-5678", "H.P 010)1234-5678",
            "02 - 123 - 4567", "016-123-4567", "1588-1234", "+1 (206) 555-0100"})
    void realisticPhoneNumbers(String line) {
        assertThat(scan(line)).extracting(Finding::kind).as(line).contains(Kind.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"build 2024-09-30-01", "v3.12.4567", "latency 2 s → 200 ms", "2019 - 2024",
            "```\norder_id = 01012345678\n```", "```\n010-1234-5678 test fixture\n```", "hash 9f86d0818884",
            "ISBN 978-89-1234-567-8", "2024.01.15 - 2024.03.20", "1,234,567 rows", "port 10101"})
    void realisticNumbersThatAreNotPhones(String text) {
        assertThat(scan(text)).extracting(Finding::kind).as(text).doesNotContain(Kind.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane.doe@gmail.com", "hong@company.co.kr", "hong.gildong@naver.com로 보내주세요",
            "jane＠gmail.com", "jane [at] gmail [dot] com", "jane(at)gmail.com",
            "jane (at) gmail (dot) com", "jane[at]company.co.kr", "jane {at} gmail {dot} com", "j_doe-99@daum.net",
            "MAIL: JANE@GMAIL.COM", "<jane@gmail.com>", "jane.doe+jobs@gmail.com"})
    void realisticEmailAddresses(String line) {
        assertThat(scan(line)).extracting(Finding::kind).as(line).contains(Kind.EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@Override", "user@localhost", "icon@2x.png", "me [at] example [dot] com",
            "look at (the) docs", "[at] the office", "npm i @scope/pkg"})
    void realisticTextThatIsNotEmail(String line) {
        assertThat(scan(line)).extracting(Finding::kind).as(line).doesNotContain(Kind.EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"900101-1234568", "주민번호: 900101 - 1234568", "9001011234568", "９００１０１-１２３４５６８",
            "020315-4123456", "850615-2345678", "주민등록번호 8506152345674", "900101–1234568"})
    void realisticResidentNumbers(String line) {
        assertThat(scan(line)).extracting(Finding::kind).as(line).contains(Kind.RESIDENT_NUMBER);
    }

    @Test
    void residentNumbersWithoutTheDashMustPassTheCheckDigit() {
        assertThat(PrivacyScanner.checksumHolds("9001011234568")).isTrue();
        assertThat(PrivacyScanner.checksumHolds("8506152345674")).isTrue();
        assertThat(scan("9001011234567 8506152345670")).isEmpty();
        assertThat(scan("order 9001011234567")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"연봉은 7000 정도", "연봉이 4800이었어요", "6500을 제시했다", "TC $250k", "Base: $165,000",
            "희망 연봉 5,500만원", "현재 연봉 6,200", "처우: 기본급 5800 + 성과급 20%", "offer: base $180,000 + RSU",
            "연봉 7천", "월급 350만원", "최종 오퍼 8000", "희망연봉: 6000만원", "salary: 95k", "I was offered $140k base",
            "전 직장 연봉 5,400만 원", "사이닝 1000만원", "연봉 1억 2천", "compensation ~ $210,000",
            "기본급 4,800", "작년 연봉이 5200이었고"})
    void realisticSalaryFigures(String line) {
        assertThat(scan(line)).extracting(Finding::kind).as(line).contains(Kind.SALARY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024년 연봉 협상", "연봉 협상 팁 3가지", "base case: 2 s → 200 ms", "base64 4096 bytes",
            "offer 관련 질문 10개", "TC 2024 회고", "연봉 협상은 2023년 11월", "성과급 100%", "Java 17 base image"})
    void realisticPayTalkWithoutAFigure(String line) {
        assertThat(scan(line)).extracting(Finding::kind).as(line).doesNotContain(Kind.SALARY);
    }

    @Test
    void positionsStayTheFilesWhenFullWidthCharactersAreReadAsAscii() {
        assertThat(scan("전화 ０１０-１２３４-５６７８")).extracting(Finding::line, Finding::column)
                .containsExactly(tuple(1, 4));
    }
}
