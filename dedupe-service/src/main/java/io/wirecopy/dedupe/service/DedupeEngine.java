package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleDeduplicated;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.Passage;
import io.wirecopy.shared.event.Relation;
import io.wirecopy.shared.event.StoriesMerged;
import io.wirecopy.shared.similarity.Lsh;
import io.wirecopy.shared.similarity.MinHash;
import io.wirecopy.shared.similarity.PassageAligner;
import io.wirecopy.shared.similarity.SetSimilarity;
import io.wirecopy.shared.similarity.Winnowing;
import io.wirecopy.shared.text.ArticleIds;
import io.wirecopy.shared.text.TextNormalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides, for each article, where it belongs and what it shares. The stages run in order:
 * <ol>
 *   <li>seen before: the same article id again changes nothing;</li>
 *   <li>exact copy: the same canonical text as a remembered article joins its story;</li>
 *   <li>near-duplicate: LSH candidates (MinHash bands of word shingles) verified by exact shingle
 *       Jaccard or containment; the article joins the story of its copies, and when its copies lie in
 *       several stories, those stories merge (into the largest, then the smallest id);</li>
 *   <li>new: otherwise it founds a story;</li>
 *   <li>passages, for near and new articles: earlier articles of other stories that share enough
 *       winnowed fingerprints (ignoring fingerprints indexed for too many articles) are aligned with it.</li>
 * </ol>
 * A story is therefore a connected component of verified copy edges, and since every edge is found
 * when the later of its two articles arrives, the components do not depend on arrival order.
 */
public final class DedupeEngine {

    /** What became of one article: the events to emit (none for a re-sent article) and counts for metrics. */
    public record Decision(List<DedupeEvent> events, Outcome outcome, int candidates, int passages, int merges) {
    }

    public enum Outcome {
        NEW, EXACT, NEAR, RESENT, CHANGED_RESENT
    }

    private record Edge(String articleId, String storyId, double jaccard) {
    }

    private final DedupeState state;
    private final DedupeConfig.Near near;
    private final DedupeConfig.Passages passages;
    private final MinHash minHash;
    private final Lsh lsh;
    private final PassageAligner aligner;

    public DedupeEngine(DedupeState state, DedupeConfig config) {
        this.state = state.withReadCaches();
        this.near = config.near();
        this.passages = config.passages();
        this.minHash = new MinHash(near.permutations(), near.seed());
        this.lsh = new Lsh(near.bands(), near.rows());
        if (near.bands() * near.rows() > near.permutations()) {
            throw new IllegalArgumentException("wirecopy.dedupe.near: bands x rows (" + near.bands() + " x "
                    + near.rows() + ") needs at least that many permutations, got " + near.permutations());
        }
        this.aligner = new PassageAligner(new PassageAligner.Settings(passages.seedWords(), passages.maxGap(),
                passages.anchorWords(), passages.minWords()));
    }

    public Decision decide(ArticleIngested ingested, OffsetDateTime now) {
        state.forgetReads();
        Article article = ingested.article();
        DedupeState.ArticleState known = state.articles().get(article.id());
        if (known != null) {
            // Same id again. With the same text it is a re-send; with another text (an edited page under
            // the same URL) the first decision stands until updates are supported.
            return new Decision(List.of(),
                    known.contentHash().equals(article.contentHash()) ? Outcome.RESENT : Outcome.CHANGED_RESENT, 0, 0, 0);
        }
        long seenAt = now.toInstant().toEpochMilli();
        DedupeState.ExactEntry exact = state.exact().get(article.contentHash());
        if (exact != null && state.articles().get(exact.articleId()) != null) {
            String storyId = resolve(exact.storyId());
            grow(storyId, 1);
            remember(article, storyId, false, seenAt);
            return new Decision(List.of(ArticleDeduplicated.of(article, storyId, Relation.EXACT, exact.articleId(), 1.0,
                    now)), Outcome.EXACT, 0, 0, 0);
        }

        TextFeatures features = features(article.text());
        long[] buckets = lsh.buckets(minHash.signature(features.shingles()));
        Set<String> candidates = candidates(buckets);
        // each earlier article's text is tokenised once per decision, for verification, passages and indexing
        Map<String, TextFeatures> earlier = new HashMap<>();
        List<Edge> edges = verify(features, candidates, earlier);

        List<DedupeEvent> events = new ArrayList<>();
        String storyId;
        ArticleDeduplicated decision;
        Edge best = null;
        if (edges.isEmpty()) {
            storyId = ArticleIds.storyId(article.id());
            state.stories().put(storyId, new DedupeState.StoryState(null, 1));
        } else {
            best = edges.stream().max(Comparator.comparingDouble(Edge::jaccard)
                    .thenComparing(Edge::articleId, Comparator.reverseOrder())).orElseThrow();
            storyId = merge(edges, article.id(), now, events);
        }
        List<Passage> shared = passages(article, features, storyId, earlier);
        decision = best == null
                ? ArticleDeduplicated.of(article, storyId, Relation.NEW, null, 1.0, shared, now)
                : ArticleDeduplicated.of(article, storyId, Relation.NEAR, best.articleId(), best.jaccard(), shared, now);
        events.add(0, decision);

        remember(article, storyId, true, seenAt);
        if (exact == null || state.articles().get(exact.articleId()) == null) {
            state.exact().put(article.contentHash(), new DedupeState.ExactEntry(storyId, article.id()));
        }
        for (int b = 0; b < buckets.length; b++) {
            IdLists.addToBucket(state.buckets(), bucketKey(b, buckets[b]), article.id(), near.maxBucketSize());
        }
        // a near copy indexes only what its original lacks (inserted paragraphs, lifted quotes)
        Set<Long> original = best == null ? Set.of() : fingerprintHashes(earlier.get(best.articleId()));
        for (long fp : fingerprintHashes(features)) {
            if (!original.contains(fp)) {
                IdLists.addToPosting(state.postings(), hex16(fp), article.id(), passages.maxDocumentFrequency(),
                        seenAt);
            }
        }
        return new Decision(List.copyOf(events), best == null ? Outcome.NEW : Outcome.NEAR, candidates.size(),
                shared.size(), events.size() - 1);
    }

