package io.wirecopy.bench;

import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.dedupe.service.DedupeEngine;
import io.wirecopy.dedupe.service.DedupeState;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.ArticleRevised;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.testing.KafkaBroker;
import io.wirecopy.testing.PostgresServer;
import io.wirecopy.testing.TopicProbe;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a version of an article costs, every feature on, against a first decision measured in the same run.
 * Dedupe (in-process, the default configuration: quotes, renderings with the MiniLM model): N generated articles
 * (stories of 1 to 7 copies) are decided, and in blocks of 100 alternating with them, a corrected version of 100
 * articles decided before (a word changed, a line added, a modification time an hour later); reported: the median
 * and mean time of a first decision and of a version, and their ratio. Store (the packaged store-service jar,
 * embedded PostgreSQL, in-JVM broker): N decisions, then a latest version of each; reported: store and PostgreSQL
 * CPU per event of each kind, and the bytes {@code article_versions} takes per version kept.
 */
final class VersionCost {

    private final PrintStream out;
    private final Path root;
    private final int articles;

    VersionCost(PrintStream out, Path root, int articles) {
        this.out = out;
        this.root = root;
        this.articles = articles;
    }

    void run() throws Exception {
        List<ArticleDeduplicated> decisions = StoreApply.events(articles + articles / 4).stream()
                .map(e -> EventJson.read(e.getValue(), ArticleDeduplicated.class)).toList();
        dedupe(decisions);
        store(decisions.subList(0, articles));
    }

    /** The corrected version of an article: a word changed, a line added, modified an hour after it was published. */
    static Article corrected(Article a) {
        String text = a.text().replaceFirst(" the ", " a ") + "\n\nThis article was corrected.";
        OffsetDateTime modified = (a.publishedAt() == null ? OffsetDateTime.parse("2025-01-01T00:00:00Z") : a.publishedAt())
                .plusHours(1);
        return new Article(a.id(), a.url(), a.source(), a.title(), a.byline(), a.publishedAt(), a.language(), text,
                ArticleIds.contentHash(text), a.dateline(), a.agencies(), modified);
    }

    private void dedupe(List<ArticleDeduplicated> decisions) {
        DedupeEngine engine = new DedupeEngine(DedupeState.inMemory(), StandaloneConfig.defaults());
        int warmUp = articles / 4;
        OffsetDateTime now = OffsetDateTime.parse("2025-02-01T00:00:00Z");
        for (int i = 0; i < warmUp; i++) { // unmeasured: the code compiled, the model loaded, an index to match
            engine.decide(ArticleIngested.of(decisions.get(i).article(), now), now);
            if (i % 2 == 0) {
                engine.decide(ArticleIngested.of(corrected(decisions.get(i).article()), now), now);
            }
        }
        List<Article> fresh = decisions.subList(warmUp, decisions.size()).stream().map(ArticleDeduplicated::article).toList();
        double[] first = new double[fresh.size()];
        double[] version = new double[fresh.size()];
        int corrections = 0;
        int latest = 0;
        for (int block = 0; block < fresh.size(); block += 100) {
            int end = Math.min(fresh.size(), block + 100);
            for (int i = block; i < end; i++) {
                long t = System.nanoTime();
                engine.decide(ArticleIngested.of(fresh.get(i), now), now);
                first[i] = (System.nanoTime() - t) / 1e6;
            }
            for (int i = block; i < end; i++) {
                long t = System.nanoTime();
                DedupeEngine.Decision d = engine.decide(ArticleIngested.of(corrected(fresh.get(i)), now), now);
                version[i] = (System.nanoTime() - t) / 1e6;
                if (d.outcome() == DedupeEngine.Outcome.REVISED) {
                    ArticleRevised r = (ArticleRevised) d.events().get(0);
                    corrections += r.revision() == ArticleRevised.Revision.CORRECTION ? 1 : 0;
                    latest += r.latest() ? 1 : 0;
                }
            }
        }
        double firstMedian = median(first);
        double versionMedian = median(version);
        out.printf("dedupe, every feature on (quotes, renderings): %,d first decisions and %,d corrected versions, in"
                + " alternating blocks of 100, after %,d unmeasured%n", fresh.size(), fresh.size(), warmUp);
        out.printf("  first decision: median %.3f ms, mean %.3f ms%n", firstMedian, mean(first));
        out.printf("  version:        median %.3f ms, mean %.3f ms (%d corrections, %d latest)%n", versionMedian,
                mean(version), corrections, latest);
        out.printf("  ratio version / first decision (medians): %.3f%n", versionMedian / firstMedian);
        out.printf("dedupe_version_ratio=%.3f%n", versionMedian / firstMedian);
    }

