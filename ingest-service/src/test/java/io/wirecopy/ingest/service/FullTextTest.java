package io.wirecopy.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirecopy.ingest.client.HttpFeedFetcher;
import io.wirecopy.ingest.config.FullTextConfig;
import io.wirecopy.ingest.fetch.Addresses;
import io.wirecopy.ingest.fetch.PageFetcher;
import io.wirecopy.ingest.fetch.WebFetcher;
import io.wirecopy.ingest.parse.ArticleDraft;
import io.wirecopy.ingest.text.SourceBoilerplate;
import io.wirecopy.shared.event.ArticleIngested;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Full text from the link, end to end against a real local HTTP server: a subscription with full text
 * on is polled, its short items' pages fetched (robots.txt honoured, redirects followed and capped, a
 * size limit), their articles extracted and published; one with it off makes no page request; and with
 * the default policy the same loopback server cannot be reached at all.
 */
class FullTextTest {

    static final String ARTICLE_PAGE = """
            <html><head><title>Harbour strike | Courier</title></head><body>
            <nav><a href="/">Home</a> <a href="/business">Business</a></nav>
            <article><h1>Harbour strike enters third day</h1>
            <p>The port of Valdora stayed closed on Wednesday for the third day running, as dock workers continued their strike.</p>
            <p>Union leader Tomas Reyes told a crowd at the main gate that machines do not pay taxes, and the crowd cheered.</p>
            <p>The port authority has promised that no worker will be laid off, and talks are due to resume on Friday.</p>
            </article><footer>© Courier</footer></body></html>""";

    final List<ArticleIngested> published = new CopyOnWriteArrayList<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    HttpServer server;
    String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(path + " " + exchange.getRequestHeaders().getFirst("User-Agent"));
            byte[] body;
            String type = "text/html; charset=utf-8";
            int status = 200;
            switch (path) {
                case "/robots.txt" -> {
                    body = "User-agent: *\nDisallow: /members/\n".getBytes(StandardCharsets.UTF_8);
                    type = "text/plain";
                }
                case "/feed.xml" -> {
                    body = feed().getBytes(StandardCharsets.UTF_8);
                    type = "application/rss+xml";
                }
                case "/strike" -> body = ARTICLE_PAGE.getBytes(StandardCharsets.UTF_8);
                case "/forged.xml" -> {
                    body = forgedFeed().getBytes(StandardCharsets.UTF_8);
                    type = "application/rss+xml";
                }
                case "/away" -> { // on "localhost", sent on to "127.0.0.1": a third site
                    exchange.getResponseHeaders().add("Location", base + "/strike");
                    status = 302;
                    body = new byte[0];
                }
                case "/moved" -> {
                    exchange.getResponseHeaders().add("Location", "/strike");
                    status = 301;
                    body = new byte[0];
                }
                case "/loop" -> {
                    exchange.getResponseHeaders().add("Location", "/loop");
                    status = 302;
                    body = new byte[0];
                }
                case "/huge" -> body = ("<p>" + "word ".repeat(300_000) + "</p>").getBytes(StandardCharsets.UTF_8);
                default -> {
                    status = 404;
                    body = new byte[0];
                }
            }
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String feed() {
        String item = "<item><title>%s</title><link>" + base + "%s</link><description>%s</description></item>";
        return "<rss version=\"2.0\"><channel><link>https://courier.example/</link>"
                + item.formatted("Harbour strike enters third day", "/strike", "Dock workers kept the port closed.")
                + item.formatted("Strike, the members' view", "/members/strike", "Only for members.")
                + item.formatted("Moved story", "/moved", "A story that moved.")
                + item.formatted("Long item", "/long", "This item's own text is long enough. ".repeat(40))
                + "</channel></rss>";
    }

