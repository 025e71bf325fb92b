package io.wirecopy.ingest.parse;

import io.wirecopy.ingest.text.Dates;
import io.wirecopy.ingest.extract.ArticleExtractor;
import io.wirecopy.ingest.extract.PageMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A web page: its metadata ({@link PageMetadata}) and its article text ({@link ArticleExtractor}),
 * with the headline taken off the start of the text when the page repeats it there. Decode the bytes
 * with {@link Charsets#decodeHtml} first.
 */
public final class HtmlPageParser {

    private HtmlPageParser() {
    }

    /** @param baseUrl the page's address if known (relative links in it resolve against it), else null */
    public static ArticleDraft parse(String html, String baseUrl) {
        return parseWithMethod(html, baseUrl).draft();
    }

    /**
     * A page's draft, how its text was found ({@link ArticleExtractor.Method}), and the site its markup
     * reveals ({@link SiteMarkup}; null when it reveals none), for a page that states no source.
     */
    public record Parsed(ArticleDraft draft, ArticleExtractor.Method method, String site) {
    }

    /** As {@link #parse}, saying how the text was found. */
    public static Parsed parseWithMethod(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        PageMetadata meta = PageMetadata.of(doc);
        ArticleExtractor.Extracted extracted = ArticleExtractor.extract(doc, meta.articleBody(), meta.description());
        String text = extracted.text();
        String title = meta.title();
        if (title != null && text.startsWith(title + "\n\n")) {
            text = text.substring(title.length() + 2);
        }
        java.time.OffsetDateTime publishedAt;
        try {
            publishedAt = Dates.parse(meta.published());
        } catch (IllegalArgumentException e) {
            publishedAt = null; // a page's own date markup is a hint, not the caller's statement
        }
        // the page's own site name ("Reuters") names the source only when nothing else can: with an address, the source
        // is its registrable domain, as for the same site's feed items, so one outlet is one source whatever the door
        boolean addressed = meta.url() != null || baseUrl != null && !baseUrl.isBlank();
        java.time.OffsetDateTime modifiedAt;
        try {
            modifiedAt = Dates.parse(meta.modified());
        } catch (IllegalArgumentException e) {
            modifiedAt = null;
        }
        return new Parsed(new ArticleDraft(meta.url(), addressed ? null : meta.source(), title, meta.byline(), publishedAt,
                meta.language(), text, modifiedAt), extracted.method(), SiteMarkup.of(doc));
    }
}
