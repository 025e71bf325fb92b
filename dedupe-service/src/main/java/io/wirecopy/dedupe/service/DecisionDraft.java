package io.wirecopy.dedupe.service;

import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.shared.event.Reuse;
import io.wirecopy.dedupe.similarity.PassageAligner;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One article's decision while the {@link Stage}s make it: the article, what is computed from its
 * text (once, when a stage first asks), the earlier articles proposed and verified as its copies, its
 * story, passages and reuse, and the outcome.
 */
final class DecisionDraft {

    /** A verified copy: an earlier article, its story now, the shingle Jaccard of the two texts. */
    record Copy(String articleId, String storyId, double jaccard) {
    }

    final Article article;
    final OffsetDateTime now;
    final long seenAtMillis;
    private final ArticleIndex index;

    private TextFeatures features;
    private long[] buckets;
    private ArticleIndex.FingerprintHits fingerprintHits;
    private PassageAligner.Prepared alignable;
    /** Each earlier article's features, computed once per decision for verification, passages and reuse. */
    private final Map<String, TextFeatures> earlier = new HashMap<>();

    /** Earlier articles proposed as copies (by LSH bands or by shared fingerprints), each verified once. */
    final Set<String> candidates = new TreeSet<>();
    final List<Copy> copies = new ArrayList<>();
    /** Set by the story stage: the story it joins or founds, and the copy it is matched to (null when NEW). */
    String storyId;
    Copy best;
    /** The exact copy it is (the exact stage), else null. */
    String exactOf;
    List<Passage> passages = List.of();
    Reuse reuse = Reuse.NONE;
    final List<DedupeEvent> merges = new ArrayList<>();
    /** Set by the quote stage: the article's quotes, which of them are new (their places in the list), and their time. */
    List<io.wirecopy.shared.event.Quote> quotes = List.of();
    final List<Integer> newQuotes = new ArrayList<>();
    /** The articles that carried, before this one, a quote it carries (reports of the same event). */
    final Set<String> sharedQuoteCarriers = new TreeSet<>();
    long quoteTime;
    DedupeEngine.Outcome outcome;

    DecisionDraft(Article article, OffsetDateTime now, ArticleIndex index) {
        this.article = article;
        this.now = now;
        this.seenAtMillis = now.toInstant().toEpochMilli();
        this.index = index;
    }

    boolean settled() {
        return outcome == DedupeEngine.Outcome.RESENT || outcome == DedupeEngine.Outcome.CHANGED_RESENT
                || outcome == DedupeEngine.Outcome.EXACT;
    }

    TextFeatures features() {
        if (features == null) {
            features = index.features(article.text());
        }
        return features;
    }

    /** The LSH bucket of each band. */
    long[] buckets() {
        if (buckets == null) {
            buckets = index.buckets(features());
        }
        return buckets;
    }

    /** The earlier articles that carry this text's winnowed fingerprints (stock phrases ignored), best first. */
    List<ArticleIndex.SharedFingerprints> sharedFingerprints() {
        return fingerprintHits().ranked();
    }

    /** How many earlier articles carry each of this text's fingerprints ({@link Integer#MAX_VALUE}: a common one). */
    com.carrotsearch.hppc.LongIntHashMap fingerprintCarriers() {
        return fingerprintHits().carriers();
    }

    private ArticleIndex.FingerprintHits fingerprintHits() {
        if (fingerprintHits == null) {
            fingerprintHits = index.sharedFingerprints(features());
        }
        return fingerprintHits;
    }

    /** This text prepared for alignment with earlier ones (indexed once per decision). */
    PassageAligner.Prepared alignable(PassageAligner aligner) {
        if (alignable == null) {
            alignable = aligner.prepare(features().words(), features().seedGrams());
        }
        return alignable;
    }

    /** The features of an earlier article this decision verified or aligned. */
    TextFeatures featuresOf(String id) {
        return earlier.get(id);
    }

    /** The features of a remembered article. */
    TextFeatures featuresOf(KnownArticle other) {
        return earlier.computeIfAbsent(other.id(), k -> index.featuresOf(other));
    }
}
