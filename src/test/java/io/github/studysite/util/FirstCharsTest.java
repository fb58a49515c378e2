package io.github.studysite.util;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FirstCharsTest {

    @Test
    void firstCharacterOfEachAlternativeOnce() {
        assertEquals("연제", FirstChars.of(0, "연봉", "연\\s?수입", "제시(?:했|받)"));
    }

    @Test
    void caseInsensitiveAddsTheOtherAsciiCaseOnly() {
        assertEquals("sSTt급", FirstChars.of(Pattern.CASE_INSENSITIVE, "salary", "TC", "급여"));
        assertEquals("sT", FirstChars.of(0, "salary", "TC"));
    }

    @Test
    void everyMatchStartsWithOneOfThem() {
        String[] words = {"tell me about", "give (?:me|us) an example", "share an? "};
        Pattern pattern = Pattern.compile(String.join("|", words), Pattern.CASE_INSENSITIVE);
        String starts = FirstChars.of(Pattern.CASE_INSENSITIVE, words);
        var m = pattern.matcher("TELL ME ABOUT it; Give us an example; SHARE A story");
        int found = 0;
        while (m.find()) {
            assertEquals(true, starts.indexOf(m.group().charAt(0)) >= 0, m.group());
            found++;
        }
        assertEquals(3, found);
    }

    @Test
    void anAlternativeOpeningWithRegexSyntaxIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FirstChars.of(0, "연봉", "\\bpay"));
        assertThrows(IllegalArgumentException.class, () -> FirstChars.of(0, "(?:a|b)"));
        assertThrows(IllegalArgumentException.class, () -> FirstChars.of(0, ""));
    }
}
