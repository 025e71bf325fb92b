package io.wirecopy.ingest.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.wirecopy.ingest.service.ArticlePublisher;
import io.wirecopy.ingest.service.ArticlePublisher.PublishFailedException;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.EventJson;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes {@link ArticleIngested} to {@code news.articles}, keyed by article id. */
@ApplicationScoped
public class KafkaArticlePublisher implements ArticlePublisher {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final MutinyEmitter<String> articles;

    public KafkaArticlePublisher(@Channel("articles") MutinyEmitter<String> articles) {
        this.articles = articles;
    }

    @Override
    public void publish(List<ArticleIngested> events) {
        try {
            join(events).await().atMost(ACK_TIMEOUT);
        } catch (RuntimeException e) {
            throw failed(events, e);
        }
    }

    @Override
    public CompletionStage<Void> send(List<ArticleIngested> events) {
        return join(events).ifNoItem().after(ACK_TIMEOUT).fail().onFailure().transform(e -> failed(events, e))
                .subscribeAsCompletionStage();
    }

    /**
     * Articles one call has in flight at most: the emitter takes no more than its downstream asked for plus its buffer
     * (about 1,150) and refuses the rest (SRMSG00034), so a feed of 40,000 items sent at once was a 503 with part of
     * it published. The next {@value} go once the broker has taken these.
     */
    static final int WINDOW = 256;

    private Uni<Void> join(List<ArticleIngested> events) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (int from = 0; from < events.size(); from += WINDOW) {
            List<ArticleIngested> window = events.subList(from, Math.min(events.size(), from + WINDOW));
            all = all.chain(() -> Uni.join().all(window.stream().map(this::send).toList()).andFailFast().replaceWithVoid());
        }
        return all;
    }

    private static PublishFailedException failed(List<ArticleIngested> events, Throwable e) {
        return new PublishFailedException("news.articles did not take " + events.size() + " article(s): " + e, e);
    }

    private Uni<Void> send(ArticleIngested event) {
        Message<String> message = Message.of(EventJson.write(event)).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(event.article().id()).build());
        return articles.sendMessage(message);
    }
}
