package io.wirecopy.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextSanitizerTest {

    @Test
    void removesControlsKeepsTabsAndLineBreaks() {
        assertThat(TextSanitizer.clean("Ke\u0000rry\u0001 said\u001B\u007F:\tyes\r\nno\n"))
                .isEqualTo("Kerry said:\tyes\r\nno\n");
    }

    @Test
    void c1ControlsReadAsWindows1252() {
        // "Don\x92t" and “quotes” from windows-1252 bytes read as ISO-8859-1; 0x81 and 0x9D have no character
        assertThat(TextSanitizer.clean("Don\u0092t \u0093go\u0094 \u0096 now\u0085\u0081\u009D"))
                .isEqualTo("Don\u2019t \u201Cgo\u201D \u2013 now\u2026");
    }

    @Test
    void loneSurrogatesAndNoncharactersBecomeReplacementCharacters() {
        assertThat(TextSanitizer.clean("a\uD800b\uDC00c\uFFFEd\uFDD0e\uD83F\uDFFFf"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf"); // U+1FFFF is a noncharacter too
        assertThat(TextSanitizer.clean("\uD83D\uDE00 emoji")).isEqualTo("\uD83D\uDE00 emoji");
        assertThat(TextSanitizer.clean("end\uD83D")).isEqualTo("end\uFFFD");
    }

    @Test
    void lineAndParagraphSeparatorsBecomeNewlines() {
        assertThat(TextSanitizer.clean("one\u2028two\u2029three")).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void cleanTextIsTheSameInstance() {
        String clean = "Über “quotes” — 東京 \uD83D\uDE00\n";
        assertThat(TextSanitizer.clean(clean)).isSameAs(clean);
        assertThat(TextSanitizer.isClean(clean)).isTrue();
        assertThat(TextSanitizer.clean(null)).isNull();
        assertThat(TextSanitizer.isClean(null)).isTrue();
    }

    @Test
    void anyStringComesOutCleanAndCleaningAgainChangesNothing() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            char[] chars = new char[random.nextInt(40)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x100) : (char) random.nextInt(0x10000);
            }
            String cleaned = TextSanitizer.clean(new String(chars));
            assertThat(TextSanitizer.isClean(cleaned)).as("clean(%s)", new String(chars)).isTrue();
            assertThat(TextSanitizer.clean(cleaned)).isSameAs(cleaned);
            assertThat(cleaned.indexOf('\0')).isEqualTo(-1);
        }
    }
}
