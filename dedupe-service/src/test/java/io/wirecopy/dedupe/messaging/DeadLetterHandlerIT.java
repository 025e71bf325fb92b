package io.wirecopy.dedupe.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirecopy.shared.Topics;
import io.wirecopy.testing.Infrastructure;
import io.wirecopy.testing.KafkaBroker;
import io.wirecopy.testing.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/** The Kafka Streams exception handler on a real broker: the failed record lands in the DLQ with the error headers, and the thread goes on. */
class DeadLetterHandlerIT {

    @Test
    void aRecordTheEngineFailsOnIsDeadLetteredAndTheThreadContinues() {
        String bootstrap = Infrastructure.get().kafkaBootstrapServers();
        String topic = "dlq-handler-" + System.nanoTime();
        KafkaBroker.createTopics(bootstrap, 1, List.of(topic));
        DeadLetterHandler handler = new DeadLetterHandler();
        handler.configure(Map.of("bootstrap.servers", bootstrap, DeadLetterHandler.DLQ_TOPIC_CONFIG, topic));
        Headers headers = new RecordHeaders().add("trace", "t1".getBytes(StandardCharsets.UTF_8));
        ErrorHandlerContext context = new ErrorHandlerContext() {
            public String topic() { return Topics.ARTICLES; }
            public int partition() { return 0; }
            public long offset() { return 41; }
            public Headers headers() { return headers; }
            public String processorNodeId() { return DedupeTopology.PROCESSOR; }
            public TaskId taskId() { return new TaskId(0, 0); }
            public long timestamp() { return 0; }
            public byte[] sourceRawKey() { return "a_key".getBytes(StandardCharsets.UTF_8); }
            public byte[] sourceRawValue() { return "{\"raw\": true}".getBytes(StandardCharsets.UTF_8); }
        };

        var response = handler.handle(context, new Record<>("a_key", "{\"raw\": true}", 0), new IllegalStateException("engine fault"));

        assertThat(response).isEqualTo(ProcessingExceptionHandler.ProcessingHandlerResponse.CONTINUE);
        var letters = TopicProbe.readUntil(bootstrap, topic, r -> !r.isEmpty(), Duration.ofSeconds(30));
        assertThat(letters).singleElement().satisfies(r -> {
            assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo("a_key");
            assertThat(TopicProbe.value(r)).isEqualTo("{\"raw\": true}");
            assertThat(TopicProbe.header(r, "trace")).isEqualTo("t1");
            assertThat(TopicProbe.header(r, Topics.HEADER_ERROR_REASON)).contains("engine fault");
            assertThat(TopicProbe.header(r, Topics.HEADER_ERROR_CLASS)).isEqualTo("java.lang.IllegalStateException");
            assertThat(TopicProbe.header(r, Topics.HEADER_ERROR_TOPIC)).isEqualTo(Topics.ARTICLES);
            assertThat(TopicProbe.header(r, Topics.HEADER_ERROR_PARTITION)).isEqualTo("0");
            assertThat(TopicProbe.header(r, Topics.HEADER_ERROR_OFFSET)).isEqualTo("41");
        });
    }
}
