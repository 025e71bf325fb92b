package io.wirecopy.dedupe.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirecopy.dedupe.service.DedupeEngine;
import io.wirecopy.dedupe.service.DedupeState;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.jboss.logging.Logger;

/**
 * {@code news.articles} → dedupe decisions → {@code news.dedupe}. One processor holds the decision
 * logic ({@link DedupeEngine}) over two persistent, changelogged stores:
 * {@value #ARTICLES_STORE} (article id → story and content hash) and {@value #EXACT_STORE}
 * (content hash → first article and its story). With {@code exactly_once_v2} the store updates and the
 * emitted events commit together.
 *
 * <p>One partition: every article must meet every earlier one, so {@code news.articles} has one
 * partition and one task. The path to many is in DESIGN.md (repartition by LSH band bucket).
 */
@ApplicationScoped
public class DedupeTopology {

    public static final String ARTICLES_STORE = "dedupe-articles";
    public static final String EXACT_STORE = "dedupe-exact";

    private static final Logger LOG = Logger.getLogger(DedupeTopology.class);

    private final MeterRegistry metrics;
    private final Clock clock;

    @Inject
    public DedupeTopology(MeterRegistry metrics) {
        this(metrics, Clock.systemUTC());
    }

    DedupeTopology(MeterRegistry metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    @Produces
    public Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES_STORE),
                Serdes.String(), JsonSerde.of(DedupeState.ArticleState.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EXACT_STORE),
                Serdes.String(), JsonSerde.of(DedupeState.ExactEntry.class)));
        builder.stream(Topics.ARTICLES, Consumed.with(Serdes.String(), Serdes.String()))
                .process(DedupeProcessor::new, ARTICLES_STORE, EXACT_STORE)
                .to(Topics.DEDUPE, Produced.with(Serdes.String(), Serdes.String()));
        return builder.build();
    }

    /** Adapts the stores to {@link DedupeState} and hands each article to the engine. */
    private final class DedupeProcessor implements Processor<String, String, String, String> {

        private ProcessorContext<String, String> context;
        private DedupeEngine engine;

        @Override
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
            KeyValueStore<String, DedupeState.ArticleState> articles = context.getStateStore(ARTICLES_STORE);
            KeyValueStore<String, DedupeState.ExactEntry> exact = context.getStateStore(EXACT_STORE);
            this.engine = new DedupeEngine(new DedupeState(
                    DedupeState.Table.of(articles::get, articles::put), DedupeState.Table.of(exact::get, exact::put)));
        }

        @Override
        public void process(Record<String, String> record) {
            ArticleIngested article;
            try {
                article = EventJson.read(record.value(), ArticleIngested.class);
            } catch (RuntimeException e) {
                // ingest validates what it publishes; anything else on the topic is skipped, loudly
                LOG.errorf("skipping a record of %s that is not an ArticleIngested (key %s): %s", Topics.ARTICLES,
                        record.key(), e.getMessage());
                metrics.counter("wirecopy.dedupe.records.skipped").increment();
                return;
            }
            DedupeEngine.Decision decision = engine.decide(article, OffsetDateTime.now(clock));
            metrics.counter("wirecopy.dedupe.decisions", "outcome", decision.outcome().name().toLowerCase()).increment();
            for (DedupeEvent event : decision.events()) {
                context.forward(new Record<>(article.article().id(), EventJson.write(event), record.timestamp()));
            }
        }
    }
}
