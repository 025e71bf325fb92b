package io.wirecopy.dedupe.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.shared.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageAlignerTest {

    private final PassageAligner aligner = new PassageAligner(new PassageAligner.Settings(4, 4, 3, 10));

    private static List<String> t(String text) {
        return TextNormalizer.tokens(text);
    }

    private static String words(List<String> tokens, int from, int to) {
        return String.join(" ", tokens.subList(from, to));
    }

    @Test
    void aQuoteWithOneWordChangedIsOnePassage() {
        List<String> a = t("It is vital, he said. \"We are open to any constructive process here that would minimize "
                + "the violence.\" In the interview Kerry called Iraq a partner.");
        List<String> b = t("\"I think we are open to any constructive process here that could minimize the violence, "
                + "hold Iraq together and eliminate the presence of outside forces.\"");
        List<PassageAligner.Passage> passages = aligner.align(a, b);
        assertThat(passages).hasSize(1);
        PassageAligner.Passage p = passages.get(0);
        assertThat(words(a, p.aStart(), p.aEnd()))
                .isEqualTo("we are open to any constructive process here that would minimize the violence");
        assertThat(words(b, p.bStart(), p.bEnd()))
                .isEqualTo("we are open to any constructive process here that could minimize the violence");
        assertThat(p.words()).isEqualTo(13);
        assertThat(p.edits()).isEqualTo(1);
    }

    @Test
    void anInsertedPhraseIsBridged() {
        List<String> a = t("Rouhani acknowledged the possibility of US assisting Iran and for a potential alliance between "
                + "Iran and the US in combating militants.");
        List<String> b = t("Today Rouhani acknowledged the possibility of America assisting Iran and left the door open for "
                + "a potential alliance between Iran and the US in combating Isis.");
        List<PassageAligner.Passage> passages = aligner.align(a, b);
        assertThat(passages).hasSize(1);
        PassageAligner.Passage p = passages.get(0);
        assertThat(words(a, p.aStart(), p.aEnd())).isEqualTo(
                "rouhani acknowledged the possibility of us assisting iran and for a potential alliance between iran "
                        + "and the us in combating");
        assertThat(p.bEnd() - p.bStart()).isEqualTo(24);
        assertThat(p.edits()).isEqualTo(2);
    }

    @Test
    void twoSeparatePassagesStaySeparate() {
        String q1 = "the minister said the talks would resume in geneva next week after a pause of six months";
        String q2 = "officials expect a first agreement on prisoner exchanges to be signed before the end of the year";
        List<String> a = t("Morning report. " + q1 + ". Weather was fine and the markets were calm all day long. " + q2 + ".");
        List<String> b = t(q2 + ". In other news a football match ended in a draw on saturday. " + q1 + ".");
        List<PassageAligner.Passage> passages = aligner.align(a, b);
        assertThat(passages).extracting(p -> words(a, p.aStart(), p.aEnd())).containsExactly(q1, q2);
    }

    @Test
    void shortCommonPhrasesAndUnrelatedTextsGiveNothing() {
        List<String> a = t("The president of the United States said on Monday that the economy was growing.");
        List<String> b = t("A spokesman for the president of the United States said on Friday that talks had failed.");
        assertThat(aligner.align(a, b)).isEmpty();
        assertThat(aligner.align(t("one two three"), t("one two three"))).isEmpty();
    }
}