    private void store(List<ArticleDeduplicated> decisions) throws Exception {
        Path data = root.resolve("bench/target/version-cost");
        Local.deleteTree(data);
        List<Map.Entry<String, String>> first = decisions.stream()
                .map(d -> Map.entry(d.article().id(), EventJson.write(d))).toList();
        List<Map.Entry<String, String>> versions = new ArrayList<>();
        for (ArticleDeduplicated d : decisions) {
            Article v = corrected(d.article());
            ArticleRevised r = ArticleRevised.of(v, d.storyId(), d.article().contentHash(), true,
                    ArticleRevised.Revision.CORRECTION, 0.9, v.modifiedAt(), v.modifiedAt())
                    .sharing(d.passages(), d.reuse(), d.quotes());
            versions.add(Map.entry(d.article().id(), EventJson.write(r)));
        }
        try (KafkaBroker kafka = KafkaBroker.start(0, data.resolve("kafka"));
                PostgresServer pg = PostgresServer.start(Local.freePort(), data.resolve("postgres"))) {
            KafkaBroker.createTopics(kafka.bootstrapServers(), 1, Topics.ALL);
            int port = Local.freePort();
            Process service = StoreJar.start(root, pg, kafka.bootstrapServers(), port, "version-cost.log");
            try {
                StoreJar.await(port, "/q/health/ready", "version-cost.log");
                Thread.sleep(2000);
                int warmUp = decisions.size() / 4; // unmeasured: the service's code compiled
                TopicProbe.sendAll(kafka.bootstrapServers(), Topics.DEDUPE, first.subList(0, warmUp));
                TopicProbe.sendAll(kafka.bootstrapServers(), Topics.DEDUPE, versions.subList(0, warmUp));
                StoreApply.awaitApplied(pg.jdbcUrl(), 2 * warmUp);
                String kafkaAt = kafka.bootstrapServers();
                double[] decided = applied(service, data, pg, kafkaAt, first.subList(warmUp, first.size()),
                        decisions.size() + warmUp);
                double[] revised = applied(service, data, pg, kafkaAt, versions.subList(warmUp, versions.size()),
                        2 * decisions.size());
                int n = decisions.size() - warmUp;
                out.printf("store: %,d decisions, then a latest version of each (after %,d of each unmeasured)%n", n, warmUp);
                out.printf("  CPU per decision: store-service %.3f ms, postgres %.3f ms%n", decided[0] * 1000 / n,
                        decided[1] * 1000 / n);
                out.printf("  CPU per version:  store-service %.3f ms, postgres %.3f ms%n", revised[0] * 1000 / n,
                        revised[1] * 1000 / n);
                out.printf("  ratio version / decision (store + postgres CPU): %.3f%n",
                        (revised[0] + revised[1]) / (decided[0] + decided[1]));
                try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
                        Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("""
                                SELECT count(*), pg_total_relation_size('article_versions'),
                                       avg(octet_length(text)), (SELECT avg(octet_length(text)) FROM articles)
                                FROM article_versions""")) {
                    rs.next();
                    long rows = rs.getLong(1);
                    out.printf("  article_versions: %,d versions (two per article: the first copied in, the new one),"
                            + " %,d bytes with indexes and TOAST: %.0f bytes per version, of which text %.0f bytes"
                            + " (an article's text: %.0f bytes)%n", rows, rs.getLong(2), (double) rs.getLong(2) / rows,
                            rs.getDouble(3), rs.getDouble(4));
                    out.printf("store_bytes_per_version=%.0f%n", (double) rs.getLong(2) / rows);
                }
            } finally {
                service.destroy();
                service.waitFor();
            }
        }
    }

    /** Store and PostgreSQL CPU seconds to apply these events, waiting until {@code total} are applied. */
    private static double[] applied(Process service, Path data, PostgresServer pg, String kafka,
            List<Map.Entry<String, String>> events, int total) throws Exception {
        double store = Processes.cpuSeconds(service.pid());
        double postgres = Processes.postgresCpuSeconds(data.resolve("postgres"));
        TopicProbe.sendAll(kafka, Topics.DEDUPE, events);
        StoreApply.awaitApplied(pg.jdbcUrl(), total);
        return new double[] {Processes.cpuSeconds(service.pid()) - store,
                Processes.postgresCpuSeconds(data.resolve("postgres")) - postgres};
    }

    private static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        return Stats.percentile(sorted, 0.5);
    }

    private static double mean(double[] xs) {
        return Arrays.stream(xs).average().orElse(0);
    }
}
