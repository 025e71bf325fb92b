package io.wirecopy.ingest.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirecopy.ingest.config.FullTextConfig;
import io.wirecopy.ingest.fetch.PageFetcher;
import io.wirecopy.ingest.fetch.WebFetcher;
import io.wirecopy.ingest.parse.ArticleDraft;
import io.wirecopy.ingest.parse.Charsets;
import io.wirecopy.ingest.parse.HtmlPageParser;
import io.wirecopy.shared.text.TextNormalizer;
import java.io.IOException;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Reads a polled feed's items from the pages they link to: an item of another site than the feed's always (a
 * feed's words are never published under another site's address), and, with full text on, an item whose text is
 * short (a summary, a headline), as Miniflux's "fetch original content" does: the page is fetched ({@link PageFetcher}: polite and
 * safe), its article extracted ({@link HtmlPageParser}), and its text taken when it has more words than
 * the item's; the item's own title, byline, time and language stay, the page fills in what the item
 * lacks. Anything that goes wrong leaves a short item as it came and another site's item out (see {@link #forOnePoll}),
 * counted in {@code wirecopy.ingest.full_text{outcome}}.
 */
public class FullTextCompleter {

    private static final Logger LOG = Logger.getLogger(FullTextCompleter.class);

    private final PageFetcher fetcher;
    private final FullTextConfig config;
    private final MeterRegistry metrics;

