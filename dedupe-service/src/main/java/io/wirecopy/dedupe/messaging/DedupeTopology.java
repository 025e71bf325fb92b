package io.wirecopy.dedupe.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.service.ArticleVersions;
import io.wirecopy.dedupe.service.DedupeEngine;
import io.wirecopy.dedupe.service.DedupeState;
import io.wirecopy.dedupe.service.QuoteRecord;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.jboss.logging.Logger;

/**
 * {@code news.articles} → dedupe decisions → {@code news.dedupe}; a record that is not an article goes,
 * unchanged and with the error headers, to {@code news.articles.dlq}, in the same transaction. One processor holds the decision
 * logic ({@link DedupeEngine}) over four persistent, changelogged stores (one record per article, one per story,
 * one per quote, one per article with more than one version, {@link DedupeState}); its index lives in memory and is rebuilt from the articles store when
 * the task starts (after Kafka Streams has restored the store). With {@code exactly_once_v2} the store
 * updates and the emitted events commit together, so a restart neither repeats nor loses a decision. A wall-clock punctuator forgets articles older than
 * {@code wirecopy.dedupe.retention}. The renderings step ({@link RenderingStep}) is a second sub-topology, after it.
 *
 * <p>One partition: every article must meet every earlier one, so {@code news.articles} has one
 * partition and one task. The path to many is in docs/architecture.md, "Scale past one machine".
 */
@ApplicationScoped
public class DedupeTopology {

    public static final String ARTICLES_STORE = "dedupe-articles";
    public static final String STORIES_STORE = "dedupe-stories";
    public static final String QUOTES_STORE = "dedupe-quotes";
    public static final String VERSIONS_STORE = "dedupe-versions";

    static final String SOURCE = "articles";
    static final String PROCESSOR = "dedupe";
    static final String DECISIONS_SINK = "decisions";
    static final String DLQ_SINK = "dead-letters";

    /** Articles forgotten per punctuation at most, so one punctuation stays short. */
    static final int PRUNE_BATCH = 10_000;

    private static final Logger LOG = Logger.getLogger(DedupeTopology.class);

    private final MeterRegistry metrics;
    private final DedupeConfig config;
    private final Clock clock;
    private final String articlesTopic;
    private final String dedupeTopic;
    private final String dlqTopic;
    /** The engine of the running task, for the gauges (registered once; a task started again replaces it). */
    private final AtomicReference<DedupeEngine> running = new AtomicReference<>();
    private final RenderingStep renderings;
    /** Where the shards' topics are created (null: not by this topology, as in tests that create them). */
    private String bootstrap;

    @Inject
    public DedupeTopology(MeterRegistry metrics, DedupeConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this(metrics, config, Clock.systemUTC(), Topics.ARTICLES, Topics.DEDUPE);
        this.bootstrap = bootstrap;
    }

    /** With another clock and other topics than the contract's, for tests; dead letters go to {@code articlesTopic.dlq}. */
    DedupeTopology(MeterRegistry metrics, DedupeConfig config, Clock clock, String articlesTopic, String dedupeTopic) {
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
        this.articlesTopic = articlesTopic;
        this.dedupeTopic = dedupeTopic;
        this.dlqTopic = articlesTopic + ".dlq";
        metrics.gauge("wirecopy.dedupe.articles.remembered", List.of(), running, r -> size(r, DedupeEngine.Size::articles));
        metrics.gauge("wirecopy.dedupe.index.keys", List.of(), running, r -> size(r, DedupeEngine.Size::indexKeys));
        metrics.gauge("wirecopy.dedupe.feature.cache.hit.ratio", List.of(), running,
                r -> size(r, s -> (double) s.cacheHits() / Math.max(1, s.cacheHits() + s.cacheMisses())));
        metrics.gauge("wirecopy.dedupe.quotes.remembered", List.of(), running, r -> size(r, DedupeEngine.Size::quotes));
        metrics.gauge("wirecopy.dedupe.speakers", List.of(), running, r -> size(r, DedupeEngine.Size::speakers));
        this.renderings = new RenderingStep(metrics, config, clock);
    }

    private static double size(AtomicReference<DedupeEngine> running, java.util.function.ToDoubleFunction<DedupeEngine.Size> of) {
        DedupeEngine engine = running.get();
        return engine == null ? Double.NaN : of.applyAsDouble(engine.size());
    }

