package io.wirecopy.bench;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.config.StandaloneConfig;
import io.wirecopy.dedupe.messaging.DedupeTopology;
import io.wirecopy.dedupe.service.DedupeEngine;
import io.wirecopy.dedupe.service.RenderingEngine;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.dedupe.similarity.Lsh;
import io.wirecopy.dedupe.similarity.MinHash;
import io.wirecopy.dedupe.similarity.Shingles;
import io.wirecopy.shared.text.TextNormalizer;
import io.wirecopy.testing.corpus.LabelledArticle;
import io.wirecopy.testing.corpus.SyntheticStories;
import io.wirecopy.testing.corpus.WireCorpus;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The dedupe engine's cost as its index grows: the articles of the labelled generator (synthetic base
 * stories, any number) decided one by one by {@link DedupeEngine} over the service's own RocksDB stores
 * (built as the topology builds them, changelogging off: the changelog is Kafka's cost, measured by the
 * pipeline bench). After each index size of {@link #SIZES} up to the largest, the next {@code window}
 * decisions are timed one by one (the decision only: the stores are flushed every 10,000 decisions, as
 * Kafka Streams' checkpoints do, outside the timing), the state directory is measured on disk and the
 * heap after a full GC. At the end the stores are closed and opened again, and the engine's rebuild of
 * its in-memory index from them is timed: what a restart with the local state costs on top of Kafka
 * Streams' own restore. LSH candidate recall is measured on the articles of the last window against
 * brute-force exact Jaccard over all their pairs.
 */
final class DedupeScale {

    static final int[] SIZES = {1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000};

    record Point(int indexed, double p50Us, double p99Us, double meanUs, long stateBytes, long heapBytes) {
    }

    /** The points, LSH recall, words per article, throughput, feature cache hit rate, and the rebuild after reopening. */
    record Result(List<Point> points, double lshRecall, long lshHits, long lshPairs, double wordsPerArticle,
            double decisionsPerS, double cacheHitRate, int rebuiltArticles, double rebuildSeconds) {
    }

    private final PrintStream out;
    private final Path dir;
    private final int largest;
    private final int window;

    DedupeScale(PrintStream out, Path dir, int largest, int window) {
        this.out = out;
        this.dir = dir;
        this.largest = largest;
        this.window = window;
    }

    Result run() throws Exception {
        Local.deleteTree(dir);
        Files.createDirectories(dir);
        DedupeConfig config = StandaloneConfig.defaults();
        // about six articles per base story; a story every minute, so copies of ~600 stories interleave
        Iterator<LabelledArticle> articles = WireCorpus.stream(17,
                WireCorpus.Options.defaults().withStoryEvery(Duration.ofMinutes(1)),
                SyntheticStories.generate(17, (largest + window) / 5 + 100));
        long heapBefore = heapAfterGc(); // the generator's base stories are not the engine's
        Map<String, KeyValueStore<String, ?>> stores = open();
        DedupeEngine engine = new DedupeEngine(DedupeTopology.state(stores::get), config);
        renderer = new RenderingEngine(new io.wirecopy.dedupe.service.DedupeState.MapTable<>(), config.quotes().renderings());
        OffsetDateTime now = OffsetDateTime.parse("2026-11-23T10:00:00Z");

        List<Point> points = new ArrayList<>();
        List<LabelledArticle> sample = new ArrayList<>();
        long words = 0;
        long decideNanos = 0;
        int n = 0;
        int sampled = largestSize();
        long start = System.nanoTime();
        try {
            for (int size : SIZES) {
                if (size > largest) {
                    break;
                }
                while (n < size) {
                    decideNanos += decide(engine, articles.next(), now, n < RENDER_ALL);
                    n++;
                    flushEvery10k(stores, n);
                    progress(n, start);
                }
                flush(stores);
                long stateBytes = Local.bytes(dir);
                long heapBytes = heapAfterGc() - heapBefore;
                double[] us = new double[window];
                double[] renderUs = new double[window];
                for (int i = 0; i < window; i++) {
                    LabelledArticle a = articles.next();
                    if (size == sampled) {
                        sample.add(a);
                    }
                    words += TextNormalizer.tokens(a.article().text()).size();
                    long t = decide(engine, a, now, true);
                    decideNanos += t;
                    us[i] = t / 1e3;
                    renderUs[i] = renderNanos / 1e3;
                    n++;
                    flushEvery10k(stores, n);
                }
                Arrays.sort(us);
                Point p = new Point(size, Stats.percentile(us, 0.5), Stats.percentile(us, 0.99),
                        Arrays.stream(us).average().orElse(0), stateBytes, heapBytes);
                points.add(p);
                out.printf("  %,10d indexed: decision p50 %7.1f µs  p99 %7.1f µs  mean %7.1f µs  state %,.0f bytes/article"
                        + "  heap %,.0f bytes/article%n", size, p.p50Us(), p.p99Us(), p.meanUs(), (double) stateBytes / size,
                        (double) heapBytes / size);
                Arrays.sort(renderUs);
                out.printf("  %,10d indexed: renderings step (after the decision, its own task) p50 %7.1f µs  p99 %7.1f µs  mean %7.1f µs%n",
                        size, Stats.percentile(renderUs, 0.5), Stats.percentile(renderUs, 0.99),
                        Arrays.stream(renderUs).average().orElse(0));
            }
        } finally {
            flush(stores);
            for (StateStore store : stores.values()) {
                store.close();
            }
        }
        RenderingEngine.Size rendered = renderer.size();
        out.printf("  renderings step: %,d sentences embedded (%.2f ms each), %,d taken from an earlier quote's, %,d quotes of %,d speakers%n",
                rendered.sentencesEmbedded(), rendered.embeddingNanos() / 1e6 / Math.max(1, rendered.sentencesEmbedded()),
                rendered.sentencesReused(), rendered.quotes(), rendered.speakers());
        DedupeEngine.Size size = engine.size();
        double hitRate = (double) size.cacheHits() / Math.max(1, size.cacheHits() + size.cacheMisses());
        out.printf("  feature cache: %.1f%% of candidate lookups answered from memory (%,d of %,d)%n", 100 * hitRate,
                size.cacheHits(), size.cacheHits() + size.cacheMisses());
        engine = null;
        heapAfterGc();
        stores = open();
        long t0 = System.nanoTime();
        DedupeEngine reopened = new DedupeEngine(DedupeTopology.state(stores::get), config);
        double rebuild = (System.nanoTime() - t0) / 1e9;
        int rebuilt = reopened.size().articles();
        out.printf("  reopened: the in-memory index of %,d articles rebuilt from the stores in %.1f s%n", rebuilt, rebuild);
        for (StateStore store : stores.values()) {
            store.close();
        }
        double[] lsh = lshRecall(sample, config);
        return new Result(points, lsh[0], (long) lsh[1], (long) lsh[2], (double) words / (points.size() * window),
                n / (decideNanos / 1e9), hitRate, rebuilt, rebuild);
    }

    /**
     * The service's stores over {@link #dir}, changelogging off, and their cache off (in the service it collapses a
     * commit's writes of one key; the bench times the engine on RocksDB itself).
     */
    private Map<String, KeyValueStore<String, ?>> open() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "wirecopy-bench");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9");
        MockProcessorContext<String, String> context = new MockProcessorContext<>(props, new TaskId(0, 0), dir.toFile());
        Map<String, KeyValueStore<String, ?>> stores = new LinkedHashMap<>();
        for (StoreBuilder<? extends KeyValueStore<String, ?>> builder : DedupeTopology.storeBuilders()) {
            KeyValueStore<String, ?> store = builder.withLoggingDisabled().withCachingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            stores.put(store.name(), store);
        }
        return stores;
    }

    /** Heap in use after a full collection (the engine's index, its caches and the stores' Java side). */
    private static long heapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    private int largestSize() {
        int size = 0;
        for (int s : SIZES) {
            if (s <= largest) {
                size = s;
            }
        }
        return size;
    }

    /** The renderings step, run after each decision as the topology runs it (its own task there), timed apart. */
    private RenderingEngine renderer;
    private long renderNanos;

    /**
     * Articles whose decisions the renderings step reads, every one up to here, then only the measured windows: the
     * model over a million articles would take the run an hour more, and the step's time depends on its speakers'
     * recent quotes (a week's window), not on how many articles dedupe indexes.
     */
    static final int RENDER_ALL = 50_000;

    private long decide(DedupeEngine engine, LabelledArticle a, OffsetDateTime now, boolean render) {
        ArticleIngested ingested = ArticleIngested.of(a.article(), now);
        long t = System.nanoTime();
        var decision = engine.decide(ingested, now);
        long dt = System.nanoTime() - t;
        long r = System.nanoTime();
        if (render) {
            decision.events().forEach(renderer::render);
        }
        renderNanos = System.nanoTime() - r;
        return dt;
    }

    /**
     * Kafka Streams flushes a task's stores when it checkpoints: at a commit once 10,000 records went by
     * since the last checkpoint ({@code StateManagerUtil.OFFSET_DELTA_THRESHOLD_FOR_CHECKPOINT}).
     */
    private static void flushEvery10k(Map<String, KeyValueStore<String, ?>> stores, int decided) {
        if (decided % 10_000 == 0) {
            flush(stores);
        }
    }

    private static void flush(Map<String, KeyValueStore<String, ?>> stores) {
        stores.values().forEach(StateStore::flush);
    }

    private long lastReport;

    private void progress(int n, long start) {
        long t = System.nanoTime();
        if (t - lastReport > 15_000_000_000L) {
            lastReport = t;
            out.printf("  ... %,d articles decided (%.0f s)%n", n, (t - start) / 1e9);
        }
    }

    /**
     * Over all pairs of distinct texts in the sample: the share of the pairs whose exact shingle
     * Jaccard is at or above the threshold that share an LSH bucket. Pairs are found through an
     * inverted index of shingles (every pair sharing one shingle gets its exact count), so none is missed.
     * Returns {recall, hits, pairs}.
     */
    static double[] lshRecall(List<LabelledArticle> sample, DedupeConfig config) {
        DedupeConfig.Near near = config.near();
        MinHash minHash = new MinHash(near.permutations(), near.seed());
        Lsh lsh = new Lsh(near.bands(), near.rows());
        Map<String, long[]> byText = new LinkedHashMap<>();
        for (LabelledArticle a : sample) {
            byText.putIfAbsent(a.article().contentHash(),
                    Shingles.set(TextNormalizer.tokens(a.article().text()), near.shingleWords()));
        }
        List<long[]> sets = new ArrayList<>(byText.values());
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            for (long shingle : sets.get(i)) {
                postings.computeIfAbsent(shingle, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        for (List<Integer> docs : postings.values()) {
            for (int x = 0; x < docs.size(); x++) {
                for (int y = x + 1; y < docs.size(); y++) {
                    shared.merge(((long) docs.get(x) << 32) | docs.get(y), 1, Integer::sum);
                }
            }
        }
        List<long[]> buckets = new ArrayList<>();
        for (long[] set : sets) {
            buckets.add(lsh.buckets(minHash.signature(set)));
        }
        long pairs = 0;
        long hits = 0;
        for (Map.Entry<Long, Integer> e : shared.entrySet()) {
            int i = (int) (e.getKey() >>> 32);
            int j = (int) (long) e.getKey();
            int inter = e.getValue();
            double jaccard = (double) inter / (sets.get(i).length + sets.get(j).length - inter);
            if (jaccard >= near.jaccard()) {
                pairs++;
                hits += Lsh.sharedBands(buckets.get(i), buckets.get(j)) > 0 ? 1 : 0;
            }
        }
        return new double[] {pairs == 0 ? 1.0 : (double) hits / pairs, hits, pairs};
    }
}
