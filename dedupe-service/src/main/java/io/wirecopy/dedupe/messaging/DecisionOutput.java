package io.wirecopy.dedupe.messaging;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wirecopy.dedupe.service.DedupeEngine;
import io.wirecopy.dedupe.service.EventSizes;
import io.wirecopy.shared.DeadLetter;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.DedupeEvent;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.jboss.logging.Logger;

/**
 * What a processor that decides does with a decision: its metrics, its events to {@code news.dedupe} (each cut to fit
 * the topic), and a record that cannot be decided or whose decision cannot fit, unchanged with the error headers, to
 * the dead-letter topic; all in the task's transaction. The one-task topology and the sharded spine share it.
 */
final class DecisionOutput {

    private static final Logger LOG = Logger.getLogger(DecisionOutput.class);

    private final MeterRegistry metrics;
    private final ProcessorContext<String, String> context;
    private final String inputTopic;
    private final String dlqTopic;
    private final Timer decisionTime;
    private final DistributionSummary candidates;

    DecisionOutput(MeterRegistry metrics, ProcessorContext<String, String> context, String inputTopic, String dlqTopic) {
        this.metrics = metrics;
        this.context = context;
        this.inputTopic = inputTopic;
        this.dlqTopic = dlqTopic;
        this.decisionTime = Timer.builder("wirecopy.dedupe.decision.time").publishPercentiles(0.5, 0.99)
                .description("time to decide one article").register(metrics);
        this.candidates = DistributionSummary.builder("wirecopy.dedupe.candidates")
                .description("earlier articles verified as copies per article (LSH and containment candidates)").register(metrics);
    }

    /**
     * The decision of {@code article}, which took {@code nanos}, its events stamped with {@code timestamp};
     * {@code received} gives the record a dead letter keeps, asked for only when one is written.
     */
    void decided(ArticleIngested article, DedupeEngine.Decision decision, long nanos, long timestamp,
            Supplier<Record<String, String>> received) {
        decisionTime.record(nanos, TimeUnit.NANOSECONDS);
        candidates.record(decision.candidates().size());
        metrics.counter("wirecopy.dedupe.decisions", "outcome", decision.outcome().name().toLowerCase()).increment();
        metrics.counter("wirecopy.dedupe.passages").increment(decision.passages());
        metrics.counter("wirecopy.dedupe.merges").increment(decision.merges());
        if (decision.forgottenVersions() > 0) {
            metrics.counter("wirecopy.dedupe.versions.forgotten").increment(decision.forgottenVersions());
        }
        for (DedupeEvent event : decision.events()) {
            EventSizes.Fitted fitted = EventSizes.fit(event, Topics.MAX_MESSAGE_BYTES);
            if (fitted.droppedPassages() > 0) {
                LOG.warnf("%s: %d passages left out of its decision to fit %d bytes", article.article().id(),
                        fitted.droppedPassages(), Topics.MAX_MESSAGE_BYTES);
                metrics.counter("wirecopy.dedupe.passages.dropped").increment(fitted.droppedPassages());
            }
            if (fitted.json() == null) {
                deadLetter(received.get(), "the decision for " + article.article().id() + " does not fit "
                        + Topics.MAX_MESSAGE_BYTES + " bytes", "RecordTooLargeException");
                continue;
            }
            context.forward(new Record<>(article.article().id(), fitted.json(), timestamp), DedupeTopology.DECISIONS_SINK);
        }
    }

    /** The record, unchanged, to the DLQ with the error headers; committed with the rest (exactly-once). */
    void deadLetter(Record<String, String> record, String reason, String errorClass) {
        var source = context.recordMetadata().orElse(null);
        DeadLetter letter = new DeadLetter(reason, errorClass, source == null ? inputTopic : source.topic(),
                source == null ? -1 : source.partition(), source == null ? -1 : source.offset());
        LOG.warnf("%s-%d@%d -> %s: %s", letter.topic(), letter.partition(), letter.offset(), dlqTopic, reason);
        Headers headers = new RecordHeaders(record.headers().toArray());
        letter.headers().forEach(headers::add);
        context.forward(new Record<>(record.key(), record.value(), record.timestamp(), headers), DedupeTopology.DLQ_SINK);
        metrics.counter("wirecopy.dedupe.records.dead.lettered").increment();
    }
}