    /**
     * A feed on 127.0.0.1 whose items claim pages of another site ("localhost", another registrable name) with words
     * of its own: what a hostile or hijacked feed does to publish under a newspaper's address.
     */
    String forgedFeed() {
        String other = "http://localhost:" + server.getAddress().getPort();
        String item = "<item><title>%s</title><link>" + other + "%s</link><description>%s</description></item>";
        return "<rss version=\"2.0\"><channel><link>" + base + "/</link>"
                + item.formatted("Minister resigns in disgrace", "/strike", "The minister resigned this morning, sources say. ".repeat(30))
                + item.formatted("Port sold to a rival", "/gone", "The port was sold overnight to a rival, sources say.")
                + item.formatted("Strike ends", "/away", "The strike ended on Tuesday, sources say.")
                + "</channel></rss>";
    }

    static FullTextConfig config(boolean allowPrivate, int minWords) {
        return config(allowPrivate, minWords, 50);
    }

    static FullTextConfig config(boolean allowPrivate, int minWords, int perPoll) {
        return new FullTextConfig() {
            public int minWords() {
                return minWords;
            }

            public int maxPerPoll() {
                return perPoll;
            }

            public Duration timeout() {
                return Duration.ofSeconds(5);
            }

            public long maxBytes() {
                return 1_000_000;
            }

            public Duration robotsTtl() {
                return Duration.ofHours(1);
            }
        };
    }

    FeedPoller poller(boolean allowPrivate) {
        return poller(allowPrivate, 50);
    }

    FeedPoller poller(boolean allowPrivate, int perPoll) {
        FeedPollerTest.TestClock clock = new FeedPollerTest.TestClock();
        IngestService ingest = new IngestService(published::addAll, () -> 5_000_000, clock, metrics, SourceBoilerplate.none());
        FullTextConfig config = config(allowPrivate, 30, perPoll);
        WebFetcher web = Fetching.web(allowPrivate);
        return new FeedPoller(new SubscriptionStore.InMemory(), new HttpFeedFetcher(web, FeedPollerTest.POLLING, () -> 5_000_000),
                ingest, FeedPollerTest.POLLING, clock, metrics,
                new FullTextCompleter(new PageFetcher(web, config, clock), config, metrics));
    }

    Map<String, String> textsByTitle() {
        return published.stream().collect(Collectors.toMap(e -> e.article().title(), e -> e.article().text()));
    }

    @Test
    void shortItemsAreCompletedFromTheirPagesPolitely() {
        FeedPoller poller = poller(true);
        Subscription s = poller.subscribe(base + "/feed.xml", 15, true);
        assertThat(Fetching.polled(poller.pollDue())).isEqualTo(1);
        Map<String, String> texts = textsByTitle();
        assertThat(texts).hasSize(4);
        String article = """
                The port of Valdora stayed closed on Wednesday for the third day running, as dock workers continued their strike.

                Union leader Tomas Reyes told a crowd at the main gate that machines do not pay taxes, and the crowd cheered.

                The port authority has promised that no worker will be laid off, and talks are due to resume on Friday.""";
        assertThat(texts.get("Harbour strike enters third day")).isEqualTo(article);
        assertThat(texts.get("Moved story")).as("a redirect is followed").isEqualTo(article);
        assertThat(texts.get("Strike, the members' view")).as("robots.txt disallows /members/").isEqualTo("Only for members.");
        assertThat(texts.get("Long item")).startsWith("This item's own text is long enough.");
        assertThat(requests).as("robots.txt once; no request for what it disallows or for a long item")
                .containsExactly("/feed.xml Wirecopy/test (+https://example.org)", "/robots.txt Wirecopy/test (+https://example.org)",
                        "/strike Wirecopy/test (+https://example.org)", "/moved Wirecopy/test (+https://example.org)",
                        "/strike Wirecopy/test (+https://example.org)");
        assertThat(metrics.counter("wirecopy.ingest.full_text", "outcome", "completed").count()).isEqualTo(2);
        assertThat(metrics.counter("wirecopy.ingest.full_text", "outcome", "refused_robots").count()).isEqualTo(1);
        assertThat(poller.subscription(s.id()).orElseThrow().fullText()).isTrue();
    }

