package io.wirecopy.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.ingest.parse.ArticleDraft;
import io.wirecopy.ingest.parse.Charsets;
import io.wirecopy.ingest.parse.HtmlPageParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Article extraction on pages written for the project in the manner of real ones. */
class ArticleExtractorTest {

    static String page(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/pages/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBlogPostKeepsItsStandfirstListAndLastLineAndLosesEverythingAroundThem() throws IOException {
        HtmlPageParser.Parsed parsed = HtmlPageParser.parseWithMethod(page("blog-post.html"), null);
        assertThat(parsed.method()).isEqualTo(ArticleExtractor.Method.BLOCKS);
        assertThat(parsed.draft().text()).isEqualTo("""
                Dock workers in Valdora kept the port closed on Wednesday, and the port authority said talks would \
                resume on Friday.

                The port of Valdora stayed closed on Wednesday for the third day running, as dock workers continued \
                their strike over the automation of the container terminal.

                Union leader Tomas Reyes told a crowd at the main gate: “Machines do not pay taxes.” The port \
                authority has promised that no worker will be laid off.

                What the workers want

                a written guarantee of jobs

                retraining for crane drivers

                a seat on the automation board

                Shipping lines have started to divert vessels to the neighbouring port of Carrasco, about 80 \
                kilometres to the north.

                Talks are due to resume on Friday.""");
    }

    @Test
    void metadataComesFromJsonLdWhenTheHeadHasNoMetaTags() throws IOException {
        ArticleDraft d = HtmlPageParser.parse(page("blog-post.html"), null);
        assertThat(d.title()).isEqualTo("Harbour strike enters third day");
        assertThat(d.byline()).isEqualTo("Ana Reyes, Tom Berg");
        assertThat(d.source()).isEqualTo("Valdora Courier");
        assertThat(d.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-03-06T09:30:00+01:00"));
        assertThat(d.language()).isEqualTo("en-GB");
        assertThat(d.url()).as("a relative canonical link with no page address to resolve it against").isNull();
        assertThat(HtmlPageParser.parse(page("blog-post.html"), "https://courier.example/2024/03/06/strike").url())
                .isEqualTo("https://courier.example/business/harbour-strike");
    }

    @Test
    void anArticleInABoxNamedLikeChromeIsFoundBySecondPass() throws IOException {
        HtmlPageParser.Parsed parsed = HtmlPageParser.parseWithMethod(page("form-wrapped.html"), null);
        assertThat(parsed.method()).isEqualTo(ArticleExtractor.Method.BLOCKS_UNHINTED);
        assertThat(parsed.draft().text()).isEqualTo("""
                The city council approved the new tram line to the airport on Tuesday evening, after a debate that \
                lasted more than five hours.

                Construction is to start next spring and the first trams should run in three years, the transport \
                department said.

                The opposition had asked for a referendum, which the majority rejected by 31 votes to 24.""");
    }

    @Test
    void aPageWithoutGoodBlocksFallsBackRatherThanGivingNothing() {
        String html = "<html><head><meta property='og:description' content='A short note.'></head><body>"
                + "<div><a href='/a'>One</a> <a href='/b'>Two</a></div></body></html>";
        HtmlPageParser.Parsed parsed = HtmlPageParser.parseWithMethod(html, null);
        assertThat(parsed.method()).isEqualTo(ArticleExtractor.Method.DESCRIPTION);
        assertThat(parsed.draft().text()).isEqualTo("A short note.");
        HtmlPageParser.Parsed shortNote = HtmlPageParser.parseWithMethod("<p>Closed today.</p>", null);
        assertThat(shortNote.method()).isEqualTo(ArticleExtractor.Method.ALL_BLOCKS);
        assertThat(shortNote.draft().text()).isEqualTo("Closed today.");
    }

    @Test
    void aStatedArticleBodyMuchLongerThanTheVisibleTextWins() {
        String body = "The full story. ".repeat(40).strip();
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + body + "\"}</script></head><body><p>Subscribe to read the full story of the harbour strike today.</p>"
                + "</body></html>";
        HtmlPageParser.Parsed parsed = HtmlPageParser.parseWithMethod(html, null);
        assertThat(parsed.method()).isEqualTo(ArticleExtractor.Method.STATED_BODY);
        assertThat(parsed.draft().text()).isEqualTo(body);
        String standfirst = "Dock workers kept the port of Valdora closed for a third day, and talks resume on Friday.";
        String paywalled = html.replace("<p>Subscribe", "<p>" + standfirst + "</p><p>Subscribe");
        assertThat(HtmlPageParser.parse(paywalled, null).text()).as("the standfirst the stated body lacks comes first")
                .isEqualTo(standfirst + "\n\n" + body);
    }

    @Test
    void blocksFollowTheLayoutNotTheTags() {
        List<TextBlock> blocks = BlockWalker.blocks(Jsoup.parse(
                "<div>Intro <b>bold</b><p>Body with a <a href='/x'>link</a></p>Tail<br>after break</div>").body());
        assertThat(blocks).extracting(TextBlock::text).containsExactly("Intro bold", "Body with a link", "Tail", "after break");
        assertThat(blocks.get(1).linkChars()).isEqualTo(4);
        assertThat(blocks.get(1).kind()).isEqualTo(TextBlock.Kind.PARAGRAPH);
    }

    @Test
    void rubyReadingsHiddenElementsAndDeepNestingAreHandled() {
        assertThat(HtmlPageParser.parse("<p>子<rt>こ</rt>どもの<ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>が"
                + "できました。これは長い文章です、とても長い文章です、本当に長い文章です。</p><p hidden>secret</p>"
                + "<p style='display: none'>also secret</p>", null).text())
                .isEqualTo("子どもの法律ができました。これは長い文章です、とても長い文章です、本当に長い文章です。");
        String deep = "<div>".repeat(100_000) + "<p>Deep inside the page there is still a paragraph of text to read.</p>"
                + "</div>".repeat(100_000);
        assertThat(HtmlPageParser.parse(deep, null).text()).contains("Deep inside the page");
        String wide = "<div class=ad>x</div><span hidden>y</span>".repeat(150_000)
                + "<p>After all the hidden boxes there is a paragraph of text that a reader sees.</p>";
        long start = System.nanoTime();
        assertThat(HtmlPageParser.parse(wide, null).text()).isEqualTo(
                "After all the hidden boxes there is a paragraph of text that a reader sees.");
        // linear work: nothing is removed from the tree (a removal shifts every later sibling)
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
    }

    @Test
    void anUnlabelledPageThatIsNotUtf8IsReadAsWindows1252() {
        byte[] latin = "<html><body><p>Caf\u00e9 \u201cd\u00e9j\u00e0 vu\u201d</p></body></html>".getBytes(
                java.nio.charset.Charset.forName("windows-1252"));
        assertThat(Charsets.decodeHtml(latin, "text/html")).contains("Café “déjà vu”");
        byte[] wrongLabel = "<meta charset=utf-8><p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Charsets.decodeHtml(wrongLabel, "text/html")).contains("Café");
    }

    @Test
    void endMarkersAndCreditsAreNeverText() {
        assertThat(EndMarkers.isMarker(new TextBlock(Jsoup.parse("").body(), TextBlock.Kind.HEADING, "Mehr zum Thema:", 0)))
                .isTrue();
        assertThat(EndMarkers.isMarker(new TextBlock(Jsoup.parse("").body(), TextBlock.Kind.HEADING, "More on the strike", 0)))
                .isFalse();
        assertThat(BlockClassifier.raw(new TextBlock(Jsoup.parse("").body(), TextBlock.Kind.PARAGRAPH, "Foto: dpa", 0)))
                .isEqualTo(BlockClassifier.Label.BAD);
        assertThat(BlockClassifier.raw(new TextBlock(Jsoup.parse("").body(), TextBlock.Kind.PARAGRAPH, "23.10.2018, 10:15 Uhr", 0)))
                .isEqualTo(BlockClassifier.Label.BAD);
    }

    @Test
    void aReaderAppealIsNeverTextButNewsAboutSubscribersIs() {
        assertThat(raw("Independent journalism needs your support. Become a member today from just three euros a month."))
                .isEqualTo(BlockClassifier.Label.BAD);
        assertThat(raw("Sign up for our morning newsletter")).isEqualTo(BlockClassifier.Label.BAD);
        assertThat(raw("Jetzt abonnieren: unabhängiger Journalismus für 4,99 Euro im Monat.")).isEqualTo(BlockClassifier.Label.BAD);
        // one signal alone is news
        assertThat(raw("The union urged its members to donate to the strike fund before Friday's vote in the port of Valdora."))
                .isEqualTo(BlockClassifier.Label.GOOD);
        assertThat(raw("The paper said its digital subscriptions rose by a fifth to 410,000 in the third quarter."))
                .isEqualTo(BlockClassifier.Label.GOOD);
    }

    private static BlockClassifier.Label raw(String text) {
        return BlockClassifier.raw(new TextBlock(Jsoup.parse("").body(), TextBlock.Kind.PARAGRAPH, text, 0));
    }
}
