package io.wirecopy.bench;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.dedupe.service.ShardSimulation;
import io.wirecopy.shared.event.Article;
import io.wirecopy.testing.corpus.LabelledArticle;
import io.wirecopy.testing.corpus.SyntheticStories;
import io.wirecopy.testing.corpus.WireCorpus;
import java.io.PrintStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code bench/run shards}: dedupe split over key shards ({@link ShardSimulation}) against one engine. First, the same
 * decisions: for 1, 2, 3, 8 and 64 shards, {@code schedules} random schedules each (which shard reads next, the order
 * answers reach the spine, requests read again as after a crash) over labelled corpora with re-sent and revised
 * articles, every decision's events compared with one engine's. Then what the shards hold and exchange for
 * {@code articles} articles of the generator (Zipf words, template-heavy outlets): keys per shard and their skew,
 * requests and answers per article and their bytes.
 */
final class ShardRun {

    static final int[] SHARDS = {1, 2, 3, 8, 64};
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-23T10:00:00Z");

    private final PrintStream out;
    private final long articles;
    private final int schedules;

    ShardRun(PrintStream out, long articles, int schedules) {
        this.out = out;
        this.articles = articles;
        this.schedules = schedules;
    }

    void run() {
        DedupeConfig config = StandaloneConfig.defaults();
        out.printf("## Dedupe over key shards (bench/run shards --articles %d --schedules %d)%n%n", articles, schedules);
        long start = System.nanoTime();
        int runs = 0;
        int differing = 0;
        long decisions = 0;
        long replayed = 0;
        for (long seed = 1; seed <= 2; seed++) {
            List<Article> corpus = corpus(seed);
            List<String> one = ShardSimulation.oneEngine(corpus, config, AT);
            for (int shards : SHARDS) {
                for (int s = 0; s < schedules / 2; s++) {
                    ShardSimulation.Result r = ShardSimulation.run(corpus, config, AT, shards,
                            new Random(seed * 1_000_003L + shards * 1000L + s), 0.05);
                    runs++;
                    decisions += r.decisions().size();
                    replayed += r.answersReplayed();
                    for (int i = 0; i < one.size(); i++) {
                        if (!one.get(i).equals(r.decisions().get(i))) {
                            differing++;
                        }
                    }
                }
                System.err.printf("  ... corpus %d, %d shards: %d schedules (%.0f s)%n", seed, shards, schedules / 2,
                        (System.nanoTime() - start) / 1e9);
            }
        }
        out.printf(Locale.ROOT, "same decisions: %d schedules over %s shards (two corpora of %d and %d articles with re-sent "
                + "and revised ones), %,d decisions, %,d requests read again: **%d decisions differ from one engine's**%n%n",
                runs, java.util.Arrays.toString(SHARDS), corpus(1).size(), corpus(2).size(), decisions, replayed, differing);
        out.printf("shard_schedules=%d%nshard_decisions_differing=%d%n%n", runs, differing);

        long loadStart = System.nanoTime();
        Iterator<Article> stream = generated();
        List<ShardSimulation.Load> loads = ShardSimulation.load(stream, articles, config, SHARDS, n -> {
            if (n % 100_000 == 0) {
                System.err.printf("  ... %,d articles through the shards (%.0f s)%n", n, (System.nanoTime() - loadStart) / 1e9);
            }
        });
        long one = loads.get(0).totalKeys();
        out.printf(Locale.ROOT, "what the shards hold and exchange, %,d generated articles (%.0f s):%n%n", articles,
                (System.nanoTime() - loadStart) / 1e9);
        out.println("| shards | keys, all shards | keys, largest shard | largest / (one shard's / N) | requests per article "
                + "| request bytes per article | answers per article | answer bytes per article |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (ShardSimulation.Load l : loads) {
            double skew = (double) l.maxKeys() / ((double) one / l.shards());
            out.printf(Locale.ROOT, "| %d | %,d | %,d | %.3f | %.2f | %.0f | %.2f | %.0f |%n", l.shards(), l.totalKeys(),
                    l.maxKeys(), skew, (double) l.requests() / l.articles(), (double) l.requestBytes() / l.articles(),
                    (double) l.answers() / l.articles(), (double) l.answerBytes() / l.articles());
            out.printf(Locale.ROOT, "shard_skew_%d=%.3f%n", l.shards(), skew);
        }
        out.println();
    }

    /** A labelled corpus's articles, then every 17th sent again and in a new version. */
    static List<Article> corpus(long seed) {
        return ShardSimulation.withResentAndRevised(
                WireCorpus.generate(seed).articles().stream().map(LabelledArticle::article).toList(), AT);
    }

    /** The dedupe bench's stream: about six articles per base story, a story a minute. */
    private Iterator<Article> generated() {
        Iterator<LabelledArticle> labelled = WireCorpus.stream(17, WireCorpus.Options.defaults().withStoryEvery(Duration.ofMinutes(1)),
                SyntheticStories.generate(17, (int) (articles / 5 + 100)));
        return new Iterator<>() {
            public boolean hasNext() {
                return labelled.hasNext();
            }

            public Article next() {
                return labelled.next().article();
            }
        };
    }
}
