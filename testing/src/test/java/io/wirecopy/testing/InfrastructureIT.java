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
import org.apache.kafka.clients.consumer.ConsumerRecords;
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
        try (var producer = new KafkaProducer<>(common, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("news.ingest", "k".getBytes(StandardCharsets.UTF_8),
                    "hello".getBytes(StandardCharsets.UTF_8))).get();
        }
        Map<String, Object> consumerProps = new java.util.HashMap<>(common);
        consumerProps.put("group.id", "infra-it");
        consumerProps.put("auto.offset.reset", "earliest");
        try (var consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("news.ingest"));
            ConsumerRecords<byte[], byte[]> records = ConsumerRecords.empty();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                records = consumer.poll(Duration.ofMillis(500));
            }
            assertThat(records.count()).isEqualTo(1);
            assertThat(new String(records.iterator().next().value(), StandardCharsets.UTF_8)).isEqualTo("hello");
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
