package io.github.studysite.search;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

/** The normalisation search.js mirrors: what makes Korean substrings match regardless of spacing. */
class SearchTextTest {

    @Test
    void removesEveryKindOfSpaceAndLowerCases() {
        assertThat(SearchText.normalise("KB카드 마이데이터\t프로젝트\u3000CloudFront\u00a0CDN"))
                .isEqualTo("kb카드마이데이터프로젝트cloudfrontcdn");
        assertThat(SearchText.normalise("  ")).isEmpty();
    }

    @Test
    void composesDecomposedHangul() {
        String decomposed = Normalizer.normalize("서울은", Normalizer.Form.NFD);
        assertThat(decomposed).hasSize(8);
        assertThat(SearchText.normalise(decomposed)).isEqualTo("서울은");
    }

    @Test
    void keepsACharacterWhoseLowerCaseIsNotOneCharacterAsJavaScriptDoes() {
        // JavaScript lower-cases İ to "i̇" (two code points); search.js then keeps İ, and so must the index
        assertThat(SearchText.normalise("İSTANBUL")).isEqualTo("İstanbul");
        assertThat(SearchText.normalise("ΣΑΣ")).isEqualTo("σασ");
    }

    @Test
    void bigramsAreDistinctSortedPairsOfCodePoints() {
        long[] grams = SearchText.bigrams(SearchText.normalise("서울 서울"));
        assertThat(grams).hasSize(2);
        assertThat(grams[0]).isLessThan(grams[1]);
        assertThat(java.util.Arrays.stream(grams).mapToObj(SearchText::key)).containsExactlyInAnyOrder("서울", "울서");
        assertThat(SearchText.bigrams("a")).isEmpty();
        // a character outside the BMP stays one code point
        assertThat(SearchText.key(SearchText.bigrams("😀a")[0])).isEqualTo("😀a");
    }

    @Test
    void lowerCasesEveryCodePointAsStringToLowerCaseDoesWhenThatIsOneCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String lower = new String(Character.toChars(cp)).toLowerCase(java.util.Locale.ROOT);
            int expected = lower.codePointCount(0, lower.length()) == 1 ? lower.codePointAt(0) : cp;
            if (SearchText.lower(cp) != expected) {
                throw new AssertionError("U+" + Integer.toHexString(cp) + ": " + SearchText.lower(cp) + " != " + expected);
            }
        }
    }

    @Test
    void normalisesEveryCodePointAsItsDefinitionSays() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String alone = new String(Character.toChars(cp));
            for (String text : new String[] {alone, "A" + alone + "가"}) {
                StringBuilder expected = new StringBuilder();
                Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().filter(c -> !SearchText.isSpace(c))
                        .forEach(c -> expected.appendCodePoint(SearchText.lower(c)));
                if (!SearchText.normalise(text).equals(expected.toString())) {
                    throw new AssertionError("U+" + Integer.toHexString(cp) + ": " + SearchText.normalise(text));
                }
            }
        }
    }

    @Test
    void bigramsOfLongTextsAreEveryDistinctPairSorted() {
        java.util.Random random = new java.util.Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            // a small alphabet so that pairs repeat, a NUL so that bigram 0 occurs, and a supplementary code point
            text.appendCodePoint("가나다ab\u0000😀".codePointAt(random.nextInt(7) == 6 ? 6 : random.nextInt(6)));
        }
        String s = text.toString();
        int[] cps = s.codePoints().toArray();
        java.util.TreeSet<Long> expected = new java.util.TreeSet<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            expected.add(SearchText.pack(cps[i], cps[i + 1]));
        }
        assertThat(SearchText.bigrams(s)).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
    }

    @Test
    void shardIsWhatSearchJsComputes() {
        long gram = SearchText.bigrams("서울")[0];
        assertThat(SearchText.shard(gram, 64)).isEqualTo(('서' * 31 + '울') % 64);
        assertThat(SearchText.shard(gram, 1)).isZero();
    }
}
