package io.wirecopy.store;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.wirecopy.testing.Infrastructure;
import io.wirecopy.testing.KafkaBroker;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The store on a database and a topic of its own, both empty: what {@link StoreGoldenIT} reads back is
 * then a function of the events it sends alone (sequence values and cursors included), whatever other
 * tests of the JVM stored before.
 */
public class GoldenStoreResource implements QuarkusTestResourceLifecycleManager {

    static final String SUFFIX = "golden" + Long.toString(System.nanoTime(), 36);
    static final String TOPIC = "news.dedupe." + SUFFIX;

    @Override
    public Map<String, String> start() {
        Infrastructure infra = Infrastructure.get();
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl(), infra.dbUser(), infra.dbPassword());
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + SUFFIX);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the golden database", e);
        }
        KafkaBroker.createTopics(infra.kafkaBootstrapServers(), 1, List.of(TOPIC));
        String url = infra.jdbcUrl().substring(0, infra.jdbcUrl().lastIndexOf('/') + 1) + SUFFIX;
        return Map.of(
                "kafka.bootstrap.servers", infra.kafkaBootstrapServers(),
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", infra.dbUser(),
                "quarkus.datasource.password", infra.dbPassword(),
                "mp.messaging.incoming.dedupe.topic", TOPIC,
                "mp.messaging.incoming.dedupe.group.id", "wirecopy-store-" + SUFFIX);
    }

    @Override
    public void stop() {
        // the database goes with the server at the JVM's end
    }
}
