package io.wirecopy.ingest.parse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page: metadata from its head (title, canonical URL, author, publication time, language) and
 * the article text from its main content ({@code article}, {@code main}, else the densest column of
 * paragraphs), without navigation, headers, footers, sidebars, forms, scripts, comments, related-links
 * blocks and link lists; the page's charset is honoured ({@link Texts#decodeHtml}).
 */
public final class HtmlPageParser {

    static final String CHROME = "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, "
            + "button, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[aria-hidden=true], .comments, #comments, .related, .share, .social, .newsletter, .advert, .ad";

    private HtmlPageParser() {
    }

    public static ArticleDraft parse(String html, String baseUrl) {
        Document doc = Texts.parseHtml(html, baseUrl);
        Element h1 = doc.selectFirst("h1");
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), h1 == null ? null : h1.text(), doc.title());
        Element canonical = doc.selectFirst("link[rel=canonical]");
        String url = firstNonBlank(canonical == null ? null : canonical.absUrl("href"), meta(doc, "meta[property=og:url]"));
        String byline = firstNonBlank(meta(doc, "meta[name=author]"), meta(doc, "meta[property=article:author]"));
        String published = firstNonBlank(meta(doc, "meta[property=article:published_time]"),
                attr(doc, "time[datetime]", "datetime"));
        String language = attr(doc, "html[lang]", "lang");
        String source = meta(doc, "meta[property=og:site_name]");

        doc.select(CHROME).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = Texts.densest(doc.body());
        }
        String text = Texts.blocksToText(root);
        if (title != null && text.startsWith(title + "\n\n")) {
            text = text.substring(title.length() + 2);
        }
        java.time.OffsetDateTime publishedAt;
        try {
            publishedAt = Dates.parse(published);
        } catch (IllegalArgumentException e) {
            publishedAt = null; // a page's own date markup is a hint, not the caller's statement
        }
        return new ArticleDraft(url, source, title, byline, publishedAt, firstNonBlank(language), text);
    }

    private static String meta(Document doc, String selector) {
        return attr(doc, selector, "content");
    }

    /** The attribute of the first element the selector finds, or null. */
    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr(attribute);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