    /**
     * Forgets the articles seen before {@code cutoffMillis}, at most {@code limit} of them: their
     * texts, index entries and exact-copy entries. Returns how many were forgotten.
     */
    public int prune(long cutoffMillis, int limit) {
        state.forgetReads();
        List<String> expired = state.expiry().keys("", expiryPrefix(cutoffMillis), limit);
        for (String key : expired) {
            String id = key.substring(key.indexOf(':') + 1);
            DedupeState.ArticleState article = state.articles().get(id);
            if (article != null) {
                if (article.indexed()) {
                    TextFeatures features = features(article.text());
                    long[] buckets = lsh.buckets(minHash.signature(features.shingles()));
                    for (int b = 0; b < buckets.length; b++) {
                        IdLists.removeFromBucket(state.buckets(), bucketKey(b, buckets[b]), id);
                    }
                    for (long fp : fingerprintHashes(features)) {
                        IdLists.removeFromPosting(state.postings(), hex16(fp), id, cutoffMillis);
                    }
                }
                DedupeState.ExactEntry exact = state.exact().get(article.contentHash());
                if (exact != null && exact.articleId().equals(id)) {
                    state.exact().delete(article.contentHash());
                }
                state.articles().delete(id);
            }
            state.expiry().delete(key);
        }
        return expired.size();
    }

    private TextFeatures features(String text) {
        return TextFeatures.of(text, near.shingleWords(), passages.seedWords(), passages.window());
    }

    /**
     * The earlier articles to verify: every one sharing two LSH bands or more, and of those sharing
     * one band only, the first {@code near.max-weak-candidates} by id. A true copy (Jaccard 0.5 or
     * more) shares about five bands of 42; pages that share only a site's template share one now and
     * then, and with many pages of that site would otherwise each be verified.
     */
    private Set<String> candidates(long[] buckets) {
        Map<String, Integer> bands = new HashMap<>();
        for (int b = 0; b < buckets.length; b++) {
            for (String id : IdLists.bucket(state.buckets(), bucketKey(b, buckets[b]))) {
                bands.merge(id, 1, Integer::sum);
            }
        }
        Set<String> ids = new TreeSet<>();
        Set<String> weak = new TreeSet<>();
        bands.forEach((id, n) -> (n >= 2 ? ids : weak).add(id));
        weak.stream().limit(near.maxWeakCandidates()).forEach(ids::add);
        return ids;
    }

    /** The features of a remembered article, computed once per decision ({@code earlier} caches them). */
    private TextFeatures featuresOf(String id, DedupeState.ArticleState article, Map<String, TextFeatures> earlier) {
        return earlier.computeIfAbsent(id, k -> features(article.text()));
    }

    private List<Edge> verify(TextFeatures features, Set<String> candidates, Map<String, TextFeatures> earlier) {
        List<Edge> edges = new ArrayList<>();
        for (String id : candidates) {
            DedupeState.ArticleState other = state.articles().get(id);
            if (other == null) {
                continue; // expired while its bucket entry waits for pruning
            }
            long[] shingles = featuresOf(id, other, earlier).shingles();
            double jaccard = SetSimilarity.jaccard(features.shingles(), shingles);
            boolean copy = jaccard >= near.jaccard()
                    || (Math.min(shingles.length, features.shingles().length) >= near.containmentMinShingles()
                            && SetSimilarity.containment(features.shingles(), shingles) >= near.containment());
            if (copy) {
                edges.add(new Edge(id, resolve(other.storyId()), jaccard));
            }
        }
        return edges;
    }

