package io.wirecopy.ingest.service;

import io.wirecopy.shared.event.ArticleIngested;
import java.util.List;

/** Where accepted articles go ({@code news.articles}); returns once the broker has them. */
public interface ArticlePublisher {

    /** @throws PublishFailedException when the broker did not take them all */
    void publish(List<ArticleIngested> events);

    /** The broker did not take the articles: nothing is wrong with the input, try again later. */
    class PublishFailedException extends RuntimeException {
        public PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
