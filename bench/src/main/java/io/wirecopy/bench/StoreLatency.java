package io.wirecopy.bench;

import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.testing.PostgresServer;
import io.wirecopy.testing.corpus.BaseStory;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * Query latencies of the packaged store-service over a large database: embedded PostgreSQL, the
 * Flyway schema, N generated articles bulk-loaded with COPY (variants of the corpus stories, in
 * stories of 1 to 7 copies), then the service jar answers {@code /stories?q=} (a common word, a rare
 * word) and {@code /stories/{id}}; the baseline is {@code /q/health/live} of the same service (the HTTP
 * floor), measured in the same run.
 */
final class StoreLatency {

    private final PrintStream out;
    private final Path root;
    private final int articles;
    private final int requests;

    StoreLatency(PrintStream out, Path root, int articles, int requests) {
        this.out = out;
        this.root = root;
        this.articles = articles;
        this.requests = requests;
    }

    void run() throws Exception {
        Path data = root.resolve("bench/target/store-latency-pg");
        Local.deleteTree(data);
        try (PostgresServer pg = PostgresServer.start(Local.freePort(), data)) {
            Flyway.configure().dataSource(pg.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD)
                    .locations("classpath:db/migration").load().migrate();
            long start = System.nanoTime();
            List<String> storyIds = load(pg.jdbcUrl());
            out.printf("loaded %,d articles in %,d stories in %.1f s%n", articles, storyIds.size(),
                    (System.nanoTime() - start) / 1e9);
            int port = Local.freePort();
            // no broker: the API is measured alone (the consumer retries in the background)
            Process service = StoreJar.start(root, pg, "localhost:" + Local.freePort(), port, "store-latency.log");
            try {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://localhost:" + port;
                StoreJar.await(port, "/q/health/live", "store-latency.log");
                Random random = new Random(7);
                Supplier<String> health = () -> base + "/q/health/live";
                Supplier<String> common = () -> base + "/stories?q=" + enc(COMMON[random.nextInt(COMMON.length)]);
                Supplier<String> rare = () -> base + "/stories?q=" + enc("tag" + random.nextInt(articles));
                Supplier<String> relevance = () -> base + "/stories?sort=relevance&q=" + enc(COMMON[random.nextInt(COMMON.length)]);
                Supplier<String> story = () -> base + "/stories/" + storyIds.get(random.nextInt(storyIds.size()));
                for (Supplier<String> warm : List.of(health, common, rare, relevance, story)) {
                    measure(http, warm, requests / 2);
                }
                double[] h = measure(http, health, requests);
                double[] c = measure(http, common, requests);
                double[] r = measure(http, rare, requests);
                double[] v = measure(http, relevance, requests);
                double[] s = measure(http, story, requests);
                out.printf("%,d requests each, one client, after a warm-up:%n", requests);
                report("baseline GET /q/health/live", h, h);
                report("GET /stories?q=<common word>", c, h);
                report("GET /stories?q=<rare word>", r, h);
                report("GET /stories?q=<common>&sort=relevance", v, h);
                report("GET /stories/{id}", s, h);
                out.printf("store_stories_q_p50_ms=%.2f%nstore_stories_q_p99_ms=%.2f%n", c[0], c[1]);
                out.printf("store_story_p50_ms=%.2f%nstore_story_p99_ms=%.2f%n", s[0], s[1]);
            } finally {
                service.destroy();
                service.waitFor();
            }
        }
    }

    static final String[] COMMON = {"strike", "earthquake", "election", "inflation", "satellite", "wildfire", "measles",
            "union leader", "prime minister", "\"central bank\""};

    private List<String> load(String jdbcUrl) throws Exception {
        List<BaseStory> bases = BaseStory.bundled();
        Random random = new Random(42);
        StringBuilder stories = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        List<String> storyIds = new ArrayList<>();
        OffsetDateTime t0 = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        int n = 0;
        while (n < articles) {
            BaseStory base = bases.get(random.nextInt(bases.size()));
            int copies = 1 + random.nextInt(7);
            String storyId = null;
            String canonical = null;
            String title = base.title() + " " + storyIds.size();
            OffsetDateTime published = t0.plusMinutes(storyIds.size() * 3L);
            for (int c = 0; c < copies && n < articles; c++, n++) {
                List<String> paragraphs = new ArrayList<>(base.paragraphs());
                Collections.shuffle(paragraphs.subList(1, paragraphs.size()), random);
                String text = String.join("\n\n", paragraphs) + "\n\nRef tag" + n + " story " + storyIds.size() + ".";
                String url = "https://outlet" + c + ".example/" + base.id() + "/" + n;
                String id = ArticleIds.articleId(url, text);
                if (storyId == null) {
                    storyId = ArticleIds.storyId(id);
                    canonical = id;
                }
                rows.append(String.join("\t", id, storyId, url, "outlet" + c + ".example", esc(title), "\\N",
                        published.plusMinutes(c).toString(), "en", esc(text), ArticleIds.contentHash(text),
                        c == 0 ? "NEW" : "NEAR", c == 0 ? "\\N" : canonical, c == 0 ? "1.0" : "0.8",
                        published.plusMinutes(c).toString())).append('\n');
            }
            storyIds.add(storyId);
            // article_count is counted after the load
            stories.append(String.join("\t", storyId, esc(title), canonical, "0",
                    published.toString(), published.toString(), published.toString(), "\\N")).append('\n');
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD)) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("COPY stories (id, title, canonical_article_id, article_count, first_published_at, created_at,"
                    + " updated_at, merged_into) FROM STDIN", new StringReader(stories.toString()));
            copy.copyIn("COPY articles (id, story_id, url, source, title, byline, published_at, language, text, content_hash,"
                    + " dedupe_relation, matched_article_id, similarity, decided_at) FROM STDIN", new StringReader(rows.toString()));
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE stories s SET article_count = (SELECT count(*) FROM articles a WHERE a.story_id = s.id)");
                st.execute("ANALYZE");
            }
        }
        return storyIds;
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private void report(String what, double[] ms, double[] baseline) {
        out.printf("  %-42s p50 %7.2f ms  p99 %7.2f ms  (p50 %.1f× the baseline)%n", what, ms[0], ms[1], ms[0] / baseline[0]);
    }

    /** p50 and p99 in milliseconds of {@code count} sequential requests; every answer must be 200. */
    private static double[] measure(HttpClient http, Supplier<String> url, int count) throws Exception {
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.get())).GET().build();
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
        }
        Arrays.sort(ms);
        return new double[] {ms[count / 2], ms[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)]};
    }


    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
