package io.wirecopy.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The payload formats ingest reads, from a content type or, without one, sniffed from the bytes. */
public enum InputFormat {
    ARTICLE_JSON(false),
    ARTICLE_TEXT(false),
    ARTICLE_HTML(false),
    FEED_XML(true),
    JSON_FEED(true),
    NDJSON(true);

    /** Whether the payload holds many articles (a feed) rather than one. */
    public final boolean feed;

    InputFormat(boolean feed) {
        this.feed = feed;
    }

    /**
     * The format a content type names, or null if ingest does not take it. {@code application/json}
     * is a JSON article, unless {@code feedContext} (a feed endpoint), where it is a JSON Feed.
     */
    public static InputFormat fromContentType(String contentType, boolean feedContext) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/json" -> feedContext ? JSON_FEED : ARTICLE_JSON;
            case "text/plain" -> ARTICLE_TEXT;
            case "text/html", "application/xhtml+xml" -> ARTICLE_HTML;
            case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
                    "text/xml" -> FEED_XML;
            case "application/feed+json" -> JSON_FEED;
            case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines" -> NDJSON;
            // every other XML type feeds are served as: text/rss+xml, application/xml-dtd, text/xml-external-parsed-entity...
            default -> type.endsWith("+xml") || type.matches("(application|text)/xml(-[a-z-]+)?") ? FEED_XML : null;
        };
    }

    /** Guesses the format of a payload without a content type, from its first characters. */
    public static InputFormat sniff(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<")) {
            if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")
                    || lower.contains("<head")) {
                return ARTICLE_HTML;
            }
            return FEED_XML;
        }
        if (lower.startsWith("{")) {
            if (lower.contains("jsonfeed.org/version")) {
                return JSON_FEED;
            }
            String[] lines = head.strip().split("\\R");
            boolean manyObjects = lines.length > 1 && lines[1].stripLeading().startsWith("{")
                    && lines[0].stripTrailing().endsWith("}");
            return manyObjects ? NDJSON : ARTICLE_JSON;
        }
        return ARTICLE_TEXT;
    }
}
