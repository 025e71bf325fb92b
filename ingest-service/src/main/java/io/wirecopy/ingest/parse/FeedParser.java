package io.wirecopy.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Feeds: RSS 0.9x/1.0/2.0 and Atom through ROME (which refuses DOCTYPEs, so no external entities),
 * JSON Feed 1.x and NDJSON with Jackson. A feed that cannot be read at all is an
 * {@link IllegalArgumentException} saying where; an item that cannot be used is a rejected
 * {@link FeedItem} and the others still go through.
 */
public final class FeedParser {

    private FeedParser() {
    }

    public static List<FeedItem> parseXml(byte[] body, String contentType) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body), contentType, true));
        } catch (ParsingFeedException e) {
            throw new IllegalArgumentException("invalid feed XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + rootMessage(e));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a feed ingest can read (RSS or Atom): " + rootMessage(e));
        }
        String source = host(feed.getLink());
        List<FeedItem> items = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            String text = contentText(e);
            if (text.isBlank()) {
                items.add(FeedItem.rejected(i, "item has no content or description"));
                continue;
            }
            // an entry's id is often a URN ("urn:uuid:..."): only an http(s) id stands in for a missing link
            String link = e.getLink() != null ? e.getLink()
                    : e.getUri() != null && e.getUri().matches("(?i)https?://.*") ? e.getUri() : null;
            items.add(FeedItem.ok(i, new ArticleDraft(link, source, blankToNull(plainTitle(e.getTitle())),
                    blankToNull(e.getAuthor()), toTime(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()),
                    blankToNull(feed.getLanguage()), text)));
        }
        return items;
    }

    private static String contentText(SyndEntry e) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            String t = toText(c);
            if (!t.isBlank()) {
                sb.append(sb.isEmpty() ? "" : "\n\n").append(t);
            }
        }
        if (sb.isEmpty() && e.getDescription() != null) {
            sb.append(toText(e.getDescription()));
        }
        return sb.toString();
    }

    private static String toText(SyndContent c) {
        if (c == null || c.getValue() == null) {
            return "";
        }
        String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? HtmlText.tidy(c.getValue()) : HtmlText.htmlToText(c.getValue());
    }

    /** JSON Feed 1.0 and 1.1: {@code items[]} with {@code content_html}, {@code content_text} or {@code summary}. */
    public static List<FeedItem> parseJsonFeed(String json) {
        JsonNode root = JsonArticleParser.readTree(json);
        if (root == null || !root.isObject() || !root.path("version").asText("").contains("jsonfeed.org/version/1")) {
            throw new IllegalArgumentException("not a JSON Feed: the field 'version' must name https://jsonfeed.org/version/1 or 1.1");
        }
        JsonNode list = root.path("items");
        if (!list.isArray()) {
            throw new IllegalArgumentException("JSON Feed has no 'items' array");
        }
        String source = host(root.path("home_page_url").asText(null));
        String language = root.path("language").asText(null);
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            try {
                String html = item.path("content_html").asText(null);
                String text = item.path("content_text").asText(null);
                String summary = item.path("summary").asText(null);
                String body = html != null ? HtmlText.htmlToText(html) : text != null ? HtmlText.tidy(text)
                        : summary != null ? HtmlText.tidy(summary) : "";
                if (body.isBlank()) {
                    items.add(FeedItem.rejected(i, "item has no content_html, content_text or summary"));
                    continue;
                }
                JsonNode author = item.path("authors").path(0).isMissingNode() ? item.path("author") : item.path("authors").path(0);
                items.add(FeedItem.ok(i, new ArticleDraft(item.path("url").asText(null), source,
                        item.path("title").asText(null), author.path("name").asText(null),
                        Dates.parse(item.path("date_published").asText(null)), language, body)));
            } catch (IllegalArgumentException e) {
                items.add(FeedItem.rejected(i, e.getMessage()));
            }
        }
        return items;
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
        return title == null || title.indexOf('<') < 0 ? title : org.jsoup.Jsoup.parseBodyFragment(title).text();
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
