package io.wirecopy.ingest.service;

import io.wirecopy.shared.event.ArticleIngested;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Where accepted articles go ({@code news.articles}). */
public interface ArticlePublisher {

    /**
     * Returns once the broker has them all.
     *
     * @throws PublishFailedException when the broker did not take them all
     */
    void publish(List<ArticleIngested> events);

    /**
     * Hands the articles over without waiting; the stage completes when the broker has them all (or
     * fails with {@link PublishFailedException}). This default waits, as {@link #publish(List)}.
     */
    default CompletionStage<Void> send(List<ArticleIngested> events) {
        try {
            publish(events);
            return CompletableFuture.completedFuture(null);
        } catch (PublishFailedException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The broker did not take the articles: nothing is wrong with the input, try again later. */
    class PublishFailedException extends RuntimeException {
        public PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
