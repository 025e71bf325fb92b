package io.wirecopy.ingest.parse;

import io.wirecopy.ingest.text.Dates;
import io.wirecopy.ingest.extract.HtmlText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.wirecopy.shared.event.EventJson;

/**
 * A JSON article: {@code {"url"?, "source"?, "title"?, "byline"?, "publishedAt"?, "language"?, "text" | "html"}}.
 * Errors name the field, or the line and column where the JSON breaks.
 */
public final class JsonArticleParser {

    private JsonArticleParser() {
    }

    public static ArticleDraft parse(String json) {
        return fromNode(readTree(json));
    }

    /** Parses JSON; a syntax error is an IllegalArgumentException that gives its line and column. */
    static JsonNode readTree(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            // a processing limit (nesting depth, number length) may come without a location
            var at = e.getLocation();
            throw new IllegalArgumentException("invalid JSON at line " + (at == null ? 1 : at.getLineNr()) + ", column "
                    + (at == null ? 1 : at.getColumnNr()) + ": " + e.getOriginalMessage());
        }
    }

    static ArticleDraft fromNode(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a JSON article must be an object");
        }
        String text = string(node, "text");
        String html = string(node, "html");
        String body = text != null ? HtmlText.tidy(text) : html != null ? HtmlText.htmlToText(html) : null;
        OffsetDateTimeField published = new OffsetDateTimeField("publishedAt", string(node, "publishedAt"));
        String modified = string(node, "dateModified") != null ? "dateModified" : "modifiedAt";
        OffsetDateTimeField modifiedAt = new OffsetDateTimeField(modified, string(node, modified));
        return new ArticleDraft(string(node, "url"), string(node, "source"), string(node, "title"),
                string(node, "byline"), published.value(), string(node, "language"), body, modifiedAt.value());
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' must be a string, got " + value.getNodeType());
        }
        return value.asText();
    }

    private record OffsetDateTimeField(String name, String raw) {
        java.time.OffsetDateTime value() {
            try {
                return Dates.parse(raw);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("field '" + name + "': " + e.getMessage());
            }
        }
    }
}