    @Test
    void aFeedCannotPublishItsOwnWordsUnderAnotherSitesAddress() {
        FeedPoller poller = poller(true);
        Subscription s = poller.subscribe(base + "/forged.xml", 15); // full text off: another site's items are read anyway
        assertThat(Fetching.polled(poller.pollDue())).isEqualTo(1);
        assertThat(published).as("the page's title and words, never the feed's").singleElement().satisfies(e -> {
            assertThat(e.article().url()).isEqualTo("http://localhost:" + server.getAddress().getPort() + "/strike");
            assertThat(e.article().title()).isEqualTo("Harbour strike enters third day");
            assertThat(e.article().text()).startsWith("The port of Valdora stayed closed").doesNotContain("minister");
        });
        assertThat(metrics.counter("wirecopy.ingest.full_text", "outcome", "read_off_site").count()).isEqualTo(1);
        assertThat(metrics.counter("wirecopy.ingest.full_text", "outcome", "http_404").count())
                .as("a page that is not there: the item is left out").isEqualTo(1);
        assertThat(metrics.counter("wirecopy.ingest.full_text", "outcome", "moved_off_site").count())
                .as("a page that sends the reader to a third site: left out").isEqualTo(1);
        assertThat(published).extracting(e -> e.article().text()).noneMatch(t -> t.contains("sources say"));
        assertThat(poller.subscription(s.id()).orElseThrow().etag()).as("asked again in full, the items left out read again")
                .isNull();
    }

    @Test
    void anItemOfAnotherSiteIsLeftOutWhenNoPageIsReadAndItsFeedsOwnAreTaken() {
        ArticleDraft own = new ArticleDraft("https://news.example.com/a", null, "Own", null, null, null, "Its own words.", null);
        ArticleDraft cdn = new ArticleDraft("https://www.example.com/b", null, "Same site", null, null, null, "Words.", null);
        ArticleDraft other = new ArticleDraft("https://www.nytimes.com/c", null, "Other", null, null, null, "Forged words.", null);
        assertThat(FullTextCompleter.ownSiteOnly("https://feeds.example.com/rss", own)).isSameAs(own);
        assertThat(FullTextCompleter.ownSiteOnly("https://feeds.example.com/rss", cdn)).isSameAs(cdn);
        assertThatThrownBy(() -> FullTextCompleter.ownSiteOnly("https://feeds.example.com/rss", other))
                .hasMessage("the item links to nytimes.com, another site than its feed's, and no page is read here");
    }

    @Test
    void aPollFetchesAtMostItsBudgetOfPages() {
        FeedPoller poller = poller(true, 1);
        poller.subscribe(base + "/feed.xml", 15, true);
        Fetching.polled(poller.pollDue());
        assertThat(textsByTitle().get("Harbour strike enters third day")).startsWith("The port of Valdora");
        assertThat(textsByTitle().get("Moved story")).isEqualTo("A story that moved.");
        assertThat(metrics.counter("wirecopy.ingest.full_text", "outcome", "over_budget").count()).isEqualTo(2);
    }

    @Test
    void withFullTextOffNoPageIsFetched() {
        FeedPoller poller = poller(true);
        poller.subscribe(base + "/feed.xml", 15);
        Fetching.polled(poller.pollDue());
        assertThat(textsByTitle().get("Harbour strike enters third day")).isEqualTo("Dock workers kept the port closed.");
        assertThat(requests).containsExactly("/feed.xml Wirecopy/test (+https://example.org)");
    }

