package io.wirecopy.dedupe.service;

import com.carrotsearch.hppc.IntArrayList;
import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleRevised;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.shared.event.Quote;
import io.wirecopy.shared.event.QuotesRendered;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renderings, the step after the decision: the same remark in other words (a paraphrase, a translation). It reads
 * the decisions in the order dedupe made them; each quote a decision carries for the first time, with a speaker, is
 * compared with that speaker's earlier quotes from other articles within {@code quotes.renderings.window}, by the
 * sentence embeddings of both ({@link QuoteEmbeddings}); the model runs only when there is an earlier quote to
 * compare with, for all the sentences the article needs together (each distinct one once), and a quote's embeddings are computed once
 * and kept. Two quotes are one remark when their similarity
 * reaches {@code threshold}, or, between articles that share text with each other (a copy, a passage or a quote: two
 * reports of one event), when it reaches {@code event-threshold} and each is the other's closest among the speaker's
 * quotes in the two articles (as sentence aligners pair the sentences of two versions). What it finds is one
 * {@link QuotesRendered} per article; the decision never waits for it.
 */
public final class RenderingEngine {

    private final RenderingIndex index;
    private final SentenceEmbedder embedder;
    private final DedupeConfig.Quotes.Renderings config;
    private long embedded;
    private long embeddingNanos;
    private long failures;

    public RenderingEngine(DedupeState.Table<RenderedQuote> table, DedupeConfig.Quotes.Renderings config) {
        this(table, config, SentenceEmbedder.miniLm());
    }

    /** A step that embeds sentences with {@code model} (the bench and tests pass their own). */
    public RenderingEngine(DedupeState.Table<RenderedQuote> table, DedupeConfig.Quotes.Renderings config, SentenceEmbedder model) {
        this.index = new RenderingIndex(table);
        this.config = config;
        this.embedder = new SentenceEmbedder() {
            @Override
            public float[] embed(String sentence) {
                long start = System.nanoTime();
                float[] v = model.embed(sentence);
                embeddingNanos += System.nanoTime() - start;
                embedded++;
                return v;
            }

            @Override
            public boolean available() {
                return model.available();
            }
        };
    }

