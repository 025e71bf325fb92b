package io.wirecopy.dedupe.service;

/**
 * What dedupe keeps of one quote: its place in the order quotes were first seen ({@code seq}), its id,
 * speaker (null when unknown), first wording, the article that carried it first and when (published,
 * else seen), and, once computed, the embeddings of its first sentences ({@link QuoteEmbeddings#encode},
 * null before).
 */
public record QuoteRecord(int seq, String id, String speakerId, String speaker, String text, String articleId,
        long timeMillis, String embedding) {

    QuoteRecord withEmbedding(String encoded) {
        return new QuoteRecord(seq, id, speakerId, speaker, text, articleId, timeMillis, encoded);
    }
}