    @Test
    void byDefaultAFeedCannotMakeWirecopyFetchPrivateAddresses() {
        FeedPoller poller = poller(false);
        Subscription s = poller.subscribe(base + "/feed.xml", 15, true);
        Fetching.polled(poller.pollDue());
        assertThat(requests).as("neither the feed nor its pages").isEmpty();
        assertThat(published).isEmpty();
        assertThat(poller.subscription(s.id()).orElseThrow().lastError())
                .isEqualTo("fetch failed: 127.0.0.1 is not a public address");

        PageFetcher fetcher = new PageFetcher(Fetching.web(false), config(false, 30), java.time.Clock.systemUTC());
        for (String url : List.of("http://127.0.0.1/", "http://localhost:8080/admin", "http://[::1]/", "http://10.1.2.3/",
                "http://192.168.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::ffff:127.0.0.1]/",
                "http://100.64.0.1/", "http://0.0.0.0/", "http://2130706433/", "http://[64:ff9b::a00:1]/",
                "http://[2002:c0a8:1::]/", "http://[fe80::1]/", "http://[fd00::1]/", "http://[::]/")) {
            assertThatThrownBy(() -> fetcher.fetch(url)).as(url).isInstanceOfSatisfying(WebFetcher.Refused.class,
                    e -> assertThat(e.reason()).isEqualTo("address"));
        }
        for (String url : List.of("file:///etc/passwd", "http://0x7f.1/", "http://127.1/", "gopher://127.0.0.1:6379/_",
                "http://user@127.0.0.1/")) {
            assertThatThrownBy(() -> fetcher.fetch(url)).as(url).isInstanceOfSatisfying(WebFetcher.Refused.class,
                    e -> assertThat(e.reason()).isEqualTo("scheme"));
        }
    }

    @Test
    void redirectsAndSizeAreCapped() throws IOException {
        PageFetcher fetcher = new PageFetcher(Fetching.web(true), config(true, 30), java.time.Clock.systemUTC());
        assertThatThrownBy(() -> fetcher.fetch(base + "/loop")).isInstanceOfSatisfying(WebFetcher.Refused.class,
                e -> assertThat(e.reason()).isEqualTo("redirects"));
        assertThatThrownBy(() -> fetcher.fetch(base + "/huge")).isInstanceOfSatisfying(WebFetcher.Refused.class,
                e -> assertThat(e.reason()).isEqualTo("size"));
        assertThat(fetcher.fetch(base + "/moved").url()).isEqualTo(base + "/strike");
    }

    @Test
    void publicAddressesArePublic() throws IOException {
        assertThat(Addresses.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
        assertThat(Addresses.isPublic(InetAddress.getByName("2a00:1450:4001::1"))).isTrue();
        assertThat(Addresses.isPublic(InetAddress.getByName("fd00::1"))).isFalse();
        assertThat(Addresses.isPublic(InetAddress.getByName("172.16.5.4"))).isFalse();
        assertThat(Addresses.isPublic(InetAddress.getByName("198.18.0.1"))).isFalse();
        assertThat(Addresses.isPublic(InetAddress.getByName("64:ff9b::808:808"))).as("NAT64 of 8.8.8.8").isTrue();
        assertThat(Addresses.isPublic(InetAddress.getByName("64:ff9b::7f00:1"))).as("NAT64 of 127.0.0.1").isFalse();
        assertThat(Addresses.isPublic(InetAddress.getByName("2002:a9fe:a9fe::"))).as("6to4 of 169.254.169.254").isFalse();
        assertThat(Addresses.isPublic(InetAddress.getByName("::10.0.0.1"))).as("IPv4-compatible").isFalse();
        assertThat(Addresses.isPublic(InetAddress.getByName("2001:0:4136:e378::1"))).as("Teredo").isFalse();
        assertThat(Addresses.isPublic(InetAddress.getByName("203.0.113.9"))).isFalse();
        assertThat(Addresses.isPublic(InetAddress.getByName("224.0.0.1"))).isFalse();
        assertThat(Addresses.isPublic(InetAddress.getByName("172.32.0.1"))).isTrue();
    }
}
