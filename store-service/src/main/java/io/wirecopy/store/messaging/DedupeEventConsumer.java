package io.wirecopy.store.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wirecopy.shared.event.QuotesRendered;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.wirecopy.shared.DeadLetter;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.retry.Retrier;
import io.wirecopy.store.service.RetryingApplier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes {@code news.dedupe} a poll at a time and applies each event once, the poll's events in one
 * transaction ({@link RetryingApplier#applyAll}). A record that can never be applied goes, unchanged, to
 * {@code news.dedupe.dlq} with the error headers ({@link DeadLetter}) and the stream goes on; a transient
 * fault holds the consumer until it passes. The poll's offsets are committed only after its events were
 * applied and its dead letters acknowledged.
 */
@ApplicationScoped
public class DedupeEventConsumer {

    private static final Logger LOG = Logger.getLogger(DedupeEventConsumer.class);
    private static final Duration DLQ_ACK_TIMEOUT = Duration.ofSeconds(30);

    private final RetryingApplier applier;
    private final MutinyEmitter<String> dlq;
    private final Retrier retrier;
    private final MeterRegistry metrics;
    private final Timer renderingLag;

    public DedupeEventConsumer(RetryingApplier applier, @Channel("dedupe-dlq") MutinyEmitter<String> dlq, Retrier retrier,
            MeterRegistry metrics) {
        this.applier = applier;
        this.dlq = dlq;
        this.retrier = retrier;
        this.metrics = metrics;
        this.renderingLag = Timer.builder("wirecopy.store.renderings.lag").publishPercentiles(0.5, 0.99)
                .description("from an article's decision to its renderings stored").register(metrics);
    }

    @Incoming("dedupe")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        List<ConsumerRecord<String, String>> polled = new ArrayList<>(records.count());
        records.forEach(polled::add);
        List<RetryingApplier.Outcome> outcomes = applier.applyAll(polled.stream().map(ConsumerRecord::value).toList());
        for (int i = 0; i < polled.size(); i++) {
            ConsumerRecord<String, String> record = polled.get(i);
            if (outcomes.get(i) instanceof RetryingApplier.Applied applied) {
                metrics.counter("wirecopy.store.events", "type", applied.event().getClass().getSimpleName(),
                        "outcome", applied.fresh() ? "applied" : "duplicate").increment();
                if (applied.fresh() && applied.event() instanceof QuotesRendered rendered) {
                    // renderings are found after their decision, in a step of their own: how far behind it they land
                    renderingLag.record(Duration.between(rendered.occurredAt().toInstant(), java.time.Instant.now()));
                }
            } else if (outcomes.get(i) instanceof RetryingApplier.Rejected rejected) {
                deadLetter(record, new DeadLetter(rejected.reason(), rejected.errorClass(), record.topic(),
                        record.partition(), record.offset()));
            }
        }
        metrics.summary("wirecopy.store.batch.size").record(polled.size());
    }

    /** The record, unchanged, to the DLQ with the error headers; a broker that does not take it is retried. */
    private void deadLetter(ConsumerRecord<String, String> record, DeadLetter letter) throws InterruptedException {
        LOG.warnf("%s-%d@%d -> %s: %s", record.topic(), record.partition(), record.offset(), Topics.DEDUPE_DLQ,
                letter.reason());
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        letter.headers().forEach(headers::add);
        retrier.call("the broker, dead-lettering " + record.topic() + "@" + record.offset(), () -> dlq.sendMessage(
                Message.of(record.value() == null ? "" : record.value()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(record.key()).withHeaders(headers).build())).await().atMost(DLQ_ACK_TIMEOUT),
                (failure, failedAttempts) -> true);
        metrics.counter("wirecopy.store.events.dead.lettered").increment();
    }
}
