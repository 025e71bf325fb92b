package io.wirecopy.dedupe.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.service.DedupeState;
import io.wirecopy.dedupe.service.RenderedQuote;
import io.wirecopy.dedupe.service.RenderingEngine;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.EventJson;
import io.wirecopy.shared.event.QuotesRendered;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.jboss.logging.Logger;

/**
 * The renderings step, a sub-topology of its own: {@code news.dedupe} (the decisions) → {@link RenderingEngine} →
 * {@link QuotesRendered} on {@code news.dedupe}, keyed by the article, so the store applies it after the decision it
 * follows. Its own task, store ({@value #STORE}) and stream thread: the sentence model, a failure or a backlog here
 * never delays a decision. Exactly-once like the decisions: its store and its events commit together, so a restart
 * neither repeats nor loses renderings, and the links depend only on the order of the decisions, which is fixed.
 * Events it does not read (its own, merges, older versions) and records that are no event are passed over (the
 * store dead-letters the latter).
 */
final class RenderingStep {

    static final String STORE = "dedupe-renderings";
    static final String SOURCE = "decisions-in";
    static final String PROCESSOR = "renderings";
    static final String SINK = "renderings-out";

    private static final Logger LOG = Logger.getLogger(RenderingStep.class);

    private final MeterRegistry metrics;
    private final DedupeConfig config;
    private final Clock clock;
    /** The engine of the running task, for the gauges. */
    final AtomicReference<RenderingEngine> running = new AtomicReference<>();

    RenderingStep(MeterRegistry metrics, DedupeConfig config, Clock clock) {
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
        metrics.gauge("wirecopy.dedupe.quote.sentences.embedded", List.of(), running,
                r -> size(r, RenderingEngine.Size::sentencesEmbedded));
        metrics.gauge("wirecopy.dedupe.quote.embedding.seconds", List.of(), running, r -> size(r, s -> s.embeddingNanos() / 1e9));
        metrics.gauge("wirecopy.dedupe.quote.rendering.failures", List.of(), running, r -> size(r, RenderingEngine.Size::failures));
    }

    private static double size(AtomicReference<RenderingEngine> running, java.util.function.ToDoubleFunction<RenderingEngine.Size> of) {
        RenderingEngine engine = running.get();
        return engine == null ? Double.NaN : of.applyAsDouble(engine.size());
    }

    /** Adds the step to {@code topology}: from the decisions on {@code dedupeTopic}, its events back to it. */
    void addTo(Topology topology, String dedupeTopic) {
        topology.addSource(SOURCE, Serdes.String().deserializer(), Serdes.String().deserializer(), dedupeTopic);
        topology.addProcessor(PROCESSOR, Step::new, SOURCE);
        topology.addStateStore(storeBuilder(), PROCESSOR);
        topology.addSink(SINK, dedupeTopic, Serdes.String().serializer(), Serdes.String().serializer(), PROCESSOR);
    }

    /** The step's persistent, changelogged store (the bench builds it too). */
    static StoreBuilder<KeyValueStore<String, RenderedQuote>> storeBuilder() {
        return DedupeTopology.store(STORE, JsonSerde.of(RenderedQuote.class));
    }

    private final class Step implements Processor<String, String, String, String> {

        private ProcessorContext<String, String> context;
        private RenderingEngine engine;
        private Timer time;
        private Timer lag;

        @Override
        @SuppressWarnings("unchecked")
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
            long start = System.nanoTime();
            DedupeState.Table<RenderedQuote> table = new StoreTable<>((KeyValueStore<String, RenderedQuote>) context.getStateStore(STORE));
            this.engine = new RenderingEngine(table, config.quotes().renderings());
            LOG.infof("renderings step started: %d quotes of %d speakers in %.1f s", engine.size().quotes(),
                    engine.size().speakers(), (System.nanoTime() - start) / 1e9);
            running.set(engine);
            this.time = Timer.builder("wirecopy.dedupe.renderings.time").publishPercentiles(0.5, 0.99)
                    .description("time to find one decided article's renderings").register(metrics);
            this.lag = Timer.builder("wirecopy.dedupe.renderings.lag").publishPercentiles(0.5, 0.99)
                    .description("from a decision to its renderings found").register(metrics);
            Duration retention = config.retention();
            context.schedule(config.pruneInterval(), PunctuationType.WALL_CLOCK_TIME, now -> {
                int forgotten = engine.prune(now - retention.toMillis(), DedupeTopology.PRUNE_BATCH);
                if (forgotten > 0) {
                    LOG.infof("renderings: forgot %d quotes first seen more than %s ago", forgotten, retention);
                }
            });
        }

        @Override
        public void process(Record<String, String> record) {
            if (record.value() == null || record.value().startsWith("{\"type\":\"QuotesRendered\"")) {
                return; // its own events (as EventJson writes them), and tombstones: nothing to render
            }
            if (record.value().startsWith("{\"type\":\"") && !record.value().contains("\"quotes\":[{")) {
                // a decision that carries no quote (a merge, an article without quotes, an older version) has nothing
                // to render: not read (EventJson writes compactly; inside a string a quote mark is escaped)
                time.record(0, TimeUnit.NANOSECONDS);
                return;
            }
            DedupeEvent event;
            try {
                event = EventJson.read(record.value(), DedupeEvent.class);
            } catch (RuntimeException e) {
                metrics.counter("wirecopy.dedupe.renderings.skipped").increment();
                return; // not a decision (the store dead-letters it); the step goes on
            }
            long start = System.nanoTime();
            Optional<QuotesRendered> found = engine.render(event);
            time.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            lag.record(Math.max(0, clock.millis() - event.occurredAt().toInstant().toEpochMilli()), TimeUnit.MILLISECONDS);
            found.ifPresent(rendered -> {
                metrics.counter("wirecopy.dedupe.renderings").increment(rendered.quotes().size());
                context.forward(new Record<>(rendered.articleId(), EventJson.write(rendered), record.timestamp()), SINK);
            });
        }
    }
}
