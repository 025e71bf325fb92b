package io.wirecopy.dedupe.messaging;

import io.micrometer.core.instrument.Metrics;
import io.wirecopy.shared.DeadLetter;
import io.wirecopy.shared.Topics;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.jboss.logging.Logger;

/**
 * Kafka Streams' deserialization and processing exception handler: the record that failed goes,
 * unchanged, to {@code news.articles.dlq} with the error headers, and the stream thread goes on with the
 * next record instead of dying. The topology dead-letters the input it knows to be bad itself, within its
 * transaction; this catches what escapes (a fault of the engine on one article), through a producer of its
 * own, so such a dead letter is written at least once. If the DLQ cannot be written the handler answers
 * FAIL: the thread is replaced ({@link StreamsSupervision}) and the record is read again.
 */
public class DeadLetterHandler implements ProcessingExceptionHandler, DeserializationExceptionHandler {

    /** Streams config key naming the DLQ topic (default {@link Topics#ARTICLES_DLQ}). */
    public static final String DLQ_TOPIC_CONFIG = "wirecopy.dlq.topic";

    private static final Logger LOG = Logger.getLogger(DeadLetterHandler.class);

    private KafkaProducer<byte[], byte[]> producer;
    private String topic = Topics.ARTICLES_DLQ;

    @Override
    public void configure(Map<String, ?> configs) {
        Object named = configs.get(DLQ_TOPIC_CONFIG);
        if (named != null) {
            topic = named.toString();
        }
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, configs.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_DLQ_MESSAGE_BYTES);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "wirecopy-dedupe-dlq");
        producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Override
    public ProcessingHandlerResponse handle(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        return send(context, exception) ? ProcessingHandlerResponse.CONTINUE : ProcessingHandlerResponse.FAIL;
    }

    @Override
    public DeserializationHandlerResponse handle(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
            Exception exception) {
        return send(context, exception) ? DeserializationHandlerResponse.CONTINUE : DeserializationHandlerResponse.FAIL;
    }

    private boolean send(ErrorHandlerContext context, Exception exception) {
        DeadLetter letter = new DeadLetter("cannot be processed: " + exception, exception.getClass().getName(),
                context.topic(), context.partition(), context.offset());
        LOG.errorf(exception, "%s-%d@%d -> %s: %s", letter.topic(), letter.partition(), letter.offset(), topic,
                letter.reason());
        RecordHeaders headers = new RecordHeaders(context.headers().toArray());
        letter.headers().forEach(headers::add);
        try {
            producer.send(new ProducerRecord<>(topic, null, context.sourceRawKey(), context.sourceRawValue(), headers))
                    .get(30, TimeUnit.SECONDS);
            Metrics.counter("wirecopy.dedupe.records.dead.lettered").increment();
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.errorf("cannot write the dead letter to %s (%s); failing so that the record is read again", topic, e);
            return false;
        }
    }
}
