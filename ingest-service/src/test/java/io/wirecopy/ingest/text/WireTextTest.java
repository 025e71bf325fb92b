package io.wirecopy.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.shared.text.TextSanitizer;
import org.junit.jupiter.api.Test;

class WireTextTest {

    /** Agency copy as a wire system hands it over: 0x19 opens each paragraph, {@code <} ends it, lines wrapped. */
    static final String WIRE = "COURT Stabbing\r\n"
            + "\u0019   A man stabbed a pensioner in an ``unprovoked and cowardly\r\n"
            + "attack'' outside a post office, a jury at Leeds Crown Court was\r\n"
            + "told today.<\r\n"
            + "\u0019   John Smith, 34, of no fixed address, denies attempted murder.<\r\n"
            + "\u0019   Prosecutor Mr Peter Jones told the jury of six men and six\r\n"
            + "women: ``He never said a word.''<\r\n";

    @Test
    void wireMarksBecomeParagraphs() {
        assertThat(TextSanitizer.clean(WireText.paragraphs(WIRE))).isEqualTo("""
                COURT Stabbing

                A man stabbed a pensioner in an \u201Cunprovoked and cowardly attack\u201D outside a post office, a jury at Leeds Crown Court was told today.

                John Smith, 34, of no fixed address, denies attempted murder.

                Prosecutor Mr Peter Jones told the jury of six men and six women: \u201CHe never said a word.\u201D""");
    }

    @Test
    void hardWrappedTextIsUnwrapped() {
        String wrapped = """
                Oil prices rose on Monday after the producers' group agreed to
                extend its output cuts into the second half of the year, traders
                said.

                Brent crude was up 1.2 percent at noon, its highest level since
                the start of the month, while US crude gained 0.9 percent in thin
                trading ahead of a holiday.

                Short closing line.
                """;
        assertThat(WireText.paragraphs(wrapped)).isEqualTo("""
                Oil prices rose on Monday after the producers' group agreed to extend its output cuts into the second half of the year, traders said.

                Brent crude was up 1.2 percent at noon, its highest level since the start of the month, while US crude gained 0.9 percent in thin trading ahead of a holiday.

                Short closing line.""");
    }

    @Test
    void aParagraphPerLineStaysAsItIs() {
        String page = """
                Iran says U.S. requests new talks
                By Jack Simpson
                Jun 16, 2014
                Iran said on Monday that the United States had asked for new talks on the nuclear programme.
                The foreign ministry spokeswoman said the request came through intermediaries.
                Officials in Washington declined to comment.
                """;
        assertThat(WireText.paragraphs(page)).isSameAs(page);
    }

    @Test
    void appliedTwiceIsAppliedOnce() {
        String once = WireText.paragraphs(WIRE);
        assertThat(WireText.paragraphs(once)).isEqualTo(once);
    }
}
