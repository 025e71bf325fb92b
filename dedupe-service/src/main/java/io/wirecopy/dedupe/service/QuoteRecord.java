package io.wirecopy.dedupe.service;

/**
 * What dedupe keeps of one quote: its place in the order quotes were first seen ({@code seq}), its id,
 * speaker (null when unknown), first wording, the article that carried it first, when that was
 * published (else seen: {@code timeMillis}, what the rendering window compares) and when dedupe saw it
 * ({@code seenMillis}, what the retention counts from), the articles that carry it (the first
 * {@link #MAX_CARRIERS}), and, once computed, the embeddings of its first sentences
 * ({@link QuoteEmbeddings#encode}, null before).
 */
public record QuoteRecord(int seq, String id, String speakerId, String speaker, String text, String articleId,
        long timeMillis, long seenMillis, java.util.List<String> carriers, String embedding) {

    /** Articles listed as carrying a quote, at most: enough to tell which articles report one event. */
    static final int MAX_CARRIERS = 20;

    public QuoteRecord {
        carriers = carriers == null ? java.util.List.of(articleId) : java.util.List.copyOf(carriers);
    }

    QuoteRecord withEmbedding(String encoded) {
        return new QuoteRecord(seq, id, speakerId, speaker, text, articleId, timeMillis, seenMillis, carriers, encoded);
    }

    /** This quote also carried by {@code article} (unchanged when listed, or when the list is full). */
    QuoteRecord carriedBy(String article) {
        if (carriers.contains(article) || carriers.size() >= MAX_CARRIERS) {
            return this;
        }
        java.util.List<String> more = new java.util.ArrayList<>(carriers);
        more.add(article);
        return new QuoteRecord(seq, id, speakerId, speaker, text, articleId, timeMillis, seenMillis, more, embedding);
    }
}
