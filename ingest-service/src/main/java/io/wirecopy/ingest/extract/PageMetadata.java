package io.wirecopy.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirecopy.shared.event.EventJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article: from Open Graph and {@code article:} meta tags, the usual
 * {@code <meta name>}s, schema.org JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting}
 * and their kin, also inside {@code @graph}) and microdata, then the document itself ({@code <h1>},
 * {@code <title>}, {@code <time>}, {@code <html lang>}). A URL is kept only when it is absolute
 * http(s), or relative and resolvable against the page's address.
 */
public record PageMetadata(String url, String source, String title, String byline, String published, String modified,
        String language, String description, String articleBody) {

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "techarticle",
            "scholarlyarticle", "socialmediaposting", "liveblogposting", "report", "webpage", "posting");
    /** A JSON-LD script larger than this is not read (its article body would be over the event's limit anyway). */
    private static final int MAX_JSON_LD_CHARS = 2_000_000;

    /** Reads the metadata of {@code doc}, which is not changed. */
    public static PageMetadata of(Document doc) {
        JsonNode ld = jsonLdArticle(doc);
        Element h1 = doc.selectFirst("h1");
        String title = first(meta(doc, "meta[property=og:title]"), text(ld, "headline"), h1 == null ? null : h1.text(),
                meta(doc, "meta[name=twitter:title]"), doc.title());
        Element canonical = doc.selectFirst("link[rel=canonical]");
        String url = first(absolute(canonical, "href"), absolute(doc.selectFirst("meta[property=og:url]"), "content"),
                httpUrl(text(ld, "url")));
        String byline = first(meta(doc, "meta[name=author]"), author(ld), meta(doc, "meta[property=article:author]"),
                meta(doc, "meta[name=byl]"), meta(doc, "meta[name=dc.creator]"), itemprop(doc, "author"));
        String published = first(meta(doc, "meta[property=article:published_time]"), text(ld, "datePublished"),
                meta(doc, "meta[itemprop=datePublished]"), meta(doc, "meta[name=date]"),
                meta(doc, "meta[name=dc.date]"), meta(doc, "meta[name=pubdate]"), attr(doc, "time[datetime]", "datetime"));
        String language = first(attr(doc, "html[lang]", "lang"), meta(doc, "meta[http-equiv=content-language]"),
                text(ld, "inLanguage"));
        String source = first(meta(doc, "meta[property=og:site_name]"), ld == null ? null : text(ld.path("publisher"), "name"));
        String description = first(meta(doc, "meta[property=og:description]"), meta(doc, "meta[name=description]"),
                text(ld, "description"));
        String body = ld == null ? null : text(ld, "articleBody");
        String modified = first(meta(doc, "meta[property=article:modified_time]"), text(ld, "dateModified"),
                meta(doc, "meta[itemprop=dateModified]"), meta(doc, "meta[property=og:updated_time]"));
        return new PageMetadata(url, source, title, byline, published, modified, language, description,
                body == null ? null : body.indexOf('<') >= 0 ? HtmlText.htmlToText(body) : HtmlText.tidy(body));
    }

    /** The first JSON-LD object of an article type, or null. */
    static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data();
            if (data.length() > MAX_JSON_LD_CHARS) {
                continue;
            }
            try {
                JsonNode found = findArticle(EventJson.mapper().readTree(data.strip()), 0);
                if (found != null) {
                    return found;
                }
            } catch (java.io.IOException | RuntimeException e) {
                // a page's broken JSON-LD is no reason to refuse the page
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        for (String type : types(node.path("@type"))) {
            if (ARTICLE_TYPES.contains(type.toLowerCase(Locale.ROOT)) && (!type.equalsIgnoreCase("webpage")
                    || node.has("articleBody") || node.has("headline"))) {
                return node;
            }
        }
        JsonNode found = findArticle(node.path("@graph"), depth + 1);
        return found != null ? found : findArticle(node.path("mainEntity"), depth + 1);
    }

    private static List<String> types(JsonNode type) {
        List<String> types = new ArrayList<>();
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    private static String author(JsonNode ld) {
        if (ld == null) {
            return null;
        }
        JsonNode author = ld.path("author");
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isTextual() ? a.asText() : text(a, "name");
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.path(field);
        if (v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        return v.isTextual() || v.isNumber() ? v.asText() : null;
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) {
            return null;
        }
        Element name = e.selectFirst("[itemprop=name]");
        String value = name != null ? name.text() : e.hasAttr("content") ? e.attr("content") : e.text();
        return value.length() > 200 ? null : value;
    }

    private static String absolute(Element e, String attribute) {
        if (e == null) {
            return null;
        }
        String abs = e.absUrl(attribute);
        return httpUrl(abs.isEmpty() ? e.attr(attribute) : abs);
    }

    private static String httpUrl(String url) {
        return url != null && url.strip().matches("(?i)https?://[^\\s/]+.*") ? url.strip() : null;
    }

    private static String meta(Document doc, String selector) {
        return attr(doc, selector, "content");
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr(attribute);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
