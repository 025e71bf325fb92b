package io.wirecopy.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feeds real servers write that ROME alone refuses, read as feedparser reads them. */
class FeedDocumentsTest {

    static List<FeedItem> read(String xml) {
        return FeedParser.parseXml(xml.getBytes(StandardCharsets.UTF_8), "application/xml");
    }

    static final String ITEM = "<title>Port strike</title><link>https://news.example/strike</link>"
            + "<description>Dock workers kept the port closed.</description>";

    @Test
    void anAtomFeedInNoOrAForeignNamespaceIsAtom() {
        for (String root : List.of("<feed>", "<feed xmlns=\"http://example.com/newformat#\">",
                "<feed xmlns:bogus=\"http://dom.test/ns\">")) {
            List<FeedItem> items = read(root + "<entry><id bogus:attr=\"x\" xmlns:bogus=\"http://dom.test/ns\">urn:1</id>"
                    + "<title>Port strike</title><content>Dock workers kept the port closed.</content></entry></feed>");
            assertThat(items).as(root).hasSize(1);
            assertThat(items.get(0).draft().title()).isEqualTo("Port strike");
            assertThat(items.get(0).draft().text()).isEqualTo("Dock workers kept the port closed.");
        }
    }

    @Test
    void rssInANamespaceOrOfALaterVersionIsRss() {
        for (String root : List.of("<rss xmlns=\"http://backend.userland.com/rss\">", "<rss version=\"2.1\">",
                "<rss xmlns=\"http://blogs.law.harvard.edu/tech/rss\" version=\"2.0\">")) {
            List<FeedItem> items = read(root + "<channel><title>c</title><item>" + ITEM + "</item></channel></rss>");
            assertThat(items).as(root).hasSize(1);
            assertThat(items.get(0).draft().url()).isEqualTo("https://news.example/strike");
        }
    }

    @Test
    void anRdfFeedWithoutAChannelIsAnEmptyFeed() {
        assertThat(read("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"/>"))
                .isEmpty();
        assertThat(read("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"></rdf:RDF>")).isEmpty();
    }

    @Test
    void atom03Base64TextWithLineBreaksIsDecoded() {
        List<FeedItem> items = read("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry>"
                + "<title mode=\"base64\">\n    UG9ydCBzdHJpa2U=\n  </title>"
                + "<content mode=\"base64\" type=\"text/plain\">RG9jayB3b3JrZXJzIGtlcHQg\ndGhlIHBvcnQgY2xvc2VkLg==</content>"
                + "</entry></feed>");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).draft().title()).isEqualTo("Port strike");
        assertThat(items.get(0).draft().text()).isEqualTo("Dock workers kept the port closed.");
    }
}
