package io.wirecopy.dedupe.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.service.DedupeEngine;
import io.wirecopy.dedupe.service.DedupeState;
import io.wirecopy.dedupe.service.KeyShard;
import io.wirecopy.dedupe.service.Sequencer;
import io.wirecopy.dedupe.service.Spine;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.EventJson;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

/**
 * Dedupe over key shards ({@code wirecopy.dedupe.shards} &gt; 0), three sub-topologies of the one application:
 * <ol>
 * <li>the <b>sequencer</b> ({@code news.articles}, one partition): fixes the order and each article's keys
 * ({@link Sequencer}), sends one request per shard asked to {@code news.dedupe.requests} (partition = shard) and the
 * article to {@code news.dedupe.spine};</li>
 * <li>the <b>key shards</b> ({@code news.dedupe.requests}, one partition and task per shard, spread over the
 * instances): each answers what its keys held before the article and files it ({@link KeyShard}); answers to
 * {@code news.dedupe.answers};</li>
 * <li>the <b>spine</b> ({@code news.dedupe.spine} and {@code news.dedupe.answers}, one partition): decides each
 * article in order once its shards have answered ({@link Spine}), with the engine's stores, and writes the decision to
 * {@code news.dedupe} as the one-task topology does.</li>
 * </ol>
 * Every task commits its stores and its output together (exactly-once), so a crash anywhere replays from the last
 * commit with the state of that commit: the same requests, the same answers, the same decisions.
 */
final class ShardedTopology {

    static final String SEQUENCER_STORE = "dedupe-sequencer";
    static final String SHARD_STORE = "dedupe-shard-requests";
    static final String WAITING_STORE = "dedupe-spine-waiting";
    static final String ANSWERS_STORE = "dedupe-spine-answers";
    static final String PROGRESS_STORE = "dedupe-spine-progress";

    private static final Logger LOG = Logger.getLogger(ShardedTopology.class);

    private final MeterRegistry metrics;
    private final DedupeConfig config;
    private final Clock clock;
    private final AtomicReference<DedupeEngine> running;
    private final String articlesTopic;
    private final String dedupeTopic;
    private final String dlqTopic;

    /** From {@code articlesTopic} to {@code dedupeTopic}, dead letters to {@code dlqTopic}; the spine's engine in {@code running}. */
    ShardedTopology(MeterRegistry metrics, DedupeConfig config, Clock clock, AtomicReference<DedupeEngine> running,
            String articlesTopic, String dedupeTopic, String dlqTopic) {
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
        this.running = running;
        this.articlesTopic = articlesTopic;
        this.dedupeTopic = dedupeTopic;
        this.dlqTopic = dlqTopic;
    }

    /** The requests topic of a dedupe topic: one partition per shard. */
    static String requests(String dedupeTopic) {
        return dedupeTopic + ".requests";
    }

    /** The answers topic: one partition. */
    static String answers(String dedupeTopic) {
        return dedupeTopic + ".answers";
    }

    /** The spine's topic of sequenced articles: one partition. */
    static String spine(String dedupeTopic) {
        return dedupeTopic + ".spine";
    }