    public FullTextCompleter(PageFetcher fetcher, FullTextConfig config, MeterRegistry metrics) {
        this.fetcher = fetcher;
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * What one poll of the feed at {@code feedUrl} reads from pages. An item that links to another site than the
     * feed's (another registrable domain: {@code feeds.bbci.co.uk} → {@code bbc.co.uk} is another) is read from its
     * page, never from the feed, title and text alike: a feed may not put its words under another site's address. Such
     * an item is left out, with its reason, when its page cannot be read, leads to yet another site or holds no
     * article; it is tried again at the next poll. With {@code fullText}, an item of the feed's own site with a link
     * and fewer than {@code min-words} words is completed from its page. Both take from the poll's budget of
     * {@code max-per-poll} pages; past it a short item goes as it came and another site's waits for the next poll
     * (counted as {@code over_budget}).
     */
    public Poll forOnePoll(String feedUrl, boolean fullText) {
        return new Poll(siteOf(feedUrl), fullText);
    }

    /** One poll's reading of pages, and how many items it left for a later poll. */
    public final class Poll implements java.util.function.UnaryOperator<ArticleDraft> {
        private final String site;
        private final boolean fullText;
        private final java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(config.maxPerPoll());
        private final java.util.concurrent.atomic.AtomicInteger deferred = new java.util.concurrent.atomic.AtomicInteger();

        private Poll(String site, boolean fullText) {
            this.site = site;
            this.fullText = fullText;
        }

        /** Items of another site this poll left out, to be tried again. */
        public int deferred() {
            return deferred.get();
        }

        @Override
        public ArticleDraft apply(ArticleDraft item) {
            String itemSite = otherSite(site, item);
            if (itemSite != null) {
                try {
                    return fromOtherSite(item, itemSite);
                } catch (IllegalArgumentException e) {
                    deferred.incrementAndGet();
                    throw e;
                }
            }
            int words = words(item);
            if (!fullText || !needsPage(item, words)) {
                return item;
            }
            if (left.getAndDecrement() <= 0) {
                count("over_budget");
                return item;
            }
            return fromPage(item, words);
        }

        /** The item as its page, on {@code itemSite}, has it; an IllegalArgumentException saying why when it cannot be read. */
        private ArticleDraft fromOtherSite(ArticleDraft item, String itemSite) {
            String why = "the item links to " + itemSite + ", another site than its feed's, so it is read from its page, ";
            if (left.getAndDecrement() <= 0) {
                count("over_budget");
                throw new IllegalArgumentException(why + "and this poll read all the pages it may: it waits for the next");
            }
            PageArticle page = read(item.url());
            String outcome = page.outcome();
            if (page.found() != null && !itemSite.equals(siteOf(page.url()))) {
                outcome = "moved_off_site";
            } else if (page.found() != null) {
                ArticleDraft found = page.found();
                ArticleDraft asPage = new ArticleDraft(item.url(), item.source(), first(found.title(), item.title()),
                        first(found.byline(), item.byline()),
                        found.publishedAt() != null ? found.publishedAt() : item.publishedAt(),
                        first(found.language(), item.language()), found.text(), found.modifiedAt());
                try {
                    ArticleFactory.create(asPage); // what could not make an article is refused here, never replaced by the feed's words
                    count("read_off_site");
                    return asPage;
                } catch (IllegalArgumentException e) {
                    outcome = "no_article";
                }
            }
            count(outcome);
            throw new IllegalArgumentException(why + "and its page could not be read (" + outcome + ")");
        }
    }

    /** Without pages to read: the item when it is of the feed's own site, else an IllegalArgumentException. */
    static ArticleDraft ownSiteOnly(String feedUrl, ArticleDraft item) {
        String itemSite = otherSite(siteOf(feedUrl), item);
        if (itemSite != null) {
            throw new IllegalArgumentException("the item links to " + itemSite + ", another site than its feed's, and no page is read here");
        }
        return item;
    }

    /** The site the item links to when it is another than {@code feedSite}; null when it is the same, or no link. */
    private static String otherSite(String feedSite, ArticleDraft item) {
        String itemSite = item.url() == null ? null : siteOf(item.url());
        return itemSite != null && !itemSite.equals(feedSite) ? itemSite : null;
    }

    /** A page's article and where it was read (after redirects), or, when there is none, why (the outcome counted). */
    private record PageArticle(ArticleDraft found, String url, String outcome) {
    }

    /** The article of the page at {@code url}: fetched (politely, safely), a 200, HTML, extracted. */
    private PageArticle read(String url) {
        try {
            PageFetcher.Page page = fetcher.fetch(url);
            if (page.status() != 200) {
                return new PageArticle(null, null, "http_" + page.status());
            }
            if (!html(page)) {
                return new PageArticle(null, null, "not_html");
            }
            return new PageArticle(HtmlPageParser.parse(Charsets.decodeHtml(page.body(), page.contentType()), page.url()),
                    page.url(), null);
        } catch (WebFetcher.Refused e) {
            LOG.debugf("page %s not fetched: %s", url, e.getMessage());
            return new PageArticle(null, null, "refused_" + e.reason());
        } catch (IOException | RuntimeException e) {
            LOG.debugf("page %s failed: %s", url, e.toString());
            return new PageArticle(null, null, "failed");
        }
    }

    private static boolean html(PageFetcher.Page page) {
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.startsWith("text/html") || type.startsWith("application/xhtml");
    }

    /** The registrable domain a URL is on, null when it is no http(s) URL. */
    private static String siteOf(String url) {
        try {
            String canonical = UrlCanonicalizer.canonicalize(url);
            return canonical == null ? null : UrlCanonicalizer.sourceOf(canonical);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int words(ArticleDraft item) {
        return item.text() == null ? 0 : TextNormalizer.tokens(item.text()).size();
    }

    private boolean needsPage(ArticleDraft item, int words) {
        return item.url() != null && words < config.minWords();
    }

    /** The item with its page's article text, or the item itself when the page fails or has no more words. */
    private ArticleDraft fromPage(ArticleDraft item, int words) {
        PageArticle page = read(item.url());
        ArticleDraft found = page.found();
        if (found != null && found.text() != null && TextNormalizer.tokens(found.text()).size() > words) {
            count("completed");
            return new ArticleDraft(item.url(), item.source(), first(item.title(), found.title()),
                    first(item.byline(), found.byline()),
                    item.publishedAt() != null ? item.publishedAt() : found.publishedAt(),
                    first(item.language(), found.language()), found.text(),
                    item.modifiedAt() != null ? item.modifiedAt() : found.modifiedAt());
        }
        count(found == null ? page.outcome() : "no_longer_text");
        return item;
    }

    private void count(String outcome) {
        metrics.counter("wirecopy.ingest.full_text", "outcome", outcome).increment();
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
