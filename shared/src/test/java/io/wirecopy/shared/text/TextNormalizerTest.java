package io.wirecopy.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
