package io.wirecopy.dedupe.messaging;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.service.ArticleVersions;
import io.wirecopy.dedupe.service.DedupeEngine;
import io.wirecopy.dedupe.service.DedupeState;
import io.wirecopy.dedupe.service.EventSizes;
import io.wirecopy.dedupe.service.QuoteRecord;
import io.wirecopy.shared.DeadLetter;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
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

    @Inject
    public DedupeTopology(MeterRegistry metrics, DedupeConfig config) {
        this(metrics, config, Clock.systemUTC(), Topics.ARTICLES, Topics.DEDUPE);
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

    @Produces
    public Topology topology() {
        Topology topology = new Topology();
        topology.addSource(SOURCE, Serdes.String().deserializer(), Serdes.String().deserializer(), articlesTopic);
        topology.addProcessor(PROCESSOR, DedupeProcessor::new, SOURCE);
        storeBuilders().forEach(store -> topology.addStateStore(store, PROCESSOR));
        topology.addSink(DECISIONS_SINK, dedupeTopic, Serdes.String().serializer(), Serdes.String().serializer(), PROCESSOR);
        topology.addSink(DLQ_SINK, dlqTopic, Serdes.String().serializer(), Serdes.String().serializer(), PROCESSOR);
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

    /** Adapts the stores to {@link DedupeState} and hands each article to the engine. */
    private final class DedupeProcessor implements Processor<String, String, String, String> {

        private ProcessorContext<String, String> context;
        private DedupeEngine engine;
        private Timer decisionTime;
        private DistributionSummary candidates;

        @Override
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
            long start = System.nanoTime();
            this.engine = new DedupeEngine(state(context::getStateStore), config);
            DedupeEngine.Size size = engine.size();
            LOG.infof("in-memory index rebuilt: %d articles, %d stories, %d keys in %.1f s", size.articles(), size.stories(),
                    size.indexKeys(), (System.nanoTime() - start) / 1e9);
            running.set(engine);
            this.decisionTime = Timer.builder("wirecopy.dedupe.decision.time").publishPercentiles(0.5, 0.99)
                    .description("time to decide one article").register(metrics);
            this.candidates = DistributionSummary.builder("wirecopy.dedupe.candidates")
                    .description("earlier articles verified as copies per article (LSH and containment candidates)").register(metrics);
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
            ArticleIngested article;
            try {
                article = EventJson.read(record.value(), ArticleIngested.class);
            } catch (RuntimeException e) {
                // ingest validates what it publishes; anything else on the topic is kept in the DLQ with the reason
                deadLetter(record, "not an ArticleIngested: " + e.getMessage(), e.getClass().getName());
                return;
            }
            long start = System.nanoTime();
            DedupeEngine.Decision decision = engine.decide(article, OffsetDateTime.now(clock));
            decisionTime.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            candidates.record(decision.candidates().size());
            metrics.counter("wirecopy.dedupe.decisions", "outcome", decision.outcome().name().toLowerCase()).increment();
            metrics.counter("wirecopy.dedupe.passages").increment(decision.passages());
            metrics.counter("wirecopy.dedupe.merges").increment(decision.merges());
            if (decision.forgottenVersions() > 0) {
                metrics.counter("wirecopy.dedupe.versions.forgotten").increment(decision.forgottenVersions());
            }
            for (DedupeEvent event : decision.events()) {
                EventSizes.Fitted fitted = EventSizes.fit(event, Topics.MAX_MESSAGE_BYTES);
                if (fitted.droppedPassages() > 0) {
                    LOG.warnf("%s: %d passages left out of its decision to fit %d bytes", article.article().id(),
                            fitted.droppedPassages(), Topics.MAX_MESSAGE_BYTES);
                    metrics.counter("wirecopy.dedupe.passages.dropped").increment(fitted.droppedPassages());
                }
                if (fitted.json() == null) {
                    deadLetter(record, "the decision for " + article.article().id() + " does not fit "
                            + Topics.MAX_MESSAGE_BYTES + " bytes", "RecordTooLargeException");
                    continue;
                }
                context.forward(new Record<>(article.article().id(), fitted.json(), record.timestamp()), DECISIONS_SINK);
            }
        }

        /** The record, unchanged, to the DLQ with the error headers; committed with the rest (exactly-once). */
        private void deadLetter(Record<String, String> record, String reason, String errorClass) {
            var source = context.recordMetadata().orElse(null);
            DeadLetter letter = new DeadLetter(reason, errorClass, source == null ? articlesTopic : source.topic(),
                    source == null ? -1 : source.partition(), source == null ? -1 : source.offset());
            LOG.warnf("%s-%d@%d -> %s: %s", letter.topic(), letter.partition(), letter.offset(), dlqTopic, reason);
            Headers headers = new RecordHeaders(record.headers().toArray());
            letter.headers().forEach(headers::add);
            context.forward(new Record<>(record.key(), record.value(), record.timestamp(), headers), DLQ_SINK);
            metrics.counter("wirecopy.dedupe.records.dead.lettered").increment();
        }
    }
}
