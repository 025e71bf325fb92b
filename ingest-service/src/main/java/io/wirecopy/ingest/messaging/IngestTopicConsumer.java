package io.wirecopy.ingest.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.wirecopy.ingest.parse.ArticleDraft;
import io.wirecopy.ingest.service.ArticlePublisher.PublishFailedException;
import io.wirecopy.ingest.service.IngestException;
import io.wirecopy.ingest.service.IngestResult;
import io.wirecopy.ingest.service.IngestService;
import io.wirecopy.shared.Topics;
import io.wirecopy.shared.DeadLetter;
import io.wirecopy.shared.retry.Retrier;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes {@code news.ingest}: each record is one article or one feed document, its format in the
 * {@code content-type} header or sniffed. A record that cannot be used goes, unchanged, to
 * {@code news.ingest.dlq} with the error headers ({@link DeadLetter}), and the stream
 * goes on. Records come in batches (one poll); the articles of a whole batch are handed to the producer
 * and their acknowledgements awaited once, before the batch is committed (waiting per record held the
 * pipeline to one broker round trip per article). What the broker does not take is sent again with capped
 * exponential backoff until it is (readiness DOWN meanwhile); dedupe knows the articles sent twice as
 * re-sends.
 */
@ApplicationScoped
public class IngestTopicConsumer {

    private static final Logger LOG = Logger.getLogger(IngestTopicConsumer.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(60);

    private final IngestService ingest;
    private final MutinyEmitter<byte[]> dlq;
    private final MeterRegistry metrics;
    private final Retrier retrier;

    public IngestTopicConsumer(IngestService ingest, @Channel("ingest-dlq") MutinyEmitter<byte[]> dlq,
            MeterRegistry metrics, Retrier retrier) {
        this.ingest = ingest;
        this.dlq = dlq;
        this.metrics = metrics;
        this.retrier = retrier;
    }

    @Incoming("ingest")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<byte[], byte[]> records) throws InterruptedException {
        List<ConsumerRecord<byte[], byte[]>> unsent = new ArrayList<>();
        records.forEach(unsent::add);
        // the broker away or refusing for a while: what it did not take is sent again (events are idempotent:
        // same ids, and dedupe knows a re-sent article) until it passes; readiness is DOWN meanwhile
        retrier.call("the broker, publishing a batch of " + records.count() + " records", () -> publish(unsent),
                (failure, failedAttempts) -> failure instanceof PublishFailedException);
    }

    /**
     * Hands each record still in {@code unsent} to ingest (or the DLQ) and waits for the broker's
     * acknowledgements; the records it acknowledged leave {@code unsent}.
     */
    private Void publish(List<ConsumerRecord<byte[], byte[]>> unsent) throws InterruptedException {
        List<CompletableFuture<?>> pending = new ArrayList<>(unsent.size());
        for (ConsumerRecord<byte[], byte[]> record : unsent) {
            pending.add(handle(record));
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            unsent.clear();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            for (int i = pending.size() - 1; i >= 0; i--) {
                if (pending.get(i).isDone() && !pending.get(i).isCompletedExceptionally()) {
                    unsent.remove(i);
                }
            }
            LOG.warnf("%d records of a batch were not published (%s); retrying them", unsent.size(), cause.toString());
            throw new PublishFailedException("the broker did not take " + unsent.size() + " of the records: " + cause, cause);
        }
    }

    private CompletableFuture<?> handle(ConsumerRecord<byte[], byte[]> record) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        try {
            IngestService.Sent sent = ingest.send(record.value(), header(record, Topics.HEADER_CONTENT_TYPE),
                    IngestService.Entry.TOPIC, ArticleDraft.empty(), article -> true);
            IngestResult result = sent.result();
            if (!result.rejected().isEmpty()) {
                LOG.warnf("%s: %d article(s) accepted, %d item(s) rejected, first: %s", where,
                        result.accepted().size(), result.rejected().size(), result.rejected().get(0).reason());
            }
            return sent.published().toCompletableFuture();
        } catch (IngestException e) {
            return deadLetter(record, where, e.getMessage(), e.getClass().getName());
        } catch (RuntimeException e) {
            // a parser failure we did not foresee: the record is still kept, with what went wrong
            return deadLetter(record, where, "unexpected failure: " + e, e.getClass().getName());
        }
    }

    private CompletableFuture<?> deadLetter(ConsumerRecord<byte[], byte[]> record, String where, String reason,
            String errorClass) {
        LOG.warnf("%s -> %s: %s", where, Topics.INGEST_DLQ, reason);
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        new DeadLetter(reason, errorClass, record.topic(), record.partition(), record.offset()).headers().forEach(headers::add);
        Message<byte[]> message = Message.of(record.value() == null ? new byte[0] : record.value()).addMetadata(OutgoingKafkaRecordMetadata.<byte[]>builder()
                .withKey(record.key()).withHeaders(headers).build());
        metrics.counter("wirecopy.ingest.dead.lettered").increment();
        return dlq.sendMessage(message).subscribeAsCompletionStage();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
