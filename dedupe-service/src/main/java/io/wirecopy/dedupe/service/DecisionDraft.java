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
 * story, passages and reuse, its quotes, and the outcome. Each field below says which stage writes it; no
 * other does, and only the stages after it read it.
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
    private List<ArticleIndex.SharedFingerprints> sharedFingerprints;
    private PassageAligner.Prepared alignable;
    /** Each earlier article's features, computed once per decision for verification, passages and reuse. */
    private final Map<String, TextFeatures> earlier = new HashMap<>();

    /** The article as decided before under the same id, else null: written by the seen stage. */
    KnownArticle seenBefore;
    /** The new version it is, and how many old versions that made dedupe forget: written by the revision stage. */
    io.wirecopy.shared.event.ArticleRevised revised;
    int forgottenVersions;

    /**
     * Earlier articles proposed as copies (by LSH bands or by shared fingerprints), each verified once, and those
     * verified: written by {@link CopyVerifier} for the near and the containment stages.
     */
    final Set<String> candidates = new TreeSet<>();
    final List<Copy> copies = new ArrayList<>(); // a version's copies in other stories removed by the kept-story stage
    /**
     * The story it joins or founds: written by the exact stage for an exact copy, else by the story stage (one or
     * the other: an exact copy is settled before the story stage); for a new version, the article's story, by the
     * revision stage.
     */
    String storyId;
    /** The copy it is matched to (null when NEW) and the merges its copies make: written by the story stage. */
    Copy best;
    final List<DedupeEvent> merges = new ArrayList<>();
    /** The exact copy it is, else null: written by the exact stage. */
    String exactOf;
    /** Written by the passage stage. */
    List<Passage> passages = List.of();
    /** Written by the reuse stage. */
    Reuse reuse = Reuse.NONE;
    /** The article's quotes: written by the quote stage (their renderings are the next step's, {@link RenderingEngine}). */
    List<io.wirecopy.shared.event.Quote> quotes = List.of();
    /**
     * How the decision ended: written by the stage that settles it, the seen stage (a re-send), the revision stage
     * (a new version, or an older version re-sent), the exact stage (an exact copy) or the story stage (new or near).
     */
    DedupeEngine.Outcome outcome;

    DecisionDraft(Article article, OffsetDateTime now, ArticleIndex index) {
        this.article = article;
        this.now = now;
        this.seenAtMillis = now.toInstant().toEpochMilli();
        this.index = index;
    }

    boolean settled() {
        return outcome == DedupeEngine.Outcome.RESENT || outcome == DedupeEngine.Outcome.REVISED
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
        if (sharedFingerprints == null) {
            sharedFingerprints = index.sharedFingerprints(features());
        }
        return sharedFingerprints;
    }

    /** How many stories the earlier articles carrying fingerprint {@code fp} belong to ({@link ArticleIndex#storiesCarrying}). */
    int storiesCarrying(long fp, java.util.function.UnaryOperator<String> story, int enough) {
        return index.storiesCarrying(fp, story, enough);
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
