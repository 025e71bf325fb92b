package io.wirecopy.ingest.parse;

import io.wirecopy.ingest.text.Dates;
import io.wirecopy.ingest.extract.HtmlText;
import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.feed.module.DCModule;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Feeds: RSS 0.9x/1.0/2.0 and Atom through ROME, given text that {@link FeedXml} has decoded and freed
 * of DOCTYPEs (so no external entity, no entity expansion),
 * JSON Feed 1.x and NDJSON with Jackson. A feed that cannot be read at all is an
 * {@link IllegalArgumentException} saying where; an item that cannot be used is a rejected
 * {@link FeedItem} and the others still go through.
 */
public final class FeedParser {

    private FeedParser() {
    }

    public static List<FeedItem> parseXml(byte[] body, String contentType) {
        SyndFeed feed;
        // the XML is read (and where it breaks said) by FeedDocuments; ROME is given the tree
        org.jdom2.Document document = FeedDocuments.read(FeedXml.prepare(body, contentType));
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setPreserveWireFeed(true); // for an RSS guid's isPermaLink
            feed = input.build(document);
        } catch (FeedException | RuntimeException e) {
            throw new IllegalArgumentException("not a feed ingest can read (RSS or Atom): " + rootMessage(e));
        }
        String source = host(feed.getLink());
        // relative links resolve against xml:base (the entry's, on the feed's) and then the feed's own link
        String feedXmlBase = feed.originalWireFeed() instanceof com.rometools.rome.feed.atom.Feed atom ? atom.getXmlBase() : null;
        String feedBase = feedXmlBase != null ? resolve(feed.getLink(), feedXmlBase) : feed.getLink();
        List<FeedItem> items = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            try {
                items.add(item(i, entries.get(i), source, feed, feedBase));
            } catch (RuntimeException ex) {
                items.add(FeedItem.rejected(i, "item cannot be read: " + rootMessage(ex)));
            }
        }
        return items;
    }

    /**
     * One entry as a draft. Its text is its content (RSS {@code content:encoded}, Atom {@code content}),
     * else its description or summary, else Dublin Core's; an entry with no text but a title or a link is news too (a
     * headline item), and its title stands as its text.
     */
    private static FeedItem item(int index, SyndEntry e, String source, SyndFeed feed, String feedBase) {
        DCModule dc = (DCModule) e.getModule(DCModule.URI);
        String title = blankToNull(title(e, dc));
        String entryXmlBase = e.getWireEntry() instanceof com.rometools.rome.feed.atom.Entry entry ? entry.getXmlBase() : null;
        String base = entryXmlBase != null ? resolve(feedBase, entryXmlBase) : feedBase;
        String link = resolve(base, link(e));
        String text = contentText(e);
        if (text.isBlank() && dc != null && dc.getDescription() != null) {
            text = HtmlText.htmlToText(dc.getDescription());
        }
        if (text.isBlank()) {
            text = foreignText(e);
        }
        if (text.isBlank()) {
            if (title == null) {
                return FeedItem.rejected(index, link == null ? "item has no title, link, content or description"
                        : "item has a link but no title, content or description");
            }
            text = title;
        }
        return FeedItem.ok(index, new ArticleDraft(link, source, title, byline(e, dc), published(e, dc),
                blankToNull(feed.getLanguage()), text, modified(e)));
    }

    /**
     * The entry's link: its alternate link with an address (Atom {@code link} without {@code rel} is
     * alternate), else an RSS guid that is a permalink, else an Atom id that is an http(s) URL.
     */
    private static String link(SyndEntry e) {
        for (com.rometools.rome.feed.synd.SyndLink l : e.getLinks()) {
            String rel = l.getRel();
            if ((rel == null || rel.isBlank() || rel.equals("alternate")) && l.getHref() != null && !l.getHref().isBlank()) {
                return l.getHref().strip();
            }
        }
        boolean permalink = !(e.getWireEntry() instanceof com.rometools.rome.feed.rss.Item item)
                || item.getGuid() == null || item.getGuid().isPermaLink();
        if (e.getLink() != null && !e.getLink().isBlank() && (permalink || !e.getLink().equals(e.getUri()))) {
            return e.getLink().strip();
        }
        String uri = e.getUri();
        return permalink && uri != null && uri.strip().matches("(?i)https?://\\S+") ? uri.strip() : null;
    }

    /** {@code ref} resolved against {@code base} when it is relative and the base absolute; else {@code ref} as it is. */
    static String resolve(String base, String ref) {
        if (ref == null || base == null || ref.strip().matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            return ref;
        }
        try {
            java.net.URI b = java.net.URI.create(base.strip());
            return b.isAbsolute() ? b.resolve(ref.strip()).toString() : ref;
        } catch (IllegalArgumentException e) {
            return ref; // a base or link that is not a URI: the link as the feed gave it, for the article to judge
        }
    }

    /** Every author named, in order, once: Atom authors, RSS author, Dublin Core creators, iTunes author. */
    private static String byline(SyndEntry e, DCModule dc) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (com.rometools.rome.feed.synd.SyndPerson p : e.getAuthors()) {
            add(names, p.getName());
        }
        add(names, e.getAuthor());
        if (dc != null) {
            dc.getCreators().forEach(c -> add(names, c));
        }
        for (org.jdom2.Element foreign : e.getForeignMarkup()) {
            String name = foreign.getName();
            if (name.equals("author") || name.equals("creator")) {
                add(names, foreign.getTextNormalize());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void add(java.util.Set<String> names, String name) {
        String n = blankToNull(name);
        if (n != null && names.stream().noneMatch(x -> x.equalsIgnoreCase(n))) {
            names.add(n);
        }
    }

    /**
     * When the entry says it was last changed: Atom's {@code updated}, else an RSS item's {@code atom:updated} or
     * {@code dcterms:modified}; null when it does not say (or says it wrongly).
     */
    private static OffsetDateTime modified(SyndEntry e) {
        if (e.getUpdatedDate() != null) {
            return toTime(e.getUpdatedDate());
        }
        for (org.jdom2.Element foreign : e.getForeignMarkup()) {
            if (foreign.getName().equals("updated") || foreign.getName().equals("modified")) {
                try {
                    return Dates.parse(foreign.getTextNormalize());
                } catch (IllegalArgumentException ignored) {
                    return null; // a date a feed writes wrongly is no date, not a refused item
                }
            }
        }
        return null;
    }

    /**
     * When the entry was published: its published date, else its updated date, else Dublin Core's
     * date, else {@code dcterms:issued}, {@code created} or {@code modified}.
     */
    private static OffsetDateTime published(SyndEntry e, DCModule dc) {
        Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        if (date == null && dc != null) {
            date = dc.getDate();
        }
        if (date != null) {
            return toTime(date);
        }
        for (String wanted : List.of("issued", "created", "modified", "date")) {
            for (org.jdom2.Element foreign : e.getForeignMarkup()) {
                if (foreign.getName().equals(wanted)) {
                    try {
                        OffsetDateTime t = Dates.parse(foreign.getTextNormalize());
                        if (t != null) {
                            return t;
                        }
                    } catch (IllegalArgumentException ignored) {
                        // a date a feed writes wrongly is no date, not a refused item
                    }
                }
            }
        }
        return null;
    }

    /** The entry's contents, else an RSS item's non-standard {@code summary}, else its description or summary. */
    private static String contentText(SyndEntry e) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            String t = toText(c);
            if (!t.isBlank()) {
                sb.append(sb.isEmpty() ? "" : "\n\n").append(t);
            }
        }
        if (!sb.isEmpty()) {
            return sb.toString(); // the full content over a description, which is mostly a teaser of it
        }
        for (org.jdom2.Element foreign : e.getForeignMarkup()) {
            String summary = foreign.getName().equals("summary") ? HtmlText.htmlToText(foreign.getText()) : "";
            if (!summary.isBlank()) {
                return summary;
            }
        }
        return e.getDescription() == null ? "" : toText(e.getDescription());
    }

    /** The title as text: literal when the feed says it is text, else HTML made text (RSS titles are often escaped HTML). */
    private static String title(SyndEntry e, DCModule dc) {
        SyndContent t = e.getTitleEx();
        if (t != null && t.getValue() != null && !t.getValue().isBlank()) {
            String type = t.getType() == null ? "" : t.getType().toLowerCase(Locale.ROOT);
            return type.equals("text") || type.equals("text/plain") ? HtmlText.tidy(t.getValue()).replace("\n\n", " ")
                    : plainTitle(binary(type) ? base64(t.getValue()) : t.getValue());
        }
        return dc == null ? null : plainTitle(dc.getTitle());
    }

    /** Text from elements outside RSS that feeds use for a full item: {@code fullitem} (escaped HTML), XHTML {@code body}. */
    private static String foreignText(SyndEntry e) {
        for (org.jdom2.Element foreign : e.getForeignMarkup()) {
            if (foreign.getName().equals("fullitem")) {
                return HtmlText.htmlToText(foreign.getText());
            }
            if (foreign.getName().equals("body") && foreign.getNamespaceURI().equals("http://www.w3.org/1999/xhtml")) {
                return HtmlText.tidy(foreign.getValue());
            }
        }
        return "";
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String toText(SyndContent c) {
        if (c == null || c.getValue() == null) {
            return "";
        }
        String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return HtmlText.tidy(c.getValue());
        }
        return HtmlText.htmlToText(binary(type) ? base64(c.getValue()) : c.getValue());
    }

    /** Atom: a media type that is neither text nor XML means the element holds base64 (RFC 4287, 4.1.3.3). */
    private static boolean binary(String type) {
        return type.contains("/") && !type.startsWith("text/") && !type.endsWith("+xml") && !type.endsWith("/xml")
                && !type.equals("html") && !type.equals("xhtml");
    }

    /** Base64 read as UTF-8 text; the value itself if it is not base64 or not text. */
    private static String base64(String value) {
        try {
            byte[] bytes = java.util.Base64.getMimeDecoder().decode(value.strip());
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            return value;
        }
    }

    /**
     * JSON Feed 1.0 and 1.1: {@code items[]} with {@code content_html}, {@code content_text} or
     * {@code summary}, else a title (a headline item, as in RSS); {@code url}, else {@code external_url},
     * resolved against {@code home_page_url}; every author of {@code authors} (1.1) or {@code author}
     * (1.0); {@code date_published}, else {@code date_modified}; the item's {@code language} over the feed's.
     */
    public static List<FeedItem> parseJsonFeed(String json) {
        JsonNode root = JsonArticleParser.readTree(json);
        if (root == null || !root.isObject() || !root.path("version").asText("").contains("jsonfeed.org/version/1")) {
            throw new IllegalArgumentException("not a JSON Feed: the field 'version' must name https://jsonfeed.org/version/1 or 1.1");
        }
        JsonNode list = root.path("items");
        if (!list.isArray()) {
            throw new IllegalArgumentException("JSON Feed has no 'items' array");
        }
        String home = text(root, "home_page_url");
        String source = host(home);
        String language = text(root, "language");
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            try {
                String html = text(item, "content_html");
                String plain = text(item, "content_text");
                String summary = text(item, "summary");
                String title = blankToNull(plainTitle(text(item, "title")));
                String body = html != null ? HtmlText.htmlToText(html) : plain != null ? HtmlText.tidy(plain)
                        : summary != null ? HtmlText.tidy(summary) : "";
                String link = resolve(home, firstNonBlank(text(item, "url"), text(item, "external_url")));
                if (body.isBlank()) {
                    if (title == null) {
                        items.add(FeedItem.rejected(i, "item has no title, content_html, content_text or summary"));
                        continue;
                    }
                    body = title;
                }
                java.util.LinkedHashSet<String> authors = new java.util.LinkedHashSet<>();
                for (JsonNode a : item.path("authors")) {
                    add(authors, text(a, "name"));
                }
                add(authors, text(item.path("author"), "name"));
                String published = firstNonBlank(text(item, "date_published"), text(item, "date_modified"));
                items.add(FeedItem.ok(i, new ArticleDraft(link, source, title,
                        authors.isEmpty() ? null : String.join(", ", authors), Dates.parse(published),
                        firstNonBlank(text(item, "language"), language), body, Dates.parse(text(item, "date_modified")))));
            } catch (IllegalArgumentException e) {
                items.add(FeedItem.rejected(i, e.getMessage()));
            }
        }
        return items;
    }

    /** A JSON field's string value, or null when it is missing, null or not a string. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    /** One JSON article per line; blank lines are skipped, and {@code index} is the line number from 0. */
    public static List<FeedItem> parseNdjson(String body) {
        List<FeedItem> items = new ArrayList<>();
        String[] lines = body.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                ArticleDraft draft = JsonArticleParser.parse(lines[i]);
                if (draft.text() == null || draft.text().isBlank()) {
                    items.add(FeedItem.rejected(i, "line " + (i + 1) + ": article has no 'text' or 'html'"));
                } else {
                    items.add(FeedItem.ok(i, draft));
                }
            } catch (IllegalArgumentException e) {
                items.add(FeedItem.rejected(i, "line " + (i + 1) + ": " + e.getMessage()));
            }
        }
        return items;
    }

    private static OffsetDateTime toTime(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

    /** A title as text: markup in HTML titles (Atom type="html", many RSS feeds) is dropped. */
    static String plainTitle(String title) {
        return title == null || (title.indexOf('<') < 0 && title.indexOf('&') < 0) ? title
                : org.jsoup.Jsoup.parseBodyFragment(title).text();
    }

    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