    /**
     * The topology the service runs: one task deciding every article, or, with {@code wirecopy.dedupe.shards} set, the
     * sharded one ({@link ShardedTopology}, whose topics are created first when missing).
     */
    @Produces
    public Topology topology() {
        if (config.shards() > 0 && bootstrap != null) {
            ShardedTopology.createTopics(bootstrap, dedupeTopic, config.shards());
        }
        Topology topology = new Topology();
        if (config.shards() > 0) {
            new ShardedTopology(metrics, config, clock, running, articlesTopic, dedupeTopic, dlqTopic).addTo(topology);
        } else {
            topology.addSource(SOURCE, Serdes.String().deserializer(), Serdes.String().deserializer(), articlesTopic);
            topology.addProcessor(PROCESSOR, DedupeProcessor::new, SOURCE);
            storeBuilders().forEach(store -> topology.addStateStore(store, PROCESSOR));
            topology.addSink(DECISIONS_SINK, dedupeTopic, Serdes.String().serializer(), Serdes.String().serializer(), PROCESSOR);
            topology.addSink(DLQ_SINK, dlqTopic, Serdes.String().serializer(), Serdes.String().serializer(), PROCESSOR);
        }
        if (config.quotes().enabled() && config.quotes().renderings().enabled()) {
            renderings.addTo(topology, dedupeTopic); // a sub-topology of its own, after the decisions
        }
        return topology;
    }

    /** The four persistent stores of {@link DedupeState}, as the topology declares them (the bench builds them too). */
    public static List<StoreBuilder<? extends KeyValueStore<String, ?>>> storeBuilders() {
        return List.of(store(ARTICLES_STORE, Serdes.ByteArray()),
                store(STORIES_STORE, JsonSerde.of(DedupeState.StoryState.class)),
                store(QUOTES_STORE, JsonSerde.of(QuoteRecord.class)),
                store(VERSIONS_STORE, JsonSerde.of(ArticleVersions.class)));
    }

    /** {@link DedupeState} over the stores of {@link #storeBuilders()}, looked up by name. */
    @SuppressWarnings("unchecked")
    public static DedupeState state(Function<String, KeyValueStore<String, ?>> stores) {
        return new DedupeState(new ArticleRecordTable((KeyValueStore<String, byte[]>) stores.apply(ARTICLES_STORE)),
                new StoreTable<>((KeyValueStore<String, DedupeState.StoryState>) stores.apply(STORIES_STORE)),
                new StoreTable<>((KeyValueStore<String, QuoteRecord>) stores.apply(QUOTES_STORE)),
                new StoreTable<>((KeyValueStore<String, ArticleVersions>) stores.apply(VERSIONS_STORE)));
    }

    /**
     * A persistent, changelogged store of string keys (the renderings step's too), cached: a key written more than once
     * between two commits (a quote remembered and then given its embeddings, a story its members, a quote another
     * carrier) goes to RocksDB and to the changelog once, at the commit.
     */
    static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        // an article's record holds its text (compressed): at most what news.articles carries
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values)
                .withLoggingEnabled(Map.of("max.message.bytes", Integer.toString(Topics.MAX_MESSAGE_BYTES)))
                .withCachingEnabled();
    }

    /**
     * The article a record of {@code news.articles} holds, or null when it holds none (it went to the DLQ with the
     * reason: ingest validates what it publishes; anything else on the topic is kept there).
     */
    static ArticleIngested ingested(Record<String, String> record, DecisionOutput output) {
        try {
            return EventJson.read(record.value(), ArticleIngested.class);
        } catch (RuntimeException e) {
            output.deadLetter(record, "not an ArticleIngested: " + e.getMessage(), e.getClass().getName());
            return null;
        }
    }

    /** Adapts the stores to {@link DedupeState} and hands each article to the engine. */
    private final class DedupeProcessor implements Processor<String, String, String, String> {

        private DedupeEngine engine;
        private DecisionOutput output;

        @Override
        public void init(ProcessorContext<String, String> context) {
            long start = System.nanoTime();
            this.engine = new DedupeEngine(state(context::getStateStore), config);
            DedupeEngine.Size size = engine.size();
            LOG.infof("in-memory index rebuilt: %d articles, %d stories, %d keys in %.1f s", size.articles(), size.stories(),
                    size.indexKeys(), (System.nanoTime() - start) / 1e9);
            running.set(engine);
            this.output = new DecisionOutput(metrics, context, articlesTopic, dlqTopic);
            context.schedule(config.pruneInterval(), PunctuationType.WALL_CLOCK_TIME, now -> {
                int forgotten = engine.prune(now - config.retention().toMillis(), PRUNE_BATCH);
                if (forgotten > 0) {
                    LOG.infof("forgot %d articles older than %s", forgotten, config.retention());
                    metrics.counter("wirecopy.dedupe.articles.forgotten").increment(forgotten);
                }
                int quotes = engine.pruneQuotes(now - config.retention().toMillis(), PRUNE_BATCH);
                if (quotes > 0) {
                    LOG.infof("forgot %d quotes first seen more than %s ago", quotes, config.retention());
                    metrics.counter("wirecopy.dedupe.quotes.forgotten").increment(quotes);
                }
            });
        }

        @Override
        public void process(Record<String, String> record) {
            ArticleIngested article = ingested(record, output);
            if (article == null) {
                return;
            }
            long start = System.nanoTime();
            DedupeEngine.Decision decision = engine.decide(article, OffsetDateTime.now(clock));
            output.decided(article, decision, System.nanoTime() - start, record.timestamp(), () -> record);
        }
    }
}
