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
 * Completes a feed item whose text is short (a summary, a headline) from the page it links to, as
 * Miniflux's "fetch original content" does: the page is fetched ({@link PageFetcher}: polite and
 * safe), its article extracted ({@link HtmlPageParser}), and its text taken when it has more words than
 * the item's; the item's own title, byline, time and language stay, the page fills in what the item
 * lacks. Anything that goes wrong leaves the item as it came, counted in
 * {@code wirecopy.ingest.full_text{outcome}}.
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
     * A completer for one poll: each item with a link and fewer than {@code min-words} words is completed
     * from its page, the first {@code max-per-poll} of them; the others go as they came (counted as
     * {@code over_budget}).
     */
    public java.util.function.UnaryOperator<ArticleDraft> forOnePoll() {
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(config.maxPerPoll());
        return item -> {
            int words = words(item);
            if (!needsPage(item, words)) {
                return item;
            }
            if (left.getAndDecrement() <= 0) {
                count("over_budget");
                return item;
            }
            return fromPage(item, words);
        };
    }

    private static int words(ArticleDraft item) {
        return item.text() == null ? 0 : TextNormalizer.tokens(item.text()).size();
    }

    private boolean needsPage(ArticleDraft item, int words) {
        return item.url() != null && words < config.minWords();
    }

    /** The item with its page's article text, or the item itself when the page fails or has no more words. */
    private ArticleDraft fromPage(ArticleDraft item, int words) {
        String outcome;
        try {
            PageFetcher.Page page = fetcher.fetch(item.url());
            String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
            if (page.status() != 200) {
                outcome = "http_" + page.status();
            } else if (!type.isEmpty() && !type.startsWith("text/html") && !type.startsWith("application/xhtml")) {
                outcome = "not_html";
            } else {
                ArticleDraft found = HtmlPageParser.parse(Charsets.decodeHtml(page.body(), page.contentType()), page.url());
                if (found.text() != null && TextNormalizer.tokens(found.text()).size() > words) {
                    count("completed");
                    return new ArticleDraft(item.url(), item.source(), first(item.title(), found.title()),
                            first(item.byline(), found.byline()),
                            item.publishedAt() != null ? item.publishedAt() : found.publishedAt(),
                            first(item.language(), found.language()), found.text(),
                            item.modifiedAt() != null ? item.modifiedAt() : found.modifiedAt());
                }
                outcome = "no_longer_text";
            }
        } catch (WebFetcher.Refused e) {
            outcome = "refused_" + e.reason();
            LOG.debugf("full text of %s not fetched: %s", item.url(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            outcome = "failed";
            LOG.debugf("full text of %s failed: %s", item.url(), e.toString());
        }
        count(outcome);
        return item;
    }

    private void count(String outcome) {
        metrics.counter("wirecopy.ingest.full_text", "outcome", outcome).increment();
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
