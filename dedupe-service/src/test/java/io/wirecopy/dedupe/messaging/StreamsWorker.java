package io.wirecopy.dedupe.messaging;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirecopy.dedupe.config.StandaloneConfig;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * The dedupe topology alone in its own JVM, so a test can kill it (SIGKILL) mid-stream like a crash.
 * Args: bootstrap servers, application id, state directory, articles topic, dedupe topic, and optionally the key
 * shards ({@code wirecopy.dedupe.shards}, default 0: one task) and the standby replicas (default 0).
 */
public final class StreamsWorker {

    private StreamsWorker() {
    }

    public static void main(String[] args) throws InterruptedException {
        Properties props = new Properties();
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, args[1]);
        props.put(StreamsConfig.STATE_DIR_CONFIG, args[2]);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        // a killed member must leave the group quickly for the restarted one to take over
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), "6000");
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), "1000");
        String shards = args.length > 5 ? args[5] : "0";
        props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, args.length > 6 ? args[6] : "0");
        KafkaStreams streams = new KafkaStreams(
                new DedupeTopology(new SimpleMeterRegistry(),
                        StandaloneConfig.with(java.util.Map.of("wirecopy.dedupe.shards", shards)), Clock.systemUTC(),
                        args[3], args[4]).topology(), props);
        streams.start();
        System.out.println("worker started");
        new CountDownLatch(1).await();
    }
}
