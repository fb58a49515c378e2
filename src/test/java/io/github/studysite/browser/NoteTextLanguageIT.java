package io.github.studysite.browser;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the English interface, every piece of Korean note text (titles, questions, answers, stories in lists and tables)
 * sits in an element whose language is Korean, and is laid out with {@code word-break: keep-all}, so the browser never
 * breaks a Korean word mid-word ("서비 / 스") nor reads it aloud as English.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class NoteTextLanguageIT {

    @RegisterExtension
    static final SeedBrowser site = new SeedBrowser();

    /** Mostly-Hangul text nodes (the site's own rule: a syllable weighs 2.5 letters) not inside lang="ko". */
    private static final String UNMARKED_KOREAN = """
            var out = [];
            var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (var node = walker.nextNode(); node; node = walker.nextNode()) {
              var text = node.data;
              var hangul = (text.match(/[\\uAC00-\\uD7A3\\u1100-\\u11FF\\u3130-\\u318F]/g) || []).length;
              var latin = (text.match(/[A-Za-z]/g) || []).length;
              if (hangul === 0 || hangul * 2.5 < latin) { continue; }
              var el = node.parentElement;
              if (el.closest('script, style, noscript, [hidden]')) { continue; }
              var owner = el.closest('[lang]');
              var style = getComputedStyle(el);
              if (!owner || owner.getAttribute('lang') !== 'ko' || style.wordBreak !== 'keep-all') {
                out.push(el.tagName.toLowerCase() + '.' + el.className + ' [' + (owner && owner.getAttribute('lang'))
                  + ', ' + style.wordBreak + '] ' + text.trim().slice(0, 40));
              }
            }
            return out;""";

    @ParameterizedTest
    @ValueSource(strings = {"en/index.html", "en/stories/index.html", "en/questions/index.html", "en/study/index.html",
            "en/intro/index.html", "en/principles/index.html", "en/principles/insist-on-the-highest-standards/index.html",
            "en/practice/index.html", "en/notes/index.html", "en/notes/001_39e2b3392925d8bd/changes/index.html"})
    void koreanNoteTextOnTheEnglishInterfaceIsMarkedKorean(String page) {
        site.browser().driver().get(site.url(page));
        // the header's language, its own or inherited from <html>
        assertThat(site.browser().driver().executeScript(
                "return document.querySelector('.site-header').closest('[lang]').getAttribute('lang')"))
                .as("the English interface").isEqualTo("en");
        @SuppressWarnings("unchecked")
        List<String> unmarked = (List<String>) site.browser().driver().executeScript(UNMARKED_KOREAN);
        Long korean = (Long) site.browser().driver().executeScript(
                "return document.querySelectorAll('main [lang=ko]').length");
        assertThat(korean).as("the seed notes are Korean, so each page shows some").isPositive();
        assertThat(unmarked).isEmpty();
    }
}
