package io.wirecopy.dedupe.service;

import com.carrotsearch.hppc.IntArrayList;
import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.shared.event.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renderings: the same remark in other words (a paraphrase, a translation). Each new quote with a
 * speaker is compared with that speaker's earlier quotes from other articles within
 * {@code quotes.renderings.window}, by the sentence embeddings of both ({@link QuoteEmbeddings}); the
 * model runs only when there is an earlier quote to compare with. Two quotes are one remark when their
 * similarity reaches {@code threshold}, or, between articles that share text with each other (a copy, a
 * passage or a quote: two reports of one event), when it reaches {@code event-threshold} and each is the other's closest among
 * the speaker's quotes in the two articles (as sentence aligners pair the sentences of two versions).
 */
final class RenderingStage implements Stage {

    private final QuoteIndex index;
    private final SentenceEmbedder embedder;
    private final DedupeConfig.Quotes.Renderings config;
    private long embedded;
    private long embeddingNanos;
    private long failures;

    RenderingStage(QuoteIndex index, SentenceEmbedder model, DedupeConfig.Quotes.Renderings config) {
        this.index = index;
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

    @Override
    public boolean appliesToVersions() {
        return true;
    }

    @Override
    public void apply(DecisionDraft draft) {
        if (!config.enabled() || draft.newQuotes.isEmpty()) {
            return;
        }
        Map<String, List<Integer>> bySpeaker = new LinkedHashMap<>();
        for (int at : draft.newQuotes) {
            bySpeaker.computeIfAbsent(draft.quotes.get(at).speakerId(), k -> new ArrayList<>()).add(at);
        }
        Set<String> related = related(draft);
        Set<String> mine = new HashSet<>();
        draft.quotes.forEach(q -> mine.add(q.id()));
        long window = config.window().toMillis();
        List<Quote> out = new ArrayList<>(draft.quotes);
        for (Map.Entry<String, List<Integer>> e : bySpeaker.entrySet()) {
            List<Integer> earlier = candidates(e.getKey(), draft.article.id(), mine, draft.quoteTime, window);
            if (earlier.isEmpty()) {
                continue;
            }
            if (!embedder.available()) {
                break; // the model did not load (logged once): no renderings, the decision goes on
            }
            List<Integer> news = e.getValue();
            double[][] sim = new double[news.size()][earlier.size()];
            try {
                for (int i = 0; i < news.size(); i++) {
                    byte[][] a = embeddings(index.seqOf(draft.quotes.get(news.get(i)).id()));
                    for (int j = 0; j < earlier.size(); j++) {
                        sim[i][j] = QuoteEmbeddings.similarity(a, embeddings(earlier.get(j)));
                    }
                }
            } catch (RuntimeException failure) {
                // a sentence the model refuses costs this speaker's renderings in this article, never the article
                failures++;
                continue;
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
                    Quote q = out.get(news.get(i));
                    out.set(news.get(i), q.withRenderings(links));
                }
            }
        }
        draft.quotes = out;
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

    /** The articles this one shares text with: its copies, the articles of its passages, those that carry one of its quotes. */
    private static Set<String> related(DecisionDraft draft) {
        Set<String> out = new HashSet<>(draft.sharedQuoteCarriers);
        for (Passage p : draft.passages) {
            out.add(p.otherArticleId());
        }
        draft.copies.forEach(c -> out.add(c.articleId()));
        if (draft.exactOf != null) {
            out.add(draft.exactOf);
        }
        return out;
    }

    private byte[][] embeddings(int seq) {
        return index.embeddings(seq, embedder, config.maxSentences());
    }

    /** Sentences embedded so far, and the model's time on them. */
    long embedded() {
        return embedded;
    }

    long embeddingNanos() {
        return embeddingNanos;
    }

    /** Speakers' renderings left out of a decision because the model failed on one of their sentences. */
    long failures() {
        return failures;
    }

    private static double round(double similarity) {
        return Math.max(0.0001, Math.min(1.0, Math.round(similarity * 10_000.0) / 10_000.0));
    }
}
