package io.wirecopy.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a Quarkus test (or the application a {@code @QuarkusIntegrationTest} launches) the shared
 * Kafka broker and PostgreSQL of {@link Infrastructure}.
 */
public class InfrastructureResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Infrastructure infra = Infrastructure.get();
        return Map.of(
                "kafka.bootstrap.servers", infra.kafkaBootstrapServers(),
                "quarkus.datasource.jdbc.url", infra.jdbcUrl(),
                "quarkus.datasource.username", infra.dbUser(),
                "quarkus.datasource.password", infra.dbPassword());
    }

    @Override
    public void stop() {
        // shared for the JVM; stopped by Infrastructure's shutdown hook
    }
}
