package io.wirecopy.dedupe.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.dedupe.similarity.PassageAligner;
import io.wirecopy.shared.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A passage stops at a paragraph break of the article when what lies beyond is only a few words. */
class PassageParagraphsTest {

    static final String TEXT = "The agency said the launch would go ahead on Friday after engineers replaced a faulty valve in the engine.\n\n"
            + "The national space agency said on Monday that its budget would grow.";

    @Test
    void aShortTailAcrossABreakIsCutAndALongOneKept() {
        List<TextNormalizer.Token> spans = TextNormalizer.tokenSpans(TEXT);
        assertThat(spans).hasSize(31);
        // words 0-18 are the first paragraph; the alignment ran on over the break for 7 more words
        PassageAligner.Passage over = new PassageAligner.Passage(0, 26, 100, 126, 1);
        assertThat(PassageStage.withinParagraphs(over, spans, TEXT, 10))
                .isEqualTo(new PassageAligner.Passage(0, 19, 100, 119, 1));
        // the whole of both paragraphs: the tail is a paragraph of 12 words, kept
        PassageAligner.Passage both = new PassageAligner.Passage(0, 31, 0, 31, 0);
        assertThat(PassageStage.withinParagraphs(both, spans, TEXT, 10)).isSameAs(both);
        // a head of two words before the break is cut; the 8 left are too few for a passage
        PassageAligner.Passage head = new PassageAligner.Passage(17, 27, 5, 15, 0);
        assertThat(PassageStage.withinParagraphs(head, spans, TEXT, 10)).isNull();
        PassageAligner.Passage inside = new PassageAligner.Passage(2, 15, 2, 15, 0);
        assertThat(PassageStage.withinParagraphs(inside, spans, TEXT, 10)).isSameAs(inside);
    }
}
