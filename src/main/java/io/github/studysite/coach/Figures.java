package io.github.studysite.coach;

import java.util.regex.Pattern;

/**
 * Whether a text names a figure: a digit (35%, 2 s → 200 ms, 3배, 1주일, $5k), or a number said in words in
 * English (twice, half, ten, a hundred, doubled) or Korean (절반, 두 배, 하루, 일주일, 한 달, 수십, 백만 원).
 */
final class Figures {

    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|"
            + "half|halved|twice|double[sd]?|triple[sd]?|quadrupled|tenfold|hundredfold|percent)\\b");
    private static final Pattern KOREAN = Pattern.compile("절반|반으로|하루|이틀|사흘|나흘|일주일|보름|"
            + "(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇)\\s?(배|달|시간|명|건|번|개|주|해|분|초|곳)|"
            + "수\\s?(십|백|천|만|억)|(십|백|천|만|억)\\s?(원|건|명|개|배)|퍼센트|프로\\b");

    private Figures() {
    }

    static boolean named(String text) {
        return DIGIT.matcher(text).find() || ENGLISH.matcher(text).find() || KOREAN.matcher(text).find();
    }
}
