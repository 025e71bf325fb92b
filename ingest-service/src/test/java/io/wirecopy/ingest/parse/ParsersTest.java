package io.wirecopy.ingest.parse;

import io.wirecopy.ingest.text.SourceBoilerplate;
import io.wirecopy.ingest.text.Dates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden output of every parser on fixtures written for it. */
class ParsersTest {

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = ParsersTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void rss2UsesContentEncodedAndTakesHeadlineItems() throws IOException {
        List<FeedItem> items = FeedParser.parseXml(fixture("rss2.xml"), "application/rss+xml");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).draft()).isEqualTo(new ArticleDraft(
                "https://www.example-wire.com/world/kerry-iran?utm_source=rss#top", "example-wire.com",
                "Kerry open to talks with Iran on Iraq", "desk@example-wire.com (Wire Desk)",
                OffsetDateTime.parse("2014-06-16T10:00:00Z"), "en",
                "Secretary of State John Kerry said on Monday the United States was open to working with Iran.\n\n"
                        + "\"We are open to any constructive process here,\" he said."));
        assertThat(items.get(1).draft().text()).as("a headline item is news; its title stands as its text")
                .isEqualTo("An item without any body");
        assertThat(FeedParser.parseXml("<rss><channel><item><author>x</author></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8), "application/rss+xml"))
                .containsExactly(FeedItem.rejected(0, "item has no title, link, content or description"));
        assertThat(items.get(2).draft().text())
                .isEqualTo("Iranian President Hassan Rouhani said the country is ready to assist Iraq.");
    }

    @Test
    void atomHtmlContentAndTextSummary() throws IOException {
        List<FeedItem> items = FeedParser.parseXml(fixture("atom.xml"), "application/atom+xml");
        assertThat(items).extracting(i -> i.draft().text()).containsExactly(
                "The Iranian President did not rule out a potential alliance with America.",
                "Only a summary, in plain text.");
        assertThat(items.get(0).draft().byline()).isEqualTo("Jack Simpson");
        assertThat(items.get(0).draft().url()).isEqualTo("https://atom.example.org/2014/06/14/iran");
        assertThat(items.get(0).draft().publishedAt()).isEqualTo(OffsetDateTime.parse("2014-06-14T16:00:00Z"));
        assertThat(items.get(0).draft().source()).isEqualTo("atom.example.org");
    }

    @Test
    void brokenXmlSaysLineAndColumn() {
        byte[] xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel><item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FeedParser.parseXml(xml, "application/rss+xml"))
                .hasMessageStartingWith("invalid feed XML at line 3, column");
    }

    @Test
    void doctypesAreTakenOutSoNoEntityIsFetchedOrExpandsButHarmlessOnesStillRead() {
        byte[] xxe = ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rss version=\"2.0\"><channel><item><description>&x; text</description></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(FeedParser.parseXml(xxe, "application/rss+xml").get(0).draft().text()).isEqualTo("&x; text");
        long start = System.nanoTime();
        assertThat(FeedParser.parseXml(io.wirecopy.ingest.service.HostileInputs.billionLaughs()
                .getBytes(StandardCharsets.UTF_8), "application/rss+xml").get(0).draft().text()).isEqualTo("&lol9;");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        byte[] netscape = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
                + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\" [<!ENTITY agency \"Wire Agency\">]>\n"
                + "<rss version=\"0.91\"><channel><title>T</title><link>https://n.example/</link><description>D</description>"
                + "<language>en</language><item><title>Caf&eacute; &amp; bar</title><link>https://n.example/1?a=1&b=2</link>"
                + "<description>&agency;&nbsp;says &copy; 2014</description></item></channel></rss>")
                .getBytes(StandardCharsets.ISO_8859_1);
        ArticleDraft d = FeedParser.parseXml(netscape, "application/rss+xml").get(0).draft();
        assertThat(d.title()).isEqualTo("Café & bar");
        assertThat(d.url()).isEqualTo("https://n.example/1?a=1&b=2");
        assertThat(d.text()).isEqualTo("Wire Agency\u00A0says © 2014".replace('\u00A0', ' '));
    }

    @Test
    void relativeLinksResolveAgainstXmlBaseThenTheFeedsLink() {
        String atom = "<feed xmlns='http://www.w3.org/2005/Atom' xml:base='http://example.org/blog/'><link href='http://example.org/'/>"
                + "<entry xml:base='entries/'><title>T</title><link href='one.html'/><summary>Some text here.</summary></entry>"
                + "<entry><title>No link</title><summary>Text without a link.</summary></entry></feed>";
        List<FeedItem> entries = FeedParser.parseXml(atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml");
        assertThat(entries.get(0).draft().url()).isEqualTo("http://example.org/blog/entries/one.html");
        assertThat(entries.get(1).draft().url()).as("no link stays no link").isNull();
        String rss = "<rss version='2.0'><channel><link>https://site.example/news/</link><item><title>T</title>"
                + "<link>/2024/a.html</link><description>Some text.</description></item></channel></rss>";
        assertThat(FeedParser.parseXml(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml").get(0).draft().url())
                .isEqualTo("https://site.example/2024/a.html");
    }

    @Test
    void feedsInUtf16AndUtf32AreReadAsXmlSays() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Ünïcode</title>"
                + "<description>Text in a wide encoding.</description></item></channel></rss>";
        for (String charset : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
            byte[] body = rss.getBytes(java.nio.charset.Charset.forName(charset));
            assertThat(FeedParser.parseXml(body, "application/xml").get(0).draft().title()).as(charset).isEqualTo("Ünïcode");
        }
        byte[] declaredWrongly = rss.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"utf-8\"?>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FeedParser.parseXml(declaredWrongly, "text/xml; charset=\"iso-8859-1\"").get(0).draft().title())
                .as("the content type's charset wins over the declaration").isEqualTo("Ünïcode");
    }

    @Test
    void jsonFeedAndNdjson() {
        List<FeedItem> feed = FeedParser.parseJsonFeed("""
                {"version": "https://jsonfeed.org/version/1.1", "home_page_url": "https://www.jf.example/",
                 "items": [
                   {"id": "1", "url": "https://www.jf.example/1", "title": "One", "content_html": "<p>First <b>body</b>.</p>",
                    "date_published": "2014-06-16T10:00:00+02:00", "authors": [{"name": "A. Writer"}]},
                   {"id": "2", "title": "A headline only", "external_url": "/elsewhere", "date_modified": "2014-06-17T08:00:00Z",
                    "authors": [{"name": "B"}, {"name": "C"}], "language": "de"},
                   {"id": "3", "url": 7}
                 ]}""");
        assertThat(feed.get(0).draft()).isEqualTo(new ArticleDraft("https://www.jf.example/1", "jf.example", "One",
                "A. Writer", OffsetDateTime.parse("2014-06-16T10:00:00+02:00"), null, "First body."));
        assertThat(feed.get(1).draft()).isEqualTo(new ArticleDraft("https://www.jf.example/elsewhere", "jf.example",
                "A headline only", "B, C", OffsetDateTime.parse("2014-06-17T08:00:00Z"), "de", "A headline only",
                OffsetDateTime.parse("2014-06-17T08:00:00Z")));
        assertThat(feed.get(2).error()).isEqualTo("item has no title, content_html, content_text or summary");

        List<FeedItem> lines = FeedParser.parseNdjson("{\"text\": \"one\"}\n\n{\"text\": 5}\n{broken\n");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).draft().text()).isEqualTo("one");
        assertThat(lines.get(1).error()).isEqualTo("line 3: field 'text' must be a string, got NUMBER");
        assertThat(lines.get(2).error()).startsWith("line 4: invalid JSON at line 1, column 2");
    }

    @Test
    void htmlPageDropsChromeAndReadsHead() throws IOException {
        ArticleDraft d = HtmlPageParser.parse(new String(fixture("page.html"), StandardCharsets.UTF_8), null);
        assertThat(d).isEqualTo(new ArticleDraft(
                "https://daily.example.com/world/iraq-iran?utm_medium=social", null, // addressed: its domain is the source
                "Iraq crisis: Iran could join forces with US", "Jack Simpson",
                OffsetDateTime.parse("2014-06-14T17:00:00+01:00"), "en",
                "Iranian President Hassan Rouhani has said that the country is ready to assist Iraq.\n\n"
                        + "In the speech he said: “If the Iraqi government asks us for help, we may provide any assistance.”"));
    }

    @Test
    void textPageTitleIsTheFirstLine() {
        ArticleDraft d = TextPageParser.parse("\n\n  Kerry: US open to Iran talks \n\n\nKerry said so.\r\n  \nKerry: US open to Iran talks\nHe  said more.\n", null, null, SourceBoilerplate.none());
        assertThat(d.title()).isEqualTo("Kerry: US open to Iran talks");
        assertThat(d.text()).isEqualTo("Kerry said so.\n\nHe said more.");
        assertThat(TextPageParser.parse("Line one\nLine two", "Given", null, SourceBoilerplate.none()).text()).isEqualTo("Line one\n\nLine two");
    }

    @Test
    void jsonArticleErrorsSayWhere() {
        assertThatThrownBy(() -> JsonArticleParser.parse("{\n  \"text\": \"x\",\n  oops\n}"))
                .hasMessageStartingWith("invalid JSON at line 3, column 3");
        assertThatThrownBy(() -> JsonArticleParser.parse("{\"text\": \"x\", \"publishedAt\": \"yesterday\"}"))
                .hasMessageStartingWith("field 'publishedAt': cannot read the time 'yesterday'");
        assertThat(JsonArticleParser.parse("{\"html\": \"<p>a</p><p>b</p>\"}").text()).isEqualTo("a\n\nb");
    }

    @Test
    void datesAndSniffing() {
        assertThat(Dates.parse("Mon, 16 Jun 2014 10:00:00 GMT")).isEqualTo(OffsetDateTime.parse("2014-06-16T10:00:00Z"));
        assertThat(Dates.parse("2014-06-16")).isEqualTo(OffsetDateTime.parse("2014-06-16T00:00:00Z"));
        assertThat(Dates.parse("2014-06-16T10:00:00")).isEqualTo(OffsetDateTime.parse("2014-06-16T10:00:00Z"));
        assertThat(InputFormat.sniff("\uFEFF<?xml version='1.0'?><rss/>".getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.FEED_XML);
        assertThat(InputFormat.sniff("<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.ARTICLE_HTML);
        assertThat(InputFormat.sniff("{\"text\":\"a\"}\n{\"text\":\"b\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.NDJSON);
        assertThat(InputFormat.sniff("{\"text\":\"a\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.ARTICLE_JSON);
        assertThat(InputFormat.sniff("Just words".getBytes(StandardCharsets.UTF_8))).isEqualTo(InputFormat.ARTICLE_TEXT);
        assertThat(Charsets.decode("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "text/plain; charset=ISO-8859-1")).isEqualTo("café");
    }

    @Test
    void htmlWithoutArticleMarkupByDensityInItsDeclaredCharset() throws IOException {
        ArticleDraft d = HtmlPageParser.parse(Charsets.decodeHtml(fixture("portal.html"), "text/html"), null);
        assertThat(d.title()).isEqualTo("Hafenstreik in Valdora - Nachrichtenportal");
        assertThat(d.url()).isEqualTo("https://portal.example/wirtschaft/hafenstreik?fbclid=abc#top");
        assertThat(d.language()).isEqualTo("de-DE");
        assertThat(d.text()).isEqualTo("""
                Hafenstreik in Valdora geht weiter

                Der Hafen von Valdora blieb am Mittwoch den dritten Tag in Folge geschlossen, weil die Hafenarbeiter \
                ihren Streik fortsetzten.

                Gewerkschaftschef Tomas Reyes sagte vor dem Haupttor: „Maschinen zahlen keine Steuern.“ Die Behörde \
                versprach, niemand werde entlassen.""");
    }

    @Test
    void xmlFeedsInLatin1AndWindows1252() {
        String rss = "<?xml version=\"1.0\" encoding=\"%s\"?><rss version=\"2.0\"><channel><link>https://x.example/</link>"
                + "<item><title>Caf\u00e9 \u201cquotes\u201d</title><link>https://x.example/1</link>"
                + "<description>Na\u00efve text with \u20ac and d\u00e9j\u00e0 vu.</description></item></channel></rss>";
        List<FeedItem> cp1252 = FeedParser.parseXml(rss.formatted("windows-1252").getBytes(java.nio.charset.Charset.forName("windows-1252")),
                "application/rss+xml");
        assertThat(cp1252.get(0).draft().title()).isEqualTo("Caf\u00e9 \u201cquotes\u201d");
        assertThat(cp1252.get(0).draft().text()).isEqualTo("Na\u00efve text with \u20ac and d\u00e9j\u00e0 vu.");
        String latin = rss.replace("\u201c", "'").replace("\u201d", "'").replace("\u20ac", "EUR");
        List<FeedItem> latin1 = FeedParser.parseXml(latin.formatted("ISO-8859-1").getBytes(StandardCharsets.ISO_8859_1),
                "application/xml");
        assertThat(latin1.get(0).draft().text()).isEqualTo("Na\u00efve text with EUR and d\u00e9j\u00e0 vu.");
    }

    @Test
    void rss10Rdf() throws IOException {
        List<FeedItem> items = FeedParser.parseXml(fixture("rss1.xml"), "application/rdf+xml");
        assertThat(items).hasSize(1);
        ArticleDraft d = items.get(0).draft();
        assertThat(d.url()).isEqualTo("https://wire.example/quake");
        assertThat(d.title()).isEqualTo("Strong earthquake shakes Kestria highlands");
        assertThat(d.byline()).isEqualTo("Marta Ilves");
        assertThat(d.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-03T04:30:00Z"));
        assertThat(d.text()).isEqualTo("A magnitude 6.9 earthquake struck the Kestria highlands early on Tuesday.");
    }

    @Test
    void atomXhtmlContentHtmlTitleAndUrnIds() throws IOException {
        List<FeedItem> items = FeedParser.parseXml(fixture("atom-xhtml.xml"), "application/atom+xml");
        assertThat(items).hasSize(2);
        ArticleDraft xhtml = items.get(0).draft();
        assertThat(xhtml.url()).as("a URN id is not a URL").isNull();
        assertThat(xhtml.title()).isEqualTo("Aid reaches Kestria villages");
        assertThat(xhtml.text()).isEqualTo("The first aid convoys reached villages on Thursday.\n\nHelicopters flew the injured to hospitals.");
        assertThat(xhtml.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-05T08:00:00Z"));
        ArticleDraft summary = items.get(1).draft();
        assertThat(summary.url()).isEqualTo("https://wire.example/schools");
        assertThat(summary.text()).isEqualTo("Children returned to classes on Monday in tents.");
    }

    @Test
    void jsonFeed10WithASingleAuthor() throws IOException {
        List<FeedItem> items = FeedParser.parseJsonFeed(new String(fixture("jsonfeed-1.0.json"), StandardCharsets.UTF_8));
        ArticleDraft d = items.get(0).draft();
        assertThat(d.byline()).isEqualTo("Freya Dahl");
        assertThat(d.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-05-07T10:00:00+02:00"));
        assertThat(d.text()).isEqualTo("The satellite reached orbit on Thursday.\n\nIt will take images of clouds.");
    }

    @Test
    void byteOrderMarksWinOverDeclaredCharsets() {
        byte[] utf8 = "\uFEFFCaf\u00e9 d\u00e9j\u00e0 vu".getBytes(StandardCharsets.UTF_8);
        assertThat(Charsets.decode(utf8, "text/plain; charset=ISO-8859-1")).isEqualTo("Caf\u00e9 d\u00e9j\u00e0 vu");
        byte[] utf16 = "\uFEFFCaf\u00e9".getBytes(StandardCharsets.UTF_16LE);
        assertThat(Charsets.decode(utf16, null)).isEqualTo("Caf\u00e9");
        assertThat(Charsets.decode("Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "text/plain; charset=iso-8859-1"))
                .isEqualTo("Caf\u00e9");
        assertThat(Charsets.decode(new byte[] {(byte) 0x93, 'h', 'i', (byte) 0x94}, "text/plain; charset=windows-1252"))
                .isEqualTo("\u201chi\u201d");
    }
}
