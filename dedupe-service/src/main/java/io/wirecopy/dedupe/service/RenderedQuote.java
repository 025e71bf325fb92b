package io.wirecopy.dedupe.service;

import java.util.List;

/**
 * What the renderings step keeps of one quote, in its own durable table: its place in the order that step first
 * saw quotes ({@code seq}), its id, speaker (null when unknown), the article that carried it first, when that was
 * published (else decided: {@code timeMillis}, what the rendering window compares) and when the step saw it
 * ({@code seenMillis}, what the retention counts from), the articles that carry it (the first {@link #MAX_CARRIERS}:
 * enough to tell which articles report one event), and its first wording until the embeddings of its first
 * sentences are computed ({@link QuoteEmbeddings#encode}), which then replace it.
 */
public record RenderedQuote(int seq, String id, String speakerId, String articleId, long timeMillis, long seenMillis,
        List<String> carriers, String text, String embedding) {

    /** Articles listed as carrying a quote, at most. */
    static final int MAX_CARRIERS = 20;

    public RenderedQuote {
        carriers = carriers == null ? List.of(articleId) : List.copyOf(carriers);
    }

    /** This quote with its embeddings, its text no longer needed. */
    RenderedQuote withEmbedding(String encoded) {
        return new RenderedQuote(seq, id, speakerId, articleId, timeMillis, seenMillis, carriers, null, encoded);
    }

    /** This quote also carried by {@code article} (unchanged when listed, or when the list is full). */
    RenderedQuote carriedBy(String article) {
        if (carriers.contains(article) || carriers.size() >= MAX_CARRIERS) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(carriers);
        more.add(article);
        return new RenderedQuote(seq, id, speakerId, articleId, timeMillis, seenMillis, more, text, embedding);
    }
}