    /** Adds the three sub-topologies. */
    void addTo(Topology topology) {
        topology.addSource("articles", Serdes.String().deserializer(), Serdes.String().deserializer(), articlesTopic);
        topology.addProcessor("sequencer", SequencerProcessor::new, "articles");
        topology.addStateStore(DedupeTopology.store(SEQUENCER_STORE, Serdes.String()), "sequencer");
        topology.addSink("requests-out", requests(dedupeTopic), Serdes.String().serializer(), Serdes.String().serializer(),
                (topic, key, value, partitions) -> Optional.of(java.util.Set.of(Integer.parseInt(key) % partitions)),
                "sequencer");
        topology.addSink("spine-out", spine(dedupeTopic), Serdes.String().serializer(), Serdes.String().serializer(),
                "sequencer");

        topology.addSource("requests-in", Serdes.String().deserializer(), Serdes.String().deserializer(), requests(dedupeTopic));
        topology.addProcessor("shard", ShardProcessor::new, "requests-in");
        topology.addStateStore(DedupeTopology.store(SHARD_STORE, JsonSerde.of(KeyShard.Request.class)), "shard");
        topology.addSink("answers-out", answers(dedupeTopic), Serdes.String().serializer(), Serdes.String().serializer(),
                "shard");

        topology.addSource("spine-in", Serdes.String().deserializer(), Serdes.String().deserializer(), spine(dedupeTopic),
                answers(dedupeTopic));
        topology.addProcessor("spine", SpineProcessor::new, "spine-in");
        DedupeTopology.storeBuilders().forEach(store -> topology.addStateStore(store, "spine"));
        topology.addStateStore(DedupeTopology.store(WAITING_STORE, JsonSerde.of(Spine.Sequenced.class)), "spine");
        topology.addStateStore(DedupeTopology.store(ANSWERS_STORE, JsonSerde.of(KeyShard.Answer.class)), "spine");
        topology.addStateStore(DedupeTopology.store(PROGRESS_STORE, Serdes.String()), "spine");
        topology.addSink(DedupeTopology.DECISIONS_SINK, dedupeTopic, Serdes.String().serializer(),
                Serdes.String().serializer(), "spine");
        topology.addSink(DedupeTopology.DLQ_SINK, dlqTopic, Serdes.String().serializer(), Serdes.String().serializer(),
                "sequencer", "shard", "spine");
    }

