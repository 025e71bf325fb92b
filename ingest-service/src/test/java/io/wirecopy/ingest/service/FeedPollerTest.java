package io.wirecopy.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirecopy.ingest.client.HttpFeedFetcher;
import io.wirecopy.ingest.config.PollingConfig;
import io.wirecopy.ingest.text.SourceBoilerplate;
import io.wirecopy.shared.event.ArticleIngested;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The poller against a real local HTTP server: conditional GET, seen items, Retry-After, backoff and pause. */
class FeedPollerTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now;
        }
    }

    static final PollingConfig POLLING = new PollingConfig() {
        public Duration tick() {
            return Duration.ofSeconds(1);
        }

        public int maxFailures() {
            return 3;
        }

        public Duration maxBackoff() {
            return Duration.ofHours(1);
        }

        public Duration fetchTimeout() {
            return Duration.ofSeconds(5);
        }

        public int seenItems() {
            return 100;
        }

        public int maxSubscriptions() {
            return 3;
        }

        public int concurrency() {
            return 2;
        }
    };

    final TestClock clock = new TestClock();
    final List<ArticleIngested> published = new CopyOnWriteArrayList<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    volatile int status = 200;
    volatile String etag = "\"v1\"";
    volatile String retryAfter;
    volatile List<String> items = new ArrayList<>(List.of("one", "two"));
    HttpServer server;
    FeedPoller poller;
    String url;

    /** An item's description when it is not the default one. */
    final java.util.Map<String, String> descriptions = new java.util.HashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", exchange -> {
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            requests.add(exchange.getRequestMethod() + " " + ifNoneMatch);
            if (retryAfter != null) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
            }
            if (status == 200 && etag.equals(ifNoneMatch)) {
                exchange.sendResponseHeaders(304, -1);
            } else if (status == 200) {
                // the items on the feed's own site: their words are taken from the feed
                String site = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
                StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><link>" + site + "</link>");
                for (String item : items) {
                    rss.append("<item><title>").append(item).append("</title><link>").append(site).append(item)
                            .append("</link><description>").append(descriptions.getOrDefault(item,
                                    "The story called " + item + " has a body of several words."))
                            .append("</description></item>");
                }
                byte[] body = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
                exchange.getResponseHeaders().add("ETag", etag);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.sendResponseHeaders(status, -1);
            }
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
        IngestService ingest = new IngestService(published::addAll, () -> 5_000_000, clock, new SimpleMeterRegistry(),
                SourceBoilerplate.none());
        poller = new FeedPoller(new SubscriptionStore.InMemory(), new HttpFeedFetcher(Fetching.web(true), POLLING, () -> 5_000_000), ingest,
                POLLING, clock, new SimpleMeterRegistry(), null);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void conditionalGetAndItemsSeenBeforeAreNotPublishedAgain() {
        Subscription s = poller.subscribe(url, 5);
        assertThat(Fetching.polled(poller.pollDue())).isEqualTo(1);
        assertThat(published).extracting(e -> e.article().title()).containsExactly("one", "two");
        assertThat(Fetching.polled(poller.pollDue())).as("not due before its interval").isZero();

        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(Fetching.polled(poller.pollDue())).isEqualTo(1);
        assertThat(requests).containsExactly("GET null", "GET \"v1\"");
        assertThat(published).hasSize(2);

        items = List.of("three", "one", "two");
        etag = "\"v2\"";
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        Fetching.polled(poller.pollDue());
        assertThat(published).extracting(e -> e.article().title()).containsExactly("one", "two", "three");
        Subscription after = poller.subscription(s.id()).orElseThrow();
        assertThat(after.itemsPublished()).isEqualTo(3);
        assertThat(after.fetches()).isEqualTo(3);
        assertThat(after.lastError()).isNull();
        assertThat(after.nextFetchAt()).isEqualTo(clock.now.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aPollTakesNoMoreItemsThanItRemembersSoAHugeFeedIsNeverPublishedAgain() {
        // 150 items against 100 remembered: before, all 150 went at the first poll and the 50 it forgot went again at
        // every poll after it (a feed of 40,000 items: 38,000 records a poll, 1.4-3.5 s of ingest's CPU)
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            many.add("item" + i);
        }
        items = many;
        Subscription s = poller.subscribe(url, 5);
        Fetching.polled(poller.pollDue());
        assertThat(published).as("the first 100: the newest").hasSize(100)
                .extracting(e -> e.article().title()).startsWith("item0", "item1").doesNotContain("item100");
        for (int poll = 0; poll < 3; poll++) {
            etag = "\"v" + (poll + 2) + "\""; // a changed feed, read in full
            clock.now = clock.now.plus(Duration.ofMinutes(5));
            Fetching.polled(poller.pollDue());
        }
        assertThat(published).as("nothing published again").hasSize(100);

        // two new items on top: those two, and the two that fall past the first 100 are left out
        many.add(0, "new1");
        many.add(0, "new0");
        etag = "\"v9\"";
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        Fetching.polled(poller.pollDue());
        assertThat(published).hasSize(102).extracting(e -> e.article().title()).endsWith("new0", "new1");
        etag = "\"v10\"";
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        Fetching.polled(poller.pollDue());
        assertThat(published).as("what the feed lists now is what is remembered first: item0 and item1 not again")
                .hasSize(102);
        assertThat(poller.subscription(s.id()).orElseThrow().seen()).hasSize(100);
    }

    @Test
    void anItemWhoseTextChangedIsPublishedAgainAsAVersionAndOneWithOnlyNewSpacesIsNot() {
        poller.subscribe(url, 5);
        Fetching.polled(poller.pollDue());
        assertThat(published).extracting(e -> e.article().title()).containsExactly("one", "two");

        // the feed corrects item one under the same link, and only re-spaces item two
        descriptions.put("one", "The story called one has a body of several words, and a correction.");
        descriptions.put("two", "The story   called two has a body of  several words.");
        etag = "\"v2\"";
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        Fetching.polled(poller.pollDue());
        assertThat(published).extracting(e -> e.article().title()).containsExactly("one", "two", "one");
        assertThat(published.get(2).article().id()).as("the same article").isEqualTo(published.get(0).article().id());
        assertThat(published.get(2).article().contentHash()).isNotEqualTo(published.get(0).article().contentHash());

        // polled again unchanged: nothing more
        etag = "\"v3\"";
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        Fetching.polled(poller.pollDue());
        assertThat(published).hasSize(3);
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSays() {
        Subscription s = poller.subscribe(url, 5);
        status = 429;
        retryAfter = "120";
        Fetching.polled(poller.pollDue());
        Subscription after = poller.subscription(s.id()).orElseThrow();
        assertThat(after.nextFetchAt()).isEqualTo(clock.now.plusSeconds(120));
        assertThat(after.consecutiveFailures()).isZero();
        assertThat(after.lastError()).contains("429");
    }

    @Test
    void failuresBackOffAndPauseUntilSubscribedAgain() {
        Subscription s = poller.subscribe(url, 5);
        status = 500;
        Fetching.polled(poller.pollDue());
        assertThat(poller.subscription(s.id()).orElseThrow().nextFetchAt()).isEqualTo(clock.now.plus(Duration.ofMinutes(10)));
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        Fetching.polled(poller.pollDue());
        assertThat(poller.subscription(s.id()).orElseThrow().nextFetchAt()).isEqualTo(clock.now.plus(Duration.ofMinutes(20)));
        clock.now = clock.now.plus(Duration.ofMinutes(20));
        Fetching.polled(poller.pollDue());
        Subscription paused = poller.subscription(s.id()).orElseThrow();
        assertThat(paused.status()).isEqualTo(Subscription.Status.PAUSED);
        assertThat(paused.consecutiveFailures()).isEqualTo(3);
        assertThat(paused.lastError()).isEqualTo("HTTP 500");
        clock.now = clock.now.plus(Duration.ofHours(2));
        assertThat(Fetching.polled(poller.pollDue())).as("paused feeds are not polled").isZero();

        status = 200;
        assertThat(poller.subscribe(url, 5).status()).isEqualTo(Subscription.Status.ACTIVE);
        Fetching.polled(poller.pollDue());
        assertThat(published).hasSize(2);
        assertThat(poller.subscription(s.id()).orElseThrow().consecutiveFailures()).isZero();
    }

    @Test
    void anEmptyFeedIsTakenABadOneIsAFailureWithItsReasonAndBadRequestsAreRefused() {
        Subscription s = poller.subscribe(url, 5);
        items = List.of();
        Fetching.polled(poller.pollDue());
        assertThat(poller.subscription(s.id()).orElseThrow().lastError()).as("an empty feed is a feed").isNull();
        status = 200;
        etag = "\"v3\"";
        items = List.of("<unclosed");
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        Fetching.polled(poller.pollDue());
        assertThat(poller.subscription(s.id()).orElseThrow().lastError()).startsWith("invalid feed XML");
        assertThatThrownBy(() -> poller.subscribe("file:///etc/passwd", 5)).isInstanceOf(IngestException.class)
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> poller.subscribe("http://user:pw@feed.example/rss", 5)).isInstanceOf(IngestException.class)
                .hasMessageContaining("without credentials");
        assertThatThrownBy(() -> poller.subscribe(url, 0)).hasMessageContaining("intervalMinutes");
        assertThat(poller.unsubscribe(s.id())).isTrue();
        assertThat(poller.unsubscribe(s.id())).isFalse();
    }

    @Test
    void subscriptionsAreCappedButAKnownOneCanBeResumed() {
        for (int i = 0; i < 3; i++) {
            poller.subscribe(url + "?n=" + i, 5);
        }
        assertThatThrownBy(() -> poller.subscribe(url + "?n=3", 5)).isInstanceOfSatisfying(IngestException.class,
                e -> assertThat(e.kind().status).isEqualTo(429));
        assertThat(poller.subscribe(url + "?n=1", 10).intervalMinutes()).isEqualTo(10);
    }

    @Test
    void aFeedThatNeverFinishesHoldsOneThreadUntilItsDeadlineAndNotTheOthers() throws IOException {
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slow.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        slow.createContext("/drip", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try {
                for (int i = 0; i < 600; i++) { // a byte every 100 ms: each read is quick, the whole never ends
                    exchange.getResponseBody().write('<');
                    exchange.getResponseBody().flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | IOException e) {
                // the client gave up
            }
            exchange.close();
        });
        slow.start();
        try {
            Subscription dripping = poller.subscribe("http://127.0.0.1:" + slow.getAddress().getPort() + "/drip", 5);
            Subscription good = poller.subscribe(url, 5);
            long start = System.nanoTime();
            var polls = poller.pollDue();
            assertThat(polls).hasSize(2);
            long done = Fetching.polled(polls);
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            assertThat(seconds).as("the deadline (5 s) cut the dripping feed").isLessThan(9);
            assertThat(poller.subscription(dripping.id()).orElseThrow().lastError()).isEqualTo("fetch failed: no complete answer within 5 s");
            assertThat(poller.subscription(good.id()).orElseThrow().lastError()).isNull();
            assertThat(published).hasSize(2);
            assertThat(done).isEqualTo(2);
        } finally {
            slow.stop(0);
        }
    }
}
