package io.wirecopy.ingest.service;

import io.wirecopy.ingest.config.IngestConfig;
import io.wirecopy.ingest.parse.ArticleDraft;
import io.wirecopy.ingest.parse.FeedItem;
import io.wirecopy.ingest.parse.FeedParser;
import io.wirecopy.ingest.parse.HtmlPageParser;
import io.wirecopy.ingest.text.PageBoilerplate;
import io.wirecopy.ingest.parse.InputFormat;
import io.wirecopy.ingest.parse.JsonArticleParser;
import io.wirecopy.ingest.text.SourceBoilerplate;
import io.wirecopy.ingest.parse.TextPageParser;
import io.wirecopy.ingest.parse.Charsets;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleIngested;
import jakarta.enterprise.context.ApplicationScoped;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Reads a payload (one article or a feed), cleans each article, and publishes the good ones. The
 * HTTP resources and the {@code news.ingest} consumer both delegate here.
 */
@ApplicationScoped
public class IngestService {

    /** Which door a payload came through: it decides which formats are accepted. */
    public enum Entry {
        /** {@code POST /articles}: one article. */
        ARTICLE,
        /** {@code POST /feeds}: a feed document. */
        FEED,
        /** {@code news.ingest}: either. */
        TOPIC
    }

    private final ArticlePublisher publisher;
    private final IngestConfig config;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final SourceBoilerplate boilerplate;

    public IngestService(ArticlePublisher publisher, IngestConfig config, Clock clock, MeterRegistry metrics,
            SourceBoilerplate boilerplate) {
        this.publisher = publisher;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
        this.boilerplate = boilerplate;
    }

    /**
     * @param contentType the payload's content type, or null to sniff it (topic only)
     * @param given       metadata stated by the caller (query parameters); wins over what is found in the page
     * @throws IngestException for input refused as a whole (400, 413, 415)
     */
    public IngestResult ingest(byte[] body, String contentType, Entry entry, ArticleDraft given) {
        return ingest(body, contentType, entry, given, article -> true);
    }

    /**
     * As {@link #ingest(byte[], String, Entry, ArticleDraft)}, publishing only the articles {@code isNew} accepts,
     * asked once per item of the article its feed item makes (before any full text is fetched: a polled feed's
     * items seen before, unchanged, are not published again, nor fetched); the result lists the published ones.
     */
    public IngestResult ingest(byte[] body, String contentType, Entry entry, ArticleDraft given,
            Predicate<Article> isNew) {
        return ingest(body, contentType, entry, given, isNew, UnaryOperator.identity());
    }

    /**
     * As {@link #ingest(byte[], String, Entry, ArticleDraft, Predicate)}, each new feed item passed through
     * {@code complete} first (a subscription with full text on fetches the page of an item whose text is short).
     */
    public IngestResult ingest(byte[] body, String contentType, Entry entry, ArticleDraft given,
            Predicate<Article> isNew, UnaryOperator<ArticleDraft> complete) {
        Sent sent = send(body, contentType, entry, given, isNew, complete);
        try {
            sent.published().toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof ArticlePublisher.PublishFailedException failed ? failed : e;
        }
        return sent.result();
    }

    /** What {@link #send} read, and a stage that completes once the broker has every accepted article. */
    public record Sent(IngestResult result, CompletionStage<Void> published) {
    }

    /**
     * As {@link #ingest(byte[], String, Entry, ArticleDraft, Predicate)}, without
     * waiting for the broker: a consumer reading many records waits once for all of them.
     */
    public Sent send(byte[] body, String contentType, Entry entry, ArticleDraft given,
            Predicate<Article> isNew) {
        return send(body, contentType, entry, given, isNew, UnaryOperator.identity());
    }

    private Sent send(byte[] body, String contentType, Entry entry, ArticleDraft given,
            Predicate<Article> isNew, UnaryOperator<ArticleDraft> complete) {
        try {
            Sent sent = read(body, contentType, entry, given, isNew, complete);
            metrics.counter("wirecopy.ingest.articles.accepted").increment(sent.result().accepted().size());
            metrics.counter("wirecopy.ingest.items.rejected").increment(sent.result().rejected().size());
            return sent;
        } catch (IngestException e) {
            metrics.counter("wirecopy.ingest.payloads.refused", "status", String.valueOf(e.kind().status)).increment();
            throw e;
        }
    }

