package io.wirecopy.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.wirecopy.ingest.service.Subscription;
import io.wirecopy.ingest.service.SubscriptionStore;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.EventJson;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Subscriptions in the compacted topic {@value Topics#SUBSCRIPTIONS} (key: subscription id, value: its
 * JSON, a tombstone when deleted), so they survive restarts without a database. The topic is created
 * when missing; at start the whole topic is read into memory; every change is written and acknowledged
 * before it returns. One ingest instance polls (more would each poll every feed).
 */
public class KafkaSubscriptionStore implements SubscriptionStore, AutoCloseable {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(KafkaSubscriptionStore.class);

    private final Map<String, Subscription> byId = new ConcurrentSkipListMap<>();
    private final KafkaProducer<String, String> producer;

    public KafkaSubscriptionStore(String bootstrapServers) {
        createTopic(bootstrapServers);
        load(bootstrapServers);
        this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "acks", "all",
                "enable.idempotence", "true"), new StringSerializer(), new StringSerializer());
    }

    @Override
    public Collection<Subscription> all() {
        return byId.values();
    }

    @Override
    public Optional<Subscription> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void put(Subscription subscription) {
        try {
            write(subscription.id(), EventJson.mapper().writeValueAsString(subscription));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        byId.put(subscription.id(), subscription);
    }

    @Override
    public void delete(String id) {
        write(id, null);
        byId.remove(id);
    }

    private void write(String key, String value) {
        try {
            producer.send(new ProducerRecord<>(Topics.SUBSCRIPTIONS, key, value)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while saving subscription " + key, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not save subscription " + key + ": " + e.getMessage(), e);
        }
    }

    private static void createTopic(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(Topics.SUBSCRIPTIONS, 1, (short) -1)
                    .configs(Map.of("cleanup.policy", "compact")))).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + Topics.SUBSCRIPTIONS + ": " + e.getCause(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer within 60 s", e);
        }
    }

    private void load(String bootstrapServers) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers,
                "enable.auto.commit", "false", "isolation.level", "read_committed"), new StringDeserializer(),
                new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(Topics.SUBSCRIPTIONS, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    apply(r);
                }
            }
        }
    }

    /**
     * One record of the topic into memory. The topic can be written by anyone who reaches the broker, so a
     * record that is not a valid subscription under its own key is skipped with a warning: one bad record
     * must not stop ingest from starting, every time.
     */
    void apply(ConsumerRecord<String, String> r) {
        if (r.key() == null) {
            LOG.warnf("skipped a record without a key in %s at offset %d", Topics.SUBSCRIPTIONS, r.offset());
        } else if (r.value() == null) {
            byId.remove(r.key());
        } else {
            try {
                Subscription s = EventJson.mapper().readValue(r.value(), Subscription.class);
                if (!r.key().equals(s.id())) {
                    throw new IllegalArgumentException("its key is not its id");
                }
                byId.put(r.key(), s);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                LOG.warnf("skipped an unreadable subscription in %s at offset %d: %s", Topics.SUBSCRIPTIONS, r.offset(),
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
            }
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