    /** Joins the stories of the edges into one (the largest; then the smallest id) and returns it. */
    private String merge(List<Edge> edges, String articleId, OffsetDateTime now, List<DedupeEvent> events) {
        Map<String, Long> sizes = new HashMap<>();
        for (Edge e : edges) {
            sizes.computeIfAbsent(e.storyId(), s -> {
                DedupeState.StoryState st = state.stories().get(s);
                return st == null ? 0L : st.size();
            });
        }
        String survivor = sizes.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        long size = sizes.get(survivor) + 1;
        for (String other : new TreeSet<>(sizes.keySet())) {
            if (!other.equals(survivor)) {
                state.stories().put(other, new DedupeState.StoryState(survivor, sizes.get(other)));
                size += sizes.get(other);
                events.add(StoriesMerged.of(survivor, other, articleId, now));
            }
        }
        state.stories().put(survivor, new DedupeState.StoryState(null, size));
        return survivor;
    }

    private List<Passage> passages(Article article, TextFeatures features, String storyId,
            Map<String, TextFeatures> earlier) {
        Map<String, Integer> shared = new HashMap<>();
        for (long fp : fingerprintHashes(features)) {
            for (String id : IdLists.posting(state.postings(), hex16(fp))) {
                shared.merge(id, 1, Integer::sum);
            }
        }
        List<String> ranked = shared.entrySet().stream()
                .filter(e -> e.getValue() >= passages.minSharedFingerprints())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        List<Passage> found = new ArrayList<>();
        int aligned = 0;
        for (String otherId : ranked) {
            if (aligned >= passages.maxCandidates()) {
                break;
            }
            DedupeState.ArticleState other = state.articles().get(otherId);
            if (other == null || (!passages.sameSource() && other.source().equals(article.source()))) {
                continue;
            }
            String otherStory = resolve(other.storyId());
            if (otherStory.equals(storyId)) {
                continue;
            }
            aligned++;
            TextFeatures there = featuresOf(otherId, other, earlier);
            for (PassageAligner.Passage p : aligner.align(features.tokens(), there.tokens())) {
                Passage.Span here = span(features.spans(), p.aStart(), p.aEnd());
                found.add(new Passage(otherId, otherStory, p.words(), p.edits(), here,
                        span(there.spans(), p.bStart(), p.bEnd()), article.text().substring(here.fromChar(), here.toChar())));
            }
        }
        return found;
    }

    private static Passage.Span span(List<TextNormalizer.Token> spans, int from, int to) {
        return new Passage.Span(from, to, spans.get(from).start(), spans.get(to - 1).end());
    }

    /** The story a remembered story id now belongs to, following merges (and shortening the chain it walked). */
    private String resolve(String storyId) {
        List<String> path = new ArrayList<>();
        String current = storyId;
        DedupeState.StoryState st;
        while ((st = state.stories().get(current)) != null && st.mergedInto() != null) {
            path.add(current);
            current = st.mergedInto();
        }
        for (int i = 0; i < path.size() - 1; i++) {
            String p = path.get(i);
            state.stories().put(p, new DedupeState.StoryState(current, state.stories().get(p).size()));
        }
        return current;
    }

    private void grow(String storyId, long by) {
        DedupeState.StoryState st = state.stories().get(storyId);
        state.stories().put(storyId, new DedupeState.StoryState(null, (st == null ? 0 : st.size()) + by));
    }

    private void remember(Article article, String storyId, boolean indexed, long seenAt) {
        state.articles().put(article.id(), new DedupeState.ArticleState(storyId, article.contentHash(), article.source(),
                article.text(), indexed, seenAt));
        state.expiry().put(expiryPrefix(seenAt) + article.id(), "");
    }

    private static Set<Long> fingerprintHashes(TextFeatures features) {
        Set<Long> hashes = new LinkedHashSet<>();
        for (Winnowing.Fingerprint fp : features.fingerprints()) {
            hashes.add(fp.hash());
        }
        return hashes;
    }

    private static String bucketKey(int band, long bucket) {
        return String.format("%02x:", band) + hex16(bucket);
    }

    private static String expiryPrefix(long millis) {
        return String.format("%013d:", millis);
    }

    private static String hex16(long value) {
        String hex = Long.toHexString(value);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
