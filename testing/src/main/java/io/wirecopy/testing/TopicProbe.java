package io.wirecopy.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Test helper: produces raw records and reads a topic from its start, on the real broker. */
public final class TopicProbe {

    private TopicProbe() {
    }

    /** Sends one record and waits for the broker's ack; {@code contentType} becomes the content-type header when not null. */
    public static void send(String bootstrap, String topic, String key, String value, String contentType) {
        send(bootstrap, topic, key, value.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** Sends one record of raw bytes and waits for the broker's ack. */
    public static void send(String bootstrap, String topic, String key, byte[] value, String contentType) {
        // as large a record as the contract's topics take (io.wirecopy.shared.Topics)
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
                "max.request.size", io.wirecopy.shared.Topics.MAX_DLQ_MESSAGE_BYTES),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            var record = new ProducerRecord<>(topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                    value);
            if (contentType != null) {
                record.headers().add(new RecordHeader("content-type", contentType.getBytes(StandardCharsets.UTF_8)));
            }
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("send to " + topic + " failed", e.getCause());
        }
    }

    /** Sends records (key, value) in order and waits until the broker has acked them all. */
    public static void sendAll(String bootstrap, String topic, List<Map.Entry<String, String>> records) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
                "enable.idempotence", "true"), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (Map.Entry<String, String> r : records) {
                producer.send(new ProducerRecord<>(topic, r.getKey().getBytes(StandardCharsets.UTF_8),
                        r.getValue().getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
    }

    /**
     * Reads {@code topic} from the beginning (committed records only) until {@code done} holds for the
     * records read so far or {@code timeout} passes; returns what was read either way.
     */
    public static List<ConsumerRecord<byte[], byte[]>> readUntil(String bootstrap, String topic,
            Predicate<List<ConsumerRecord<byte[], byte[]>>> done, Duration timeout) {
        Map<String, Object> props = Map.of("bootstrap.servers", bootstrap, "group.id", "probe-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest", "isolation.level", "read_committed", "enable.auto.commit", "false");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.test(records) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    public static String value(ConsumerRecord<byte[], byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }

    public static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
