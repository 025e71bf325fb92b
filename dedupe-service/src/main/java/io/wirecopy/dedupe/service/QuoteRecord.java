package io.wirecopy.dedupe.service;

/**
 * What dedupe keeps of one quote: its place in the order quotes were first seen ({@code seq}), its id,
 * speaker (null when unknown), first wording, the article that carried it first, when that was
 * published (else seen: {@code timeMillis}) and when dedupe saw it ({@code seenMillis}, what the retention counts
 * from). Records written before renderings had their own step also hold the articles that carried the quote and its
 * embeddings; they are read without them (the renderings step keeps its own, {@link RenderedQuote}).
 */
public record QuoteRecord(int seq, String id, String speakerId, String speaker, String text, String articleId,
        long timeMillis, long seenMillis) {
}
