package io.wirecopy.dedupe.service;

/**
 * What dedupe remembers, per article and per text. Kafka Streams stores back it in the service; maps
 * back it in unit tests. Per article: its story and content hash (about 150 bytes with keys).
 */
public interface DedupeState {

    /** Where an article went. */
    record ArticleState(String storyId, String contentHash) {
    }

    /** The first article seen with a text, and its story. */
    record ExactEntry(String storyId, String articleId) {
    }

    ArticleState article(String articleId);

    void putArticle(String articleId, ArticleState state);

    ExactEntry exact(String contentHash);

    void putExact(String contentHash, ExactEntry entry);
}
