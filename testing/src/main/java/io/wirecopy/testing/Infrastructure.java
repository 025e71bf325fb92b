package io.wirecopy.testing;

import io.wirecopy.shared.Topics;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The Kafka broker and PostgreSQL server of the integration tests, chosen once per JVM: containers
 * when a Docker engine is reachable, otherwise an in-JVM broker and embedded PostgreSQL. Setting
 * {@code -Dwirecopy.test.infra=embedded} (or {@code containers}) forces one. Both are stopped when the
 * JVM exits. The Wirecopy topics are created on start.
 */
public record Infrastructure(String kind, String kafkaBootstrapServers, String jdbcUrl, String dbUser,
        String dbPassword) {

    private static Infrastructure instance;

    public static synchronized Infrastructure get() {
        if (instance == null) {
            String forced = System.getProperty("wirecopy.test.infra", "");
            boolean containers = forced.isEmpty() ? dockerAvailable() : forced.equals("containers");
            instance = containers ? startContainers() : startEmbedded();
            KafkaBroker.createTopics(instance.kafkaBootstrapServers(), 1, Topics.ALL);
        }
        return instance;
    }

    private static boolean dockerAvailable() {
        boolean hint = System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
        if (!hint) {
            return false; // skip Testcontainers' probing (and its error log) where no engine can be
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Infrastructure startEmbedded() {
        KafkaBroker kafka = KafkaBroker.start(0, null);
        PostgresServer postgres = PostgresServer.start(0, null);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
        }, "embedded-infra-stop"));
        return new Infrastructure("embedded", kafka.bootstrapServers(), postgres.jdbcUrl(),
                PostgresServer.USER, PostgresServer.PASSWORD);
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper and the shutdown hook
    private static Infrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine")
                .withDatabaseName(PostgresServer.DATABASE);
        kafka.start();
        postgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            postgres.stop();
        }, "container-infra-stop"));
        return new Infrastructure("containers", kafka.getBootstrapServers(), postgres.getJdbcUrl(),
                postgres.getUsername(), postgres.getPassword());
    }
}
