package io.wirecopy.testing;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import io.wirecopy.shared.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real Kafka 4 broker (KRaft, combined broker and controller) in this JVM. With a log directory it
 * keeps its data across restarts; without one it uses a temporary directory deleted on close.
 */
public final class KafkaBroker implements AutoCloseable {

    /** Fixed so that a restart on the same log directory finds its own cluster. */
    static final String CLUSTER_ID = "d2lyZWNvcHktZGV2LTAx";

    private final EmbeddedKafkaBroker broker;

    private KafkaBroker(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    /**
     * Starts a broker on {@code port} (0 picks a free one), keeping its logs in {@code logDir} (null
     * for a temporary directory).
     */
    public static KafkaBroker start(int port, Path logDir) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withKafkaHost("localhost")
                .withKafkaPort(port)
                .withClusterId(CLUSTER_ID)
                .withDeleteLogDirsOnClose(logDir == null)
                .withAdditionalProperties(props -> configure(props, logDir));
        return new KafkaBroker(broker.start());
    }

    private static void configure(Properties props, Path logDir) {
        if (logDir != null) {
            props.put("log.dirs", logDir.toAbsolutePath().toString());
        }
        // one node: every internal topic has one replica
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("auto.create.topics.enable", "false");
    }

    /** {@code localhost:port}. */
    public String bootstrapServers() {
        return broker.getAdvertisedListeners().replaceFirst("^[A-Z_]+://", "");
    }

    @Override
    public void close() {
        broker.close();
    }

    /**
     * Creates the topics that do not exist yet, each with {@code partitions} partitions, one replica and
     * the contract's {@code max.message.bytes} ({@link Topics#maxMessageBytes}).
     */
    public static void createTopics(String bootstrapServers, int partitions, List<String> names) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String name : names) {
                try {
                    admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(
                            Map.of("max.message.bytes", Integer.toString(Topics.maxMessageBytes(name)))))).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not create topics within 30 s", e);
        }
    }
}
