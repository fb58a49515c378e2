package io.github.studysite.util;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakingTimeTest {

    @Test
    void countsKoreanSyllablesAndEnglishWords() {
        // 280 syllables a minute: 14 syllables = 3 s; 140 words a minute: 7 words = 3 s
        assertThat(SpeakingTime.DEFAULT.seconds("가나다라마바사아자차카타파하")).isEqualTo(3);
        assertThat(SpeakingTime.DEFAULT.seconds("AWS's CloudFront CDN, v1.2 and it-works well")).isEqualTo(3);
        assertThat(SpeakingTime.DEFAULT.seconds("")).isZero();
    }

    /** The word count is what the pattern {@code [A-Za-z0-9][A-Za-z0-9'’.\-]*} finds, on any text. */
    @Test
    void wordsAreWhatTheDocumentedPatternFinds() {
        Pattern word = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'’.\\-]*");
        String alphabet = "aZ9 '’.-가,\n";
        Random random = new Random(6);
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            int words = 0;
            Matcher m = word.matcher(text);
            while (m.find()) {
                words++;
            }
            int syllables = (int) text.chars().filter(c -> c == '가').count();
            SpeakingTime oneEach = new SpeakingTime(60, 60);
            assertThat(oneEach.seconds(text)).as(text).isEqualTo(words + syllables);
        }
    }

    @Test
    void formatsMinutesAndSeconds() {
        assertThat(SpeakingTime.format(0)).isEqualTo("0:00");
        assertThat(SpeakingTime.format(65)).isEqualTo("1:05");
        assertThat(SpeakingTime.format(600)).isEqualTo("10:00");
    }
}