    private Sent read(byte[] body, String contentType, Entry entry, ArticleDraft given,
            Predicate<Article> isNew, UnaryOperator<ArticleDraft> complete) {
        if (body == null || body.length == 0) {
            throw IngestException.bad("the body is empty");
        }
        if (body.length > config.maxBodyBytes()) {
            throw new IngestException(IngestException.Kind.TOO_LARGE,
                    "the body has " + body.length + " bytes, over the limit of " + config.maxBodyBytes());
        }
        InputFormat format = formatOf(body, contentType, entry);
        List<FeedItem> items;
        try {
            items = parse(body, contentType, format, given);
        } catch (IllegalArgumentException e) {
            throw IngestException.bad(e.getMessage());
        }
        if (items.isEmpty()) {
            if (format.feed) { // a feed with nothing in it yet is a valid feed: taken, with nothing to publish
                return new Sent(new IngestResult(List.of(), List.of()), CompletableFuture.completedFuture(null));
            }
            throw IngestException.bad("the body holds no article");
        }
        Map<String, Article> accepted = new LinkedHashMap<>(); // one event per id even if a feed repeats an item
        java.util.Set<String> freshIds = new java.util.HashSet<>();
        List<IngestResult.Rejection> rejected = new ArrayList<>();
        for (FeedItem item : items) {
            if (item.error() != null) {
                rejected.add(new IngestResult.Rejection(item.index(), item.error()));
                continue;
            }
            try {
                ArticleDraft draft = format.feed ? item.draft() : item.draft().withDefaults(given);
                // a text page's lines were read from its chained text; every other door's text goes through the chain here
                Article article = format == InputFormat.ARTICLE_TEXT ? ArticleFactory.fromChainedText(draft)
                        : ArticleFactory.create(draft);
                boolean fresh = isNew.test(article);
                if (fresh) {
                    freshIds.add(article.id());
                }
                if (format.feed && fresh) {
                    ArticleDraft full = complete.apply(item.draft());
                    if (full != item.draft()) {
                        // the same link, so the same id; a page whose text cannot make an article leaves the item
                        article = completed(article, full);
                    }
                }
                accepted.putIfAbsent(article.id(), article);
            } catch (TextTooLongException e) {
                if (!format.feed) {
                    throw new IngestException(IngestException.Kind.TOO_LARGE, e.getMessage());
                }
                rejected.add(new IngestResult.Rejection(item.index(), e.getMessage()));
            } catch (IllegalArgumentException e) {
                rejected.add(new IngestResult.Rejection(item.index(), e.getMessage()));
            }
        }
        if (accepted.isEmpty() && !format.feed) {
            throw IngestException.bad(rejected.get(0).reason());
        }
        if (accepted.isEmpty() && format == InputFormat.NDJSON) { // no line was a document: the body is not NDJSON
            throw IngestException.bad("no line of the NDJSON could be used; first reason: " + rejected.get(0).reason());
        }
        // a feed document is taken even when none of its items can make an article: it was read, each rejection says why
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Article> fresh = accepted.values().stream().filter(a -> freshIds.contains(a.id())).toList();
        CompletionStage<Void> published = fresh.isEmpty()
                ? CompletableFuture.completedFuture(null)
                : publisher.send(fresh.stream().map(a -> ArticleIngested.of(a, now)).toList());
        return new Sent(new IngestResult(fresh, rejected), published);
    }

    private static Article completed(Article item, ArticleDraft full) {
        try {
            Article article = ArticleFactory.create(full);
            return article.id().equals(item.id()) ? article : item;
        } catch (IllegalArgumentException e) {
            return item;
        }
    }

    private static InputFormat formatOf(byte[] body, String contentType, Entry entry) {
        boolean hasType = contentType != null && !contentType.isBlank();
        InputFormat format = hasType ? InputFormat.fromContentType(contentType, entry == Entry.FEED) : InputFormat.sniff(body);
        boolean wrongDoor = format != null
                && ((entry == Entry.ARTICLE && format.feed) || (entry == Entry.FEED && !format.feed));
        if (format == null || wrongDoor) {
            String what = hasType ? "content type '" + contentType + "'" : "a body sniffed as " + format;
            throw new IngestException(IngestException.Kind.UNSUPPORTED_TYPE, what + " is not taken here; " + accepted(entry));
        }
        return format;
    }

    private static String accepted(Entry entry) {
        return switch (entry) {
            case ARTICLE -> "POST /articles takes application/json, text/plain and text/html";
            case FEED -> "POST /feeds takes application/rss+xml, application/atom+xml, application/xml, text/xml, "
                    + "application/feed+json, application/json (JSON Feed) and application/x-ndjson";
            case TOPIC -> "news.ingest takes the content types of POST /articles and POST /feeds";
        };
    }

    private List<FeedItem> parse(byte[] body, String contentType, InputFormat format, ArticleDraft given) {
        return switch (format) {
            case FEED_XML -> FeedParser.parseXml(body, contentType);
            case JSON_FEED -> FeedParser.parseJsonFeed(Charsets.decode(body, contentType));
            case NDJSON -> FeedParser.parseNdjson(Charsets.decode(body, contentType));
            case ARTICLE_JSON -> List.of(FeedItem.ok(0, JsonArticleParser.parse(Charsets.decode(body, contentType))));
            case ARTICLE_TEXT -> List.of(FeedItem.ok(0, TextPageParser.parse(Charsets.decode(body, contentType), given.title(),
                    ArticleFactory.knownSource(given), boilerplate)));
            case ARTICLE_HTML -> {
                HtmlPageParser.Parsed page = HtmlPageParser.parseWithMethod(Charsets.decodeHtml(body, contentType), given.url());
                String known = ArticleFactory.knownSource(page.draft().withDefaults(given));
                yield List.of(FeedItem.ok(0, page.draft().withText(
                        PageBoilerplate.without(page.draft().text(), known != null ? known : page.site(), boilerplate))));
            }
        };
    }
}
