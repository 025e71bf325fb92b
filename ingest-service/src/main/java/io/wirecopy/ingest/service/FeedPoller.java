package io.wirecopy.ingest.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirecopy.ingest.config.PollingConfig;
import io.wirecopy.ingest.parse.ArticleDraft;
import io.wirecopy.shared.text.Hashing;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import io.wirecopy.ingest.fetch.WebFetcher;
import org.jboss.logging.Logger;

/**
 * Polls subscribed feeds. Each due subscription is fetched conditionally (ETag, Last-Modified); a 200
 * is ingested as a feed, publishing only items not seen before; a 304 changes nothing; a 429 or 503
 * waits as long as {@code Retry-After} says (or one interval); any other failure waits twice as long
 * as the last (up to {@code max-backoff}) and, after {@code max-failures} in a row, pauses the
 * subscription until it is subscribed again.
 */
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    private final SubscriptionStore store;
    private final FeedFetcher fetcher;
    private final IngestService ingest;
    private final PollingConfig config;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final FullTextCompleter fullText;
    private final ExecutorService pool;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    public FeedPoller(SubscriptionStore store, FeedFetcher fetcher, IngestService ingest, PollingConfig config, Clock clock,
            MeterRegistry metrics, FullTextCompleter fullText) {
        this.fullText = fullText;
        this.store = store;
        this.fetcher = fetcher;
        this.ingest = ingest;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(config.concurrency(), r -> {
            Thread t = new Thread(r, "wirecopy-poll-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (Subscription.Status status : Subscription.Status.values()) {
            metrics.gauge("wirecopy.ingest.subscriptions", io.micrometer.core.instrument.Tags.of("status", status.name().toLowerCase()),
                    store, st -> st.all().stream().filter(x -> x.status() == status).count());
        }
    }

    /** Longest feed URL taken. */
    static final int MAX_URL_CHARS = 4096;

    /** Subscribes (or resumes, with a new interval) a feed; the id comes from the URL. Due at once. */
    public Subscription subscribe(String url, Integer intervalMinutes) {
        return subscribe(url, intervalMinutes, null);
    }

    /**
     * As {@link #subscribe(String, Integer)}; {@code fullText} (default off; a resumed subscription keeps
     * its own unless given) completes items whose text is short from the pages they link to.
     */
    public Subscription subscribe(String url, Integer intervalMinutes, Boolean fullText) {
        if (url == null || url.isBlank()) {
            throw IngestException.bad("url is required");
        }
        if (url.length() > MAX_URL_CHARS) {
            throw IngestException.bad("url is " + url.length() + " chars long, over the limit of " + MAX_URL_CHARS);
        }
        URI uri;
        try {
            uri = WebFetcher.checked(url);
        } catch (WebFetcher.Refused e) {
            throw IngestException.bad("url must be an absolute http or https URL without credentials");
        }
        int interval = intervalMinutes == null ? 15 : intervalMinutes;
        if (interval < 1 || interval > 7 * 24 * 60) {
            throw IngestException.bad("intervalMinutes must be between 1 and 10080, got " + interval);
        }
        String id = "sub_" + Hashing.sha256Hex("feed:" + uri).substring(0, 16);
        if (store.get(id).isEmpty() && store.all().size() >= config.maxSubscriptions()) {
            throw new IngestException(IngestException.Kind.QUOTA, "there are " + config.maxSubscriptions()
                    + " subscriptions, the most this ingest keeps (wirecopy.ingest.polling.max-subscriptions)");
        }
        Instant now = clock.instant();
        Subscription s = store.get(id)
                .map(old -> new Subscription(id, old.url(), interval, Subscription.Status.ACTIVE, old.createdAt(),
                        old.lastFetchAt(), old.lastSuccessAt(), old.lastError(), 0, now, old.etag(), old.lastModified(),
                        old.fetches(), old.itemsPublished(), old.seen(), fullText != null ? fullText : old.fullText()))
                .orElseGet(() -> Subscription.of(id, uri.toString(), interval, now, Boolean.TRUE.equals(fullText)));
        store.put(s);
        return s;
    }

    public boolean unsubscribe(String id) {
        if (store.get(id).isEmpty()) {
            return false;
        }
        store.delete(id);
        return true;
    }

    public List<Subscription> subscriptions() {
        return new ArrayList<>(store.all());
    }

    public Optional<Subscription> subscription(String id) {
        return store.get(id);
    }

    /**
     * Starts a poll of every active subscription that is due and not being polled already, on the pool of
     * {@code polling.concurrency} threads, and returns them: a slow feed holds one thread until its deadline,
     * the others go on, and the next tick is not held up.
     */
    public List<CompletableFuture<Subscription>> pollDue() {
        List<CompletableFuture<Subscription>> started = new ArrayList<>();
        for (Subscription s : new ArrayList<>(store.all())) {
            if (s.status() == Subscription.Status.ACTIVE && !s.nextFetchAt().isAfter(clock.instant()) && inFlight.add(s.id())) {
                try {
                    started.add(CompletableFuture.supplyAsync(() -> pollAndSave(s), pool));
                } catch (RuntimeException e) { // the pool is shut down: the service is stopping
                    inFlight.remove(s.id());
                }
            }
        }
        return started;
    }

    private Subscription pollAndSave(Subscription s) {
        try {
            Subscription after = poll(s);
            if (store.get(s.id()).isPresent()) { // not unsubscribed while it was polled
                store.put(after);
            }
            metrics.counter("wirecopy.ingest.polls", "outcome", after.consecutiveFailures() > 0 ? "failed"
                    : after.lastError() != null ? "retry_later" : "ok").increment();
            return after;
        } catch (RuntimeException e) {
            LOG.warnf(e, "polling subscription %s failed", s.id());
            throw e;
        } finally {
            inFlight.remove(s.id());
        }
    }

    /** Stops the polling threads (a poll under way is interrupted). */
    public void close() {
        pool.shutdownNow();
    }

    Subscription poll(Subscription s) {
        Instant now = clock.instant();
        Duration interval = Duration.ofMinutes(s.intervalMinutes());
        FeedFetcher.Fetched fetched;
        try {
            fetched = fetcher.fetch(s.url(), s.etag(), s.lastModified());
        } catch (WebFetcher.Refused e) {
            return failed(s, now, "fetch failed: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.debugf(e, "fetch of subscription %s failed", s.id());
            return failed(s, now, "fetch failed"); // no more: the detail could tell a subscriber what is behind a port
        }
        if (fetched.status() == 304) {
            return success(s, now, s.etag(), s.lastModified(), 0, s.seen());
        }
        if (fetched.status() == 429 || fetched.status() == 503) {
            Duration wait = fetched.retryAfter() != null ? fetched.retryAfter() : interval;
            return new Subscription(s.id(), s.url(), s.intervalMinutes(), s.status(), s.createdAt(), now,
                    s.lastSuccessAt(), "HTTP " + fetched.status() + ", retrying after " + wait, s.consecutiveFailures(),
                    now.plus(wait), s.etag(), s.lastModified(), s.fetches() + 1, s.itemsPublished(), s.seen(), s.fullText());
        }
        if (fetched.status() != 200) {
            return failed(s, now, "HTTP " + fetched.status());
        }
        Set<String> seen = new HashSet<>(s.seen());
        FullTextCompleter.Poll pages = fullText == null ? null : fullText.forOnePoll(s.url(), s.fullText());
        java.util.Map<String, String> versions = new java.util.HashMap<>(); // the new or changed items' versions, by id
        IngestResult result;
        // a feed lists its newest first: a poll takes its first seen-items, as many as it can remember, so what it
        // takes is never taken again (past them, a feed of 40,000 items would be published again at every poll)
        AtomicInteger read = new AtomicInteger();
        List<String> current = new ArrayList<>(); // what this poll read that was seen before, or is published now
        try {
            result = ingest.ingest(fetched.body(), fetched.contentType(), IngestService.Entry.FEED, ArticleDraft.empty(),
                    item -> {
                        if (read.incrementAndGet() > config.seenItems()) {
                            return false;
                        }
                        String version = ItemVersions.of(item);
                        boolean fresh = !seen.contains(version) && !seen.contains(item.id()); // a bare id: remembered before versions
                        if (fresh) {
                            versions.put(item.id(), version);
                        } else {
                            current.add(seen.contains(version) ? version : item.id());
                        }
                        return fresh;
                    }, pages != null ? pages : item -> FullTextCompleter.ownSiteOnly(s.url(), item));
        } catch (IngestException e) {
            return failed(s, now, e.getMessage());
        }
        if (read.get() > config.seenItems()) {
            metrics.counter("wirecopy.ingest.poll.items.left.out").increment(read.get() - config.seenItems());
        }
        // what the feed lists now first (at most seen-items of it, so all of it), then what it listed before
        result.accepted().forEach(a -> current.add(versions.get(a.id())));
        java.util.LinkedHashSet<String> kept = new java.util.LinkedHashSet<>(current);
        kept.addAll(s.seen());
        List<String> remembered = new ArrayList<>(kept).subList(0, Math.min(kept.size(), config.seenItems()));
        if (pages != null && pages.deferred() > 0) { // asked again in full next time, so what waits is read then
            return success(s, now, null, null, result.accepted().size(), remembered);
        }
        return success(s, now, fetched.etag(), fetched.lastModified(), result.accepted().size(), remembered);
    }

    private Subscription success(Subscription s, Instant now, String etag, String lastModified, int published,
            List<String> seen) {
        return new Subscription(s.id(), s.url(), s.intervalMinutes(), s.status(), s.createdAt(), now, now, null, 0,
                now.plus(Duration.ofMinutes(s.intervalMinutes())), etag, lastModified, s.fetches() + 1,
                s.itemsPublished() + published, seen, s.fullText());
    }

    private Subscription failed(Subscription s, Instant now, String error) {
        int failures = s.consecutiveFailures() + 1;
        Duration wait = Duration.ofMinutes(s.intervalMinutes()).multipliedBy(1L << Math.min(failures, 20));
        if (wait.compareTo(config.maxBackoff()) > 0) {
            wait = config.maxBackoff();
        }
        Subscription.Status status = failures >= config.maxFailures() ? Subscription.Status.PAUSED : s.status();
        if (status == Subscription.Status.PAUSED) {
            LOG.warnf("paused subscription %s (%s) after %d failures in a row: %s", s.id(), s.url(), failures, error);
        }
        return new Subscription(s.id(), s.url(), s.intervalMinutes(), status, s.createdAt(), now, s.lastSuccessAt(),
                error, failures, now.plus(wait), s.etag(), s.lastModified(), s.fetches() + 1, s.itemsPublished(), s.seen(),
                s.fullText());
    }
}
