package io.wirecopy.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gives a Quarkus test (or the application a {@code @QuarkusIntegrationTest} launches) the shared
 * Kafka broker and PostgreSQL of {@link Infrastructure}, and a Kafka Streams state directory as fresh
 * as that broker: local state left by another run (the default {@code /tmp/wirecopy-dedupe}) would
 * belong to another cluster.
 */
public class InfrastructureResource implements QuarkusTestResourceLifecycleManager {

    private static Path stateDir;

    @Override
    public Map<String, String> start() {
        Infrastructure infra = Infrastructure.get();
        return Map.of(
                "kafka.bootstrap.servers", infra.kafkaBootstrapServers(),
                "quarkus.datasource.jdbc.url", infra.jdbcUrl(),
                "quarkus.datasource.username", infra.dbUser(),
                "quarkus.datasource.password", infra.dbPassword(),
                "kafka-streams.state.dir", stateDir().toString());
    }

    /** One per test JVM, like the broker. */
    private static synchronized Path stateDir() {
        if (stateDir == null) {
            try {
                stateDir = Files.createTempDirectory("wirecopy-streams-state");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a Kafka Streams state directory", e);
            }
        }
        return stateDir;
    }

    @Override
    public void stop() {
        // shared for the JVM; stopped by Infrastructure's shutdown hook
    }
}
