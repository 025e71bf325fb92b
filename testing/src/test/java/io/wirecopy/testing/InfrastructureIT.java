package io.wirecopy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** The infrastructure every IT relies on is real: a record goes through the broker, SQL runs on PostgreSQL. */
class InfrastructureIT {

    @Test
    void brokerCarriesRecordsAndPostgresAnswersSql() throws Exception {
        Infrastructure infra = Infrastructure.get();
        Map<String, Object> common = Map.of("bootstrap.servers", infra.kafkaBootstrapServers());
        // every compression a producer may choose (lz4 is what ingest and dedupe send): the broker must read each
        List<String> compressions = List.of("none", "gzip", "snappy", "lz4", "zstd");
        for (String compression : compressions) {
            Map<String, Object> props = new java.util.HashMap<>(common);
            props.put("compression.type", compression);
            try (var producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>("news.ingest", "k".getBytes(StandardCharsets.UTF_8),
                        ("hello " + compression).getBytes(StandardCharsets.UTF_8))).get();
            }
        }
        Map<String, Object> consumerProps = new java.util.HashMap<>(common);
        consumerProps.put("group.id", "infra-it");
        consumerProps.put("auto.offset.reset", "earliest");
        try (var consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("news.ingest"));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < compressions.size() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(new String(r.value(), StandardCharsets.UTF_8)));
            }
            assertThat(values).containsExactly("hello none", "hello gzip", "hello snappy", "hello lz4", "hello zstd");
        }
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl(), infra.dbUser(), infra.dbPassword());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_database(), version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("wirecopy");
            assertThat(rs.getString(2)).startsWith("PostgreSQL");
        }
    }
}