    /**
     * Creates the three topics of the shards if they are missing ({@code shards} partitions for the requests, one for
     * the others); fails if the requests topic has another number of partitions (the shards are set once).
     */
    static void createTopics(String bootstrap, String dedupeTopic, int shards) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<String, String> configs = Map.of("max.message.bytes", Integer.toString(Topics.MAX_MESSAGE_BYTES));
            for (NewTopic topic : List.of(new NewTopic(requests(dedupeTopic), Optional.of(shards), Optional.empty()),
                    new NewTopic(answers(dedupeTopic), Optional.of(1), Optional.empty()),
                    new NewTopic(spine(dedupeTopic), Optional.of(1), Optional.empty()))) {
                try {
                    admin.createTopics(List.of(topic.configs(configs))).all().get();
                    LOG.infof("created %s with %d partitions", topic.name(), topic.numPartitions());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create " + topic.name() + ": " + e.getCause(), e);
                    }
                }
            }
            TopicDescription requests = admin.describeTopics(List.of(requests(dedupeTopic))).allTopicNames().get()
                    .get(requests(dedupeTopic));
            if (requests.partitions().size() != shards) {
                throw new IllegalStateException(requests(dedupeTopic) + " has " + requests.partitions().size()
                        + " partitions, wirecopy.dedupe.shards is " + shards + ": the shards are set once, with empty state");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the shards' topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe " + requests(dedupeTopic) + ": " + e.getCause(), e);
        }
    }

    /** A message between the sub-topologies as JSON, with the events' mapper. */
    static String json(Object message) {
        try {
            return EventJson.mapper().writeValueAsString(message);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The message a record between the steps holds, or null when it holds none (written there by something else than
     * this application): the record goes to the DLQ with the reason, in the task's transaction, and nothing stops.
     */
    static <T> T readOrDeadLetter(Record<String, String> record, Class<T> type, DecisionOutput output) {
        try {
            return read(record.value(), type);
        } catch (IllegalArgumentException e) {
            output.deadLetter(record, e.getMessage(), e.getClass().getName());
            return null;
        }
    }

    /** Orders the articles and asks the shards. */
    private final class SequencerProcessor implements Processor<String, String, String, String> {
        private ProcessorContext<String, String> context;
        private Sequencer sequencer;
        private DecisionOutput output;

        @Override
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
            KeyValueStore<String, String> seen = context.getStateStore(SEQUENCER_STORE);
            this.sequencer = new Sequencer(config, config.shards(), new StoreTable<>(seen));
            this.output = new DecisionOutput(metrics, context, articlesTopic, dlqTopic);
        }

        @Override
        public void process(Record<String, String> record) {
            ArticleIngested article = DedupeTopology.ingested(record, output);
            if (article == null) {
                return;
            }
            Sequencer.Sequenced s = sequencer.next(article.article());
            for (KeyShard.Request r : s.requests()) {
                context.forward(new Record<>(Integer.toString(r.shard()), json(r), record.timestamp()), "requests-out");
            }
            context.forward(new Record<>(Integer.toString(s.position()),
                    json(new Spine.Sequenced(s.position(), article, s.shards())), record.timestamp()), "spine-out");
        }
    }

    /** Answers the requests of the shards of its partition (in tests, of any shard). */
    private final class ShardProcessor implements Processor<String, String, String, String> {
        private final Map<Integer, KeyShard> shards = new HashMap<>();
        private ProcessorContext<String, String> context;
        private StoreTable<KeyShard.Request> read;
        private DecisionOutput output;

        @Override
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
            this.read = new StoreTable<>(context.getStateStore(SHARD_STORE));
            this.output = new DecisionOutput(metrics, context, requests(dedupeTopic), dlqTopic);
        }

        @Override
        public void process(Record<String, String> record) {
            KeyShard.Request r = readOrDeadLetter(record, KeyShard.Request.class, output);
            if (r == null) {
                return;
            }
            KeyShard shard = shards.computeIfAbsent(r.shard(), s -> {
                long start = System.nanoTime();
                KeyShard restored = KeyShard.restored(s, config, read);
                LOG.infof("key shard %d: %d keys restored in %.1f s", s, restored.keys(), (System.nanoTime() - start) / 1e9);
                return restored;
            });
            context.forward(new Record<>(Integer.toString(r.position()), json(shard.answer(r)), record.timestamp()),
                    "answers-out");
        }
    }

    /** Decides the articles in order as their answers come in. */
    private final class SpineProcessor implements Processor<String, String, String, String> {
        private ProcessorContext<String, String> context;
        private Spine spine;
        private DecisionOutput output;

        @Override
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
            long start = System.nanoTime();
            DedupeEngine engine = DedupeEngine.withoutPostings(DedupeTopology.state(context::getStateStore), config);
            DedupeEngine.Size size = engine.size();
            LOG.infof("spine rebuilt: %d articles, %d stories in %.1f s", size.articles(), size.stories(),
                    (System.nanoTime() - start) / 1e9);
            running.set(engine);
            this.spine = new Spine(engine, new StoreTable<>(context.getStateStore(WAITING_STORE)),
                    new StoreTable<>(context.getStateStore(ANSWERS_STORE)),
                    new StoreTable<>(context.getStateStore(PROGRESS_STORE)));
            this.output = new DecisionOutput(metrics, context, articlesTopic, dlqTopic);
        }

        @Override
        public void process(Record<String, String> record) {
            boolean article = context.recordMetadata().map(m -> m.topic().equals(spine(dedupeTopic))).orElse(false);
            OffsetDateTime now = OffsetDateTime.now(clock);
            long start = System.nanoTime();
            Spine.Sequenced sequenced = article ? readOrDeadLetter(record, Spine.Sequenced.class, output) : null;
            KeyShard.Answer answer = article ? null : readOrDeadLetter(record, KeyShard.Answer.class, output);
            if (sequenced == null && answer == null) {
                return;
            }
            List<Spine.Decided> decided = sequenced != null ? spine.arrived(sequenced, now) : spine.answered(answer, now);
            long nanos = decided.isEmpty() ? 0 : (System.nanoTime() - start) / decided.size();
            for (Spine.Decided d : decided) {
                // a decision too large to write goes to the DLQ as the article it decides, written only then
                output.decided(d.ingested(), d.decision(), nanos, record.timestamp(),
                        () -> new Record<>(d.ingested().article().id(), EventJson.write(d.ingested()), record.timestamp()));
            }
        }
    }
}
