package io.wirecopy.ingest.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Broken and hostile inputs: each must be refused with a clear 4xx (or, for a feed, have its bad
 * items rejected while the good ones go through), quickly, without harming the service. Shared by
 * the in-process test and the IT against the packaged service.
 */
public final class HostileInputs {

    /**
     * One input. {@code status} is the expected answer: 400, 413, 415, or 202 for a feed that is
     * partly accepted (then {@code detail} is in a rejection reason). {@code detail} is a piece of
     * the message that says what and where.
     */
    public record Case(String name, boolean feed, String contentType, byte[] body, int status, String detail) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileInputs() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** An item that is nothing: no title, no link, no text. */
    static final String BARE_ITEM = "<item><author>nobody@example.org</author></item>";

    static final String GOOD_ITEM = "<item><title>Good</title><link>https://ok.example/1</link>"
            + "<description>A good item with enough words in it.</description></item>";

    public static List<Case> all() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("empty body", false, "text/plain", new byte[0], 400, "empty"));
        c.add(new Case("whitespace only", false, "text/plain", utf8(" \n\t \n"), 400, "no text"));
        c.add(new Case("truncated JSON", false, "application/json", utf8("{\"title\": \"T\",\n \"text\": \"abc"), 400, "line 2"));
        c.add(new Case("JSON array for an article", false, "application/json", utf8("[1, 2, 3]"), 400, "object"));
        c.add(new Case("JSON text is a number", false, "application/json", utf8("{\"text\": 5}"), 400, "text"));
        c.add(new Case("JSON without text or html", false, "application/json", utf8("{\"title\": \"Only a title\"}"), 400, "text"));
        c.add(new Case("JSON with an unreadable date", false, "application/json",
                utf8("{\"text\": \"Body words here.\", \"publishedAt\": \"yesterday at noon\"}"), 400, "yesterday at noon"));
        c.add(new Case("JSON nested 100000 deep", false, "application/json", utf8("[".repeat(100_000)), 400, "line 1"));
        // one "word" of 3 MB as a text page: every line test of the cleaner over it once at most (it took 1.2 s of CPU)
        c.add(new Case("text/plain of one 3 MB word", false, "text/plain", utf8("x".repeat(3_000_000)), 400, "no text"));
        c.add(new Case("JSON with invalid UTF-8", false, "application/json",
                new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, 400, "not valid UTF-8 text at byte 9"));
        c.add(new Case("JSON with a javascript: URL", false, "application/json",
                utf8("{\"url\": \"javascript:alert(1)\", \"text\": \"Body words here.\"}"), 400, "url"));
        c.add(new Case("JSON with punctuation only", false, "application/json", utf8("{\"text\": \"!!! ... ???\"}"), 400, "no text"));
        c.add(new Case("an image as an article", false, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 415, "image/png"));
        c.add(new Case("binary bytes as text/plain", false, "text/plain",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0}, 400,
                "not valid UTF-8 text at byte 0"));
        c.add(new Case("NUL bytes in valid UTF-8", false, "text/plain", utf8("Title\nBody\u0000\u0000\u0000 of a page"), 400,
                "binary"));
        c.add(new Case("unknown charset", false, "text/plain; charset=klingon-8", utf8("Title\nBody"), 400, "klingon-8"));
        c.add(new Case("text page that is only chrome", false, "text/plain",
                utf8("Please Wait...\nShare this article\nComments"), 400, "no text"));
        c.add(new Case("HTML with only navigation and scripts", false, "text/html",
                utf8("<html><body><nav><a href=/>Home</a></nav><script>alert(1)</script></body></html>"), 400, "no text"));
        c.add(new Case("a feed posted as an article", false, "application/rss+xml", utf8("<rss/>"), 415, "POST /articles"));
        c.add(new Case("an article posted as a feed", true, "text/plain", utf8("Title\nBody"), 415, "POST /feeds"));
        c.add(new Case("XXE external entity", true, "application/rss+xml",
                utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<rss version=\"2.0\"><channel>" + GOOD_ITEM + "<item><title>&xxe;</title><description>&xxe;</description>"
                        + "</item>" + BARE_ITEM + "</channel></rss>"),
                202, "no title"));
        c.add(new Case("billion laughs", true, "application/rss+xml",
                utf8(billionLaughs().replace("<channel>", "<channel>" + GOOD_ITEM + BARE_ITEM)), 202, "no title"));
        c.add(new Case("XML not well-formed", true, "application/rss+xml",
                utf8("<rss version=\"2.0\"><channel>\n<item><title>Open</item></channel></rss>"), 400, "line 2"));
        c.add(new Case("XML that is not a feed", true, "application/xml", utf8("<html><body>no feed</body></html>"), 400, "feed"));
        c.add(new Case("RSS with an item without title, link or text", true, "application/rss+xml",
                utf8("<rss version=\"2.0\"><channel>" + GOOD_ITEM + BARE_ITEM + "</channel></rss>"), 202, "no title"));
        c.add(new Case("RSS item with a file: link", true, "application/rss+xml",
                utf8("<rss version=\"2.0\"><channel>" + GOOD_ITEM + "<item><title>T</title><link>file:///etc/passwd</link>"
                        + "<description>Some words of a body.</description></item></channel></rss>"), 202, "url"));
        c.add(new Case("Atom entry without content", true, "application/atom+xml",
                utf8("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title><entry><title>Good</title><id>urn:1</id>"
                        + "<content>Enough words for a good entry.</content></entry><entry><id>urn:2</id></entry></feed>"),
                202, "no title"));
        c.add(new Case("Atom with a DOCTYPE", true, "application/atom+xml",
                utf8("<!DOCTYPE feed SYSTEM \"http://evil.example/x.dtd\"><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                        + "<entry><id>urn:1</id><title>Good</title><content>Enough words for a good entry.</content></entry>"
                        + "<entry><id>urn:2</id></entry></feed>"), 202, "no title"));
        c.add(new Case("JSON Feed of an unknown version", true, "application/feed+json",
                utf8("{\"version\": \"https://example.org/not-json-feed\", \"items\": []}"), 400, "version"));
        c.add(new Case("JSON Feed whose items are not a list", true, "application/feed+json",
                utf8("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": {\"id\": 1}}"), 400, "items"));
        c.add(new Case("NDJSON with a broken line", true, "application/x-ndjson",
                utf8("{\"text\": \"First good line of text.\"}\n{\"text\": \"broken\n{\"text\": \"Third good line.\"}\n"), 202, "line 2"));
        c.add(new Case("NDJSON with every line broken", true, "application/x-ndjson", utf8("{\n[\n"), 400, "line 1"));
        c.add(new Case("NDJSON nested 50000 deep on a line", true, "application/x-ndjson",
                utf8("{\"text\": \"A good first line.\"}\n" + "[".repeat(50_000) + "\n"), 202, "line 2"));
        c.add(new Case("UTF-16 byte order mark and garbage", false, "text/plain",
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0xD8, 0, (byte) 0xD8}, 400, "text"));
        c.add(new Case("over the size limit", false, "text/plain", new byte[5 * 1024 * 1024 + 1], 413, "limit"));
        return c;
    }

    public static String billionLaughs() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        return sb.append("]>\n<rss version=\"2.0\"><channel><item><description>&lol9;</description></item></channel></rss>").toString();
    }
}
