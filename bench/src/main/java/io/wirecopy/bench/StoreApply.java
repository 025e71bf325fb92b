package io.wirecopy.bench;

import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.shared.event.Quote;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.event.Reuse;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.shared.text.Hashing;
import io.wirecopy.testing.KafkaBroker;
import io.wirecopy.testing.PostgresServer;
import io.wirecopy.testing.TopicProbe;
import io.wirecopy.testing.corpus.BaseStory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The store's cost of applying decisions, every feature on: N generated {@code ArticleDeduplicated} events
 * (stories of 1 to 7 copies; copies with reuse; every article with the story's quotes, their speakers and a
 * rendering; every fifth story lifting a passage from the one before) wait on {@code news.dedupe}, then the
 * packaged store-service jar (embedded PostgreSQL, in-JVM broker) applies them all, after a quarter as many
 * unmeasured (the service's code compiled, as in a service that has run a while). Reported: the store's
 * and PostgreSQL's CPU per article while applying, and the wall rate against the baseline of the same run,
 * COPY of the rows the store wrote into a fresh database.
 */
final class StoreApply {

    private final PrintStream out;
    private final Path root;
    private final int articles;

    StoreApply(PrintStream out, Path root, int articles) {
        this.out = out;
        this.root = root;
        this.articles = articles;
    }

    void run() throws Exception {
        Path data = root.resolve("bench/target/store-apply");
        Local.deleteTree(data);
        try (KafkaBroker kafka = KafkaBroker.start(0, data.resolve("kafka"));
                PostgresServer pg = PostgresServer.start(Local.freePort(), data.resolve("postgres"))) {
            KafkaBroker.createTopics(kafka.bootstrapServers(), 1, Topics.ALL);
            int warmUp = articles / 4;
            List<Map.Entry<String, String>> all = events(warmUp + articles);
            List<Map.Entry<String, String>> events = all.subList(warmUp, all.size());
            int port = Local.freePort();
            Process service = StoreJar.start(root, pg, kafka.bootstrapServers(), port, "store-apply.log");
            out.println("store-service: " + System.getenv().getOrDefault("STORE_JAR", "this build"));
            try {
                StoreJar.await(port, "/q/health/ready", "store-apply.log");
                Thread.sleep(2000); // the consumer joined its group
                // the same work first, unmeasured: the service's code compiled as in a service that has run a while
                TopicProbe.sendAll(kafka.bootstrapServers(), Topics.DEDUPE, all.subList(0, warmUp));
                awaitApplied(pg.jdbcUrl(), warmUp);
                double storeBefore = Processes.cpuSeconds(service.pid());
                double pgBefore = Processes.postgresCpuSeconds(data.resolve("postgres"));
                long start = System.nanoTime();
                TopicProbe.sendAll(kafka.bootstrapServers(), Topics.DEDUPE, events);
                awaitApplied(pg.jdbcUrl(), all.size());
                double seconds = (System.nanoTime() - start) / 1e9;
                double store = Processes.cpuSeconds(service.pid()) - storeBefore;
                double postgres = Processes.postgresCpuSeconds(data.resolve("postgres")) - pgBefore;
                double copy = Pipeline.copyBaseline(pg.jdbcUrl());
                out.printf("store apply: %,d decisions (passages, reuse, quotes, renderings) on news.dedupe, after %,d"
                        + " unmeasured%n", articles, warmUp);
                out.printf("  applied in %.1f s: %.0f articles/s (baseline COPY of the same rows: %.0f articles/s; ratio %.3f)%n",
                        seconds, articles / seconds, copy, articles / seconds / copy);
                out.printf("  CPU per article: store-service %.3f ms, postgres %.3f ms%n", store * 1000 / articles,
                        postgres * 1000 / articles);
                out.printf("store_cpu_ms_per_article=%.3f%npostgres_cpu_ms_per_article=%.3f%n", store * 1000 / articles,
                        postgres * 1000 / articles);
            } finally {
                service.destroy();
                service.waitFor();
            }
        }
    }

    static List<Map.Entry<String, String>> events(int articles) {
        List<BaseStory> bases = BaseStory.bundled();
        Random random = new Random(42);
        OffsetDateTime t0 = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        List<Map.Entry<String, String>> out = new ArrayList<>();
        Article previous = null;
        String previousStory = null;
        int stories = 0;
        while (out.size() < articles) {
            BaseStory base = bases.get(random.nextInt(bases.size()));
            int copies = 1 + random.nextInt(7);
            String storyId = null;
            Article first = null;
            OffsetDateTime at = t0.plusMinutes(stories * 3L);
            String speakerId = "p_" + Hashing.sha256Hex("speaker" + stories).substring(0, 16);
            List<Quote> quotes = quotes(base, stories, speakerId);
            for (int c = 0; c < copies && out.size() < articles; c++) {
                List<String> paragraphs = new ArrayList<>(base.paragraphs());
                Collections.shuffle(paragraphs.subList(1, paragraphs.size()), random);
                String text = String.join("\n\n", paragraphs) + "\n\nRef tag" + out.size() + " story " + stories + ".";
                String url = "https://outlet" + c + ".example/" + base.id() + "/" + out.size();
                Article a = new Article(ArticleIds.articleId(url, text), url, "outlet" + c + ".example",
                        base.title() + " " + stories, null, at.plusMinutes(c), "en", text, ArticleIds.contentHash(text));
                ArticleDeduplicated d;
                if (c == 0) {
                    storyId = ArticleIds.storyId(a.id());
                    first = a;
                    List<Passage> lifted = previous != null && stories % 5 == 0 ? List.of(lift(a, previous, previousStory))
                            : List.of();
                    d = ArticleDeduplicated.of(a, storyId, Relation.NEW, null, 1.0, lifted, at);
                } else {
                    d = ArticleDeduplicated.of(a, storyId, Relation.NEAR, first.id(), 0.8, List.of(),
                            new Reuse(0.8, List.of(new Reuse.Source(first.id(), storyId, first.source(), 0.8))),
                            at.plusMinutes(c));
                }
                out.add(Map.entry(storyId, EventJson.write(d.withQuotes(quotes))));
            }
            previous = first;
            previousStory = storyId;
            stories++;
        }
        return out;
    }

    /** The story's quotes: its first sentences as remarks of one speaker, the second a rendering of the first. */
    private static List<Quote> quotes(BaseStory base, int story, String speakerId) {
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < Math.min(3, base.paragraphs().size()); i++) {
            String text = base.paragraphs().get(i);
            String id = "q_" + Hashing.sha256Hex("quote" + story + ":" + i).substring(0, 16);
            List<Quote.Rendering> renderings = i == 1 ? List.of(new Quote.Rendering(out.get(0).id(), 0.7)) : List.of();
            out.add(new Quote(id, text.substring(0, Math.min(200, text.length())), speakerId, "Speaker " + story,
                    List.of("Speaker " + story, "Mr. " + story), renderings));
        }
        return out;
    }

    /** The first ten words of the other article, said again at the start of this one. */
    private static Passage lift(Article a, Article other, String otherStory) {
        return new Passage(other.id(), otherStory, 10, 0, new Passage.Span(0, 10, 0, 40), new Passage.Span(0, 10, 0, 40),
                other.text().substring(0, 40));
    }

    static void awaitApplied(String jdbc, int events) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        try (Connection c = DriverManager.getConnection(jdbc, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement st = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM applied_events")) {
                    rs.next();
                    if (rs.getLong(1) >= events) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the store did not apply " + events + " events in 30 minutes");
    }
}
