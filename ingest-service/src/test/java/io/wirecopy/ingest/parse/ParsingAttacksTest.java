package io.wirecopy.ingest.parse;

import io.wirecopy.ingest.text.Datelines;
import io.wirecopy.ingest.text.Dates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Inputs built to exhaust the parsers: each is refused or read in linear time (well under a second here). */
class ParsingAttacksTest {

    static final Duration QUICK = Duration.ofSeconds(2);

    @Test
    void entityAmplificationIsRefusedPastItsCap() {
        String feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e \"" + "x".repeat(1000) + "\">]><rss version=\"2.0\">"
                + "<channel><title>t</title><item><title>a</title><description>" + "&e;".repeat(1_200_000)
                + "</description></item></channel></rss>";
        assertTimeoutPreemptively(QUICK, () -> assertThatThrownBy(() -> FeedXml.prepare(feed.getBytes(StandardCharsets.UTF_8),
                "application/rss+xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the feed's DOCTYPE entities expand to more than 1000000 characters"));
        String modest = "<!DOCTYPE rss [<!ENTITY e \"wire\">]><rss>" + "&e;".repeat(1000) + "</rss>";
        String out = FeedXml.lenient(modest);
        assertThat(out.length()).isEqualTo(4030);
        assertThat(out).contains("wire".repeat(1000));
    }

    @Test
    void aPrologOfUnclosedProcessingInstructionsIsLinear() {
        String doc = "<?".repeat(30_000) + "<!DOCTYPE rss [<!ENTITY e \"x\">]><rss>&e;</rss>";
        String out = assertTimeoutPreemptively(QUICK, () -> FeedXml.lenient(doc));
        assertThat(out.substring(out.length() - 40)).as("a DOCTYPE after junk is not a prolog's: its entity is not defined")
                .doesNotContain("<rss>x<");
        assertThat(FeedXml.lenient("<?xml version=\"1.0\"?><!-- c --><!DOCTYPE rss [<!ENTITY e \"x\">]><rss>&e;</rss>"))
                .contains("<!-- c -->").contains(">x</").doesNotContain("DOCTYPE");
    }

    @Test
    void capitalsThatAreNoDatelineDoNotBacktrack() {
        String text = "A".repeat(100_000) + " rest of the story";
        Datelines.Found found = assertTimeoutPreemptively(QUICK, () -> Datelines.find(text));
        assertThat(found.dateline()).isNull();
        String words = "AB ".repeat(50_000);
        assertThat(assertTimeoutPreemptively(QUICK, () -> Datelines.find(words)).dateline()).isNull();
        assertThat(Datelines.find("WASHINGTON — The story").dateline()).isEqualTo("WASHINGTON —");
        assertThat(Datelines.find("NEW YORK, June 3 - The story").dateline()).isEqualTo("NEW YORK, June 3 -");
        assertThat(Datelines.find("BEIRUT- The story").dateline()).isEqualTo("BEIRUT-");
    }

    @Test
    void aLongLineOfDotsAndSpacesIsNoDateAndQuicklySo() {
        String line = ". ".repeat(200_000) + "x";
        assertThat(assertTimeoutPreemptively(QUICK, () -> Dates.scraped(line))).isNull();
        assertThat(Dates.scraped("  • 16 June 2014 19:21 (UTC +04:00) .. ")).hasToString("2014-06-16T19:21+04:00");
        assertThat(Dates.scraped("Jun 16, 2014.")).hasToString("2014-06-16T00:00Z");
    }
}