    /**
     * The renderings of what a decision carries: its article's quotes (a first decision's, or the latest version's),
     * remembered; empty for any other event and when no new quote renders an earlier one.
     */
    public Optional<QuotesRendered> render(DedupeEvent event) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        Article article;
        List<Quote> quotes;
        Set<String> related = new HashSet<>();
        List<Passage> passages;
        if (event instanceof ArticleDeduplicated d) {
            article = d.article();
            quotes = d.quotes();
            passages = d.passages();
            if (d.matchedArticleId() != null) {
                related.add(d.matchedArticleId());
            }
        } else if (event instanceof ArticleRevised r && r.latest()) {
            article = r.article();
            quotes = r.quotes();
            passages = r.passages();
        } else {
            return Optional.empty();
        }
        if (quotes.isEmpty()) {
            return Optional.empty();
        }
        passages.forEach(p -> related.add(p.otherArticleId()));
        String articleId = article.id();
        long seenMillis = event.occurredAt().toInstant().toEpochMilli();
        long time = article.publishedAt() != null ? article.publishedAt().toInstant().toEpochMilli() : seenMillis;
        Set<String> mine = new HashSet<>();
        Map<String, List<Integer>> bySpeaker = new LinkedHashMap<>(); // the new quotes (their places), by speaker
        for (Quote q : quotes) {
            mine.add(q.id());
            Integer seq = index.seqOf(q.id());
            if (seq != null) {
                related.addAll(index.carriedBy(seq, articleId)); // an earlier quote: its articles report this event too
            } else {
                int added = index.add(q.id(), q.speakerId(), articleId, time, seenMillis, q.text());
                if (q.speakerId() != null) {
                    bySpeaker.computeIfAbsent(q.speakerId(), k -> new ArrayList<>()).add(added);
                }
            }
        }
        related.remove(articleId);
        long window = config.window().toMillis();
        Map<String, List<Integer>> earlierOf = new LinkedHashMap<>();
        Set<Integer> toEmbed = new java.util.LinkedHashSet<>(); // the earlier quotes first: normally embedded already
        for (Map.Entry<String, List<Integer>> e : bySpeaker.entrySet()) {
            List<Integer> earlier = candidates(e.getKey(), articleId, mine, time, window);
            if (!earlier.isEmpty()) { // nothing to compare with: the model does not run for this speaker
                earlierOf.put(e.getKey(), earlier);
                toEmbed.addAll(earlier);
            }
        }
        earlierOf.keySet().forEach(speaker -> toEmbed.addAll(bySpeaker.get(speaker)));
        if (earlierOf.isEmpty() || !embedder.available()) {
            return Optional.empty(); // nothing to compare, or the model did not load (logged once): no renderings
        }
        try {
            // every sentence the article needs, each once, as far as the article's budget goes
            index.embed(toEmbed, embedder, config.maxSentences(), config.sentencesPerArticle());
        } catch (RuntimeException failure) {
            failures++; // a sentence the model refuses costs this article's renderings, never its decision
            return Optional.empty();
        }
        List<QuotesRendered.Rendered> rendered = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : earlierOf.entrySet()) {
            List<Integer> earlier = embedded(e.getValue());
            List<Integer> news = embedded(bySpeaker.get(e.getKey()));
            double[][] sim = new double[news.size()][earlier.size()];
            for (int i = 0; i < news.size(); i++) {
                byte[][] a = index.embeddings(news.get(i));
                for (int j = 0; j < earlier.size(); j++) {
                    sim[i][j] = QuoteEmbeddings.similarity(a, index.embeddings(earlier.get(j)));
                }
            }
            for (int i = 0; i < news.size(); i++) {
                List<Quote.Rendering> links = new ArrayList<>();
                for (int j = 0; j < earlier.size(); j++) {
                    if (sim[i][j] >= config.threshold() || related.contains(index.articleOf(earlier.get(j)))
                            && sim[i][j] >= config.eventThreshold() && mutualBest(sim, earlier, i, j)) {
                        links.add(new Quote.Rendering(index.id(earlier.get(j)), round(sim[i][j])));
                    }
                }
                if (!links.isEmpty()) {
                    links.sort(Comparator.comparingDouble(Quote.Rendering::similarity).reversed()
                            .thenComparing(Quote.Rendering::quoteId));
                    rendered.add(new QuotesRendered.Rendered(index.id(news.get(i)), links));
                }
            }
        }
        return rendered.isEmpty() ? Optional.empty() : Optional.of(QuotesRendered.of(articleId, rendered, event.occurredAt()));
    }

    /** The speaker's quotes from other articles within the window, the most recent first. */
    private List<Integer> candidates(String speakerId, String articleId, Set<String> mine, long time, long window) {
        IntArrayList all = index.bySpeaker(speakerId);
        List<Integer> out = new ArrayList<>();
        for (int k = all.size() - 1; k >= 0 && out.size() < config.maxCandidates(); k--) {
            int seq = all.get(k);
            if (!index.articleOf(seq).equals(articleId) && !mine.contains(index.id(seq))
                    && Math.abs(index.time(seq) - time) <= window) {
                out.add(seq);
            }
        }
        return out;
    }

    /** Whether new quote {@code i} and earlier quote {@code j} are each other's closest within the earlier one's article. */
    private boolean mutualBest(double[][] sim, List<Integer> earlier, int i, int j) {
        String article = index.articleOf(earlier.get(j));
        for (int k = 0; k < earlier.size(); k++) {
            if (k != j && index.articleOf(earlier.get(k)).equals(article) && sim[i][k] > sim[i][j]) {
                return false;
            }
        }
        for (int k = 0; k < sim.length; k++) {
            if (k != i && sim[k][j] > sim[i][j]) {
                return false;
            }
        }
        return true;
    }

    /** The quotes at {@code seqs} that have their embeddings (the article's budget may have left some without). */
    private List<Integer> embedded(List<Integer> seqs) {
        return seqs.stream().filter(seq -> index.embeddings(seq) != null).toList();
    }

    /** Forgets the quotes first seen before {@code cutoffMillis}, at most {@code limit}; returns how many. */
    public int prune(long cutoffMillis, int limit) {
        return index.prune(cutoffMillis, limit);
    }

    /**
     * Quotes and speakers remembered, sentences embedded and the model's time so far, articles whose renderings the
     * model failed, sentences taken from an earlier quote's instead of the model.
     */
    public record Size(int quotes, int speakers, long sentencesEmbedded, long embeddingNanos, long failures,
            long sentencesReused) {
    }

    public Size size() {
        return new Size(index.size(), index.speakers(), embedded, embeddingNanos, failures, index.sentenceHits());
    }

    private static double round(double similarity) {
        return Math.max(0.0001, Math.min(1.0, Math.round(similarity * 10_000.0) / 10_000.0));
    }
}
