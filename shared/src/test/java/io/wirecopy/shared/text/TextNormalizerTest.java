package io.wirecopy.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void foldsQuotesDashesCaseAndWhitespace() {
        assertThat(TextNormalizer.normalize("  “We are OPEN” — Kerry’s   line\u00A0\n\tnow  "))
                .isEqualTo("\"we are open\" - kerry's line now");
    }

    @Test
    void appliesNfkcAndDropsInvisibleCharacters() {
        // full-width letters, the "ﬁ" ligature, a soft hyphen, a zero-width space and a BOM
        assertThat(TextNormalizer.normalize("\uFEFFＷｉｒｅ ﬁle co\u00ADpy\u200B!"))
                .isEqualTo("wire file copy!");
    }

    @Test
    void nullAndBlankGiveEmpty() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
        assertThat(TextNormalizer.normalize(" \n\t ")).isEmpty();
    }

    @Test
    void tokensKeepInnerApostrophesAndDropPunctuation() {
        assertThat(TextNormalizer.tokens("I wouldn’t rule out anything—“step-by-step”, U.S. 2014."))
                .containsExactly("i", "wouldn't", "rule", "out", "anything", "step", "by", "step", "u", "s", "2014");
    }

    @Test
    void tokensOfOtherScripts() {
        assertThat(TextNormalizer.tokens("Rouhani: «Nous sommes prêts» — Тегеран, 14 июня"))
                .isEqualTo(List.of("rouhani", "nous", "sommes", "prêts", "тегеран", "14", "июня"));
    }

    @Test
    void canonicalFormIgnoresTypographyOnly() {
        String a = "Kerry said: “We are open to any constructive process here.”";
        String b = "KERRY SAID -- \"we are open to any constructive process here\"";
        assertThat(TextNormalizer.canonicalForm(a))
                .isEqualTo(TextNormalizer.canonicalForm(b))
                .isEqualTo("kerry said we are open to any constructive process here");
    }

    @Test
    void tokenSpansPointIntoTheRawText() {
        String raw = "“I wouldn’t,” said Kerry\u00AD’s aide — ½.";
        List<TextNormalizer.Token> spans = TextNormalizer.tokenSpans(raw);
        assertThat(spans).extracting(TextNormalizer.Token::text)
                .containsExactly("i", "wouldn't", "said", "kerry's", "aide", "1", "2");
        assertThat(spans).extracting(t -> raw.substring(t.start(), t.end()))
                .containsExactly("I", "wouldn’t", "said", "Kerry\u00AD’s", "aide", "½", "½");
        assertThat(TextNormalizer.tokens(raw)).isEqualTo(spans.stream().map(TextNormalizer.Token::text).toList());
    }

    /** The tokeniser's definition of a raw word, as the regular expression it was first written as. */
    private static final Pattern RAW_WORD = Pattern.compile(
            "[\\p{L}\\p{N}\\p{M}\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]+"
                    + "(?:['\\u2018\\u2019\\u201A\\u201B\\u2032\\u2035\\u0060\\u00B4\\u02BC]"
                    + "[\\p{L}\\p{N}\\p{M}\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]+)*");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:'[\\p{L}\\p{N}\\p{M}]+)*");

    /** The hand-written scanner splits every text as the regular expression does (200,000 random texts). */
    @Test
    void scannerAgreesWithTheRegularExpression() {
        String[] parts = {"a", "Z", "q", "7", " ", "  ", "\n", ".", ",", "-", "\"", "'", "''", "\u2019", "\u2018", "`", "\u00B4",
                "\u02BC", "\u2032", "\u00E9", "e\u0301", "\u0301", "\u00AD", "\u200B", "\uFEFF", "\u00BD", "\u2163", "\u0663",
                "\u4E2D", "\uD83D\uDE00", "\uD835\uDC00", "\uD800", "\uDC00", "\u00DF", "\u0130", "\uFB01", "\u2014", "\u00A0",
                "\u3000", "\u0939\u093F", "\u05D0", "_", "$", "\t"};
        Random random = new Random(2026);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String t = text.toString();
            assertThat(TextNormalizer.tokenSpans(t)).as("tokens of '%s'", t).isEqualTo(reference(t));
        }
    }

    private static List<TextNormalizer.Token> reference(String text) {
        List<TextNormalizer.Token> tokens = new ArrayList<>();
        Matcher raw = RAW_WORD.matcher(text);
        while (raw.find()) {
            String word = raw.group();
            Matcher m = TOKEN.matcher(TextNormalizer.normalize(word));
            while (m.find()) {
                tokens.add(new TextNormalizer.Token(m.group(), raw.start(), raw.end()));
            }
        }
        return tokens;
    }

    @org.junit.jupiter.api.Test
    void hasWordAnswersAsTheTokensDo() {
        for (String text : new String[] {"", " \t\n", "—…!?", "a", " x ", "\u00BD", "\u0301\u0301", "\u200B\u200B", "l'été",
                "\uFEFF", "１２３", "--- 9 ---", "\u00AD"}) {
            org.assertj.core.api.Assertions.assertThat(TextNormalizer.hasWord(text)).as("%s", text)
                    .isEqualTo(!TextNormalizer.tokens(text).isEmpty());
        }
    }
}
