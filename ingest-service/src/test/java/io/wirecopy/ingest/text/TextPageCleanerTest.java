package io.wirecopy.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Golden pages written in the spirit of real scrapes: title, byline, time and the body must come out clean. */
class TextPageCleanerTest {

    static String resource(String name) throws IOException {
        try (InputStream in = TextPageCleanerTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static TextPageCleaner.Cleaned clean(String page) throws IOException {
        return TextPageCleaner.clean(resource("pages/" + page + ".txt"), null, null, SourceBoilerplate.none());
    }

    @Test
    void bannerSloganWidgetsRepeatedHeadlineAndTailsGo() throws IOException {
        TextPageCleaner.Cleaned page = clean("harbour-strike");
        assertThat(page.title()).isEqualTo("Dock strike shuts Valdora port for a third day");
        assertThat(page.byline()).isEqualTo("Staff Reporter");
        assertThat(page.publishedAt()).isNull();
        assertThat(page.text()).isEqualTo(resource("golden/harbour-strike.body.txt"));
    }

    @Test
    void sectionNamesGluedToTheHeadlineAndLatestNewsListsGo() throws IOException {
        TextPageCleaner.Cleaned page = clean("quake-aid");
        assertThat(page.title()).isEqualTo("Aid reaches Kestria villages after quake");
        assertThat(page.text()).isEqualTo(resource("golden/quake-aid.body.txt"));
    }

    @Test
    void bylineTimeCaptionsLoginPromptsAndPaginationGo() throws IOException {
        TextPageCleaner.Cleaned page = clean("vote-result");
        assertThat(page.title()).isEqualTo("Lunaria election: Mercer wins most seats but loses majority");
        assertThat(page.byline()).isEqualTo("Anna Lindqvist");
        assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-04-12T23:40+01:00"));
        assertThat(page.text()).isEqualTo(resource("golden/vote-result.body.txt"));
    }

    @Test
    void aGivenTitleWinsAndIsNotRepeatedInTheBody() {
        TextPageCleaner.Cleaned page = TextPageCleaner.clean("Site name\nThe Title\nFirst paragraph of the body.",
                "The Title", null, SourceBoilerplate.none());
        assertThat(page.title()).isEqualTo("The Title");
        assertThat(page.text()).isEqualTo("Site name\n\nFirst paragraph of the body.");
    }

    @Test
    void aSourcesRecurringLinesAreLearnedAndDropped() {
        SourceBoilerplate learned = new SourceBoilerplate(3, 10, 100);
        String template = "Your trusted voice on the coast since 1990\n%s\nStory number %d is about something else entirely.\n"
                + "Listen to our podcast every Friday morning";
        String last = null;
        for (int i = 0; i < 4; i++) {
            last = TextPageCleaner.clean(template.formatted("Headline " + i, i), null, "coast.example", learned).text();
        }
        assertThat(last).isEqualTo("Story number 3 is about something else entirely.");
        // another source has not shown these lines often enough
        assertThat(TextPageCleaner.clean(template.formatted("Headline", 9), null, "other.example", learned).text())
                .contains("Listen to our podcast every Friday morning");
    }

    @Test
    void learnedCountsAreBounded() {
        SourceBoilerplate learned = new SourceBoilerplate(1, 2, 3);
        for (int s = 0; s < 5; s++) {
            learned.boilerplateAndLearn("source-" + s, java.util.List.of("a b", "c d", "e f", "g h"));
        }
        // source-0 was forgotten (only two sources are kept), so its lines are new again
        assertThat(learned.boilerplateAndLearn("source-0", java.util.List.of("a b"))).isEmpty();
        // source-4 keeps only its three most recent lines: "a b" was evicted
        assertThat(learned.boilerplateAndLearn("source-4", java.util.List.of("a b", "g h"))).containsExactly("g h");
    }

    @Test
    void scrapedDateFormats() {
        assertThat(Dates.scraped("Jun 16, 2014")).isEqualTo(OffsetDateTime.parse("2014-06-16T00:00Z"));
        assertThat(Dates.scraped("# 16 June 2014 19:21 (UTC +04:00)")).isEqualTo(OffsetDateTime.parse("2014-06-16T19:21+04:00"));
        assertThat(Dates.scraped("Saturday 14 June 2014 17:00 BST")).isEqualTo(OffsetDateTime.parse("2014-06-14T17:00+01:00"));
        assertThat(Dates.scraped("Mon, 16 Jun 2014 10:00:00 GMT")).isEqualTo(OffsetDateTime.parse("2014-06-16T10:00Z"));
        assertThat(Dates.scraped("2014-06-16T10:00:00+02:00")).isEqualTo(OffsetDateTime.parse("2014-06-16T10:00+02:00"));
        assertThat(Dates.scraped("June 16, 2014 5:30 pm EDT")).isEqualTo(OffsetDateTime.parse("2014-06-16T17:30-04:00"));
        assertThat(Dates.scraped("The talks of 16 June 2014 failed")).isNull();
        assertThat(Dates.scraped("31 February 2014")).isNull();
    }
}
