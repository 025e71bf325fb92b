package io.wirecopy.dedupe.service;

import com.carrotsearch.hppc.IntObjectHashMap;
import com.carrotsearch.hppc.cursors.ObjectCursor;
import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.Reuse;
import io.wirecopy.dedupe.similarity.Lsh;
import io.wirecopy.dedupe.similarity.MinHash;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The remembered articles and their indexes, in memory: every article by id and by its dense sequence
 * number, its sequence number in the LSH bucket of each band and in the posting of each winnowed
 * fingerprint it carries, and the first indexed article of each text. Each article is also written once to the
 * durable {@link ArticleRecord} table, with the keys it was filed under; on start the index is rebuilt from those
 * records without reading a text.
 * Features are computed here with the configured shingle, seed and window sizes.
 *
 * <p>A list keeps every article filed under its key, in the order they came. A bucket answers with its
 * first {@code near.max-bucket-size} (a fuller bucket is boilerplate or a story with hundreds of copies,
 * which the other bands still find); a fingerprint carried by more than
 * {@code passages.max-document-frequency} articles is a stock phrase or boilerplate, which passages and
 * containment ignore. Both depend only on the articles remembered, so a rebuilt index answers as the
 * one it replaces.
 */
final class ArticleIndex {

    private final DedupeState.Table<ArticleRecord> records;
    private final DedupeConfig.Near near;
    private final DedupeConfig.Passages passages;
    private final MinHash minHash;
    private final Lsh lsh;

    private final Map<String, Integer> seqOf = new HashMap<>();
    private final List<KnownArticle> bySeq = new ArrayList<>();
    private final IntPostings[] buckets;
    private final IntPostings postings = new IntPostings();
    private final Map<String, Integer> exact = new HashMap<>();
    private final FeatureCache cache;
    private int nextSeq;
    /** Whether this index posts the keys of the articles it remembers (not when key shards hold them). */
    private final boolean postsKeys;
    /** Its own postings, as the decisions read them. */
    private final KeyLookup own = new KeyLookup() {
        public int[] bucket(int band, long bucket) {
            return buckets[band].get(bucket, near.maxBucketSize());
        }

        public int carriers(long fp) {
            return postings.size(fp);
        }

        public int[] carrying(long fp) {
            return postings.get(fp);
        }
    };
    /** What the keys answer for the decision under way: {@link #own}, or what the key shards answered for it. */
    private KeyLookup lookup = own;

    ArticleIndex(DedupeState.Table<ArticleRecord> records, DedupeConfig config) {
        this(records, config, true);
    }

    /** With {@code postsKeys} false, the postings are elsewhere ({@link KeyShard}) and every decision is given theirs. */
    ArticleIndex(DedupeState.Table<ArticleRecord> records, DedupeConfig config, boolean postsKeys) {
        this.postsKeys = postsKeys;
        this.records = records;
        this.near = config.near();
        this.passages = config.passages();
        if (near.bands() * near.rows() > near.permutations()) {
            throw new IllegalArgumentException("wirecopy.dedupe.near: bands x rows (" + near.bands() + " x "
                    + near.rows() + ") needs at least that many permutations, got " + near.permutations());
        }
        this.minHash = new MinHash(near.permutations(), near.seed());
        this.lsh = new Lsh(near.bands(), near.rows());
        this.buckets = new IntPostings[near.bands()];
        for (int b = 0; b < buckets.length; b++) {
            buckets[b] = new IntPostings();
        }
        this.cache = new FeatureCache(config.featureCache());
        restore();
    }

    TextFeatures features(String text) {
        return TextFeatures.of(text, near.shingleWords(), passages.seedWords(), passages.window());
    }

    long[] buckets(TextFeatures features) {
        return lsh.buckets(minHash.signature(features.shingles()));
    }

    /** The remembered article with this id, or null. */
    KnownArticle known(String id) {
        int seq = seqOf.getOrDefault(id, -1);
        return seq < 0 ? null : bySeq.get(seq);
    }

    /** The first indexed article remembered with this text, or null. */
    KnownArticle exact(String contentHash) {
        int seq = exact.getOrDefault(contentHash, -1);
        return seq < 0 ? null : bySeq.get(seq);
    }

    /** The sequence numbers in band {@code band}'s bucket {@code bucket}, the first {@code near.max-bucket-size}. */
    int[] bucketSeqs(int band, long bucket) {
        return lookup.bucket(band, bucket);
    }

    /** The decision under way reads {@code answers} (what the key shards answered for its article); null: its own postings. */
    void answerWith(KeyLookup answers) {
        this.lookup = answers == null ? own : answers;
    }

    /** The remembered article with this sequence number, or null. */
    KnownArticle known(int seq) {
        return bySeq.get(seq);
    }

    /** The word and shingle hashes of a remembered article: from the cache, else from its stored text. */
    TextFeatures featuresOf(KnownArticle article) {
        FeatureCache.Words words = cache.get(article.seq());
        if (words != null) {
            return TextFeatures.known(words, () -> records.get(article.id()).text(), near.shingleWords(),
                    passages.seedWords(), passages.window());
        }
        TextFeatures features = TextFeatures.remembered(records.get(article.id()).text(), near.shingleWords(),
                passages.seedWords(), passages.window());
        cache.put(article.seq(), features.cached());
        return features;
    }

    /**
     * The earlier articles indexed under the text's distinct fingerprints (stock phrases carry none), best
     * first: by the sum over shared fingerprints of 1 / the articles under it (a site's template, shared by
     * many of its pages, weighs little next to a paragraph found in one other article), then by id.
     */
    List<SharedFingerprints> sharedFingerprints(TextFeatures features) {
        IntObjectHashMap<SharedFingerprints> shared = new IntObjectHashMap<>();
        for (long fp : features.distinctFingerprints()) {
            int n = lookup.carriers(fp);
            if (n == 0 || n > passages.maxDocumentFrequency()) {
                continue; // none, or a common fingerprint: every earlier article of its kind
            }
            double w = 1.0 / n;
            for (int seq : lookup.carrying(fp)) {
                SharedFingerprints s = shared.get(seq);
                if (s == null) {
                    s = new SharedFingerprints(bySeq.get(seq));
                    shared.put(seq, s);
                }
                s.add(w);
            }
        }
        List<SharedFingerprints> ranked = new ArrayList<>(shared.size());
        for (ObjectCursor<SharedFingerprints> c : shared.values()) {
            ranked.add(c.value);
        }
        ranked.sort(Comparator.comparingDouble(SharedFingerprints::weight).reversed()
                .thenComparing(SharedFingerprints::articleId));
        return ranked;
    }

    /**
     * How many different stories ({@code story} resolves an article's story as it stands) the earlier articles
     * carrying fingerprint {@code fp} belong to, counted up to {@code enough}; {@link Integer#MAX_VALUE} for a
     * common fingerprint (more than {@code passages.max-document-frequency} carriers). Copies of one story count
     * once: a wire story republished twenty times does not make its sentences stock phrases.
     */
    int storiesCarrying(long fp, java.util.function.UnaryOperator<String> story, int enough) {
        if (lookup.carriers(fp) > passages.maxDocumentFrequency()) {
            return Integer.MAX_VALUE;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int seq : lookup.carrying(fp)) {
            if (seen.add(story.apply(bySeq.get(seq).storyId())) && seen.size() >= enough) {
                break;
            }
        }
        return seen.size();
    }

    /** How many of a text's fingerprints an earlier article carries, and their weight. */
    static final class SharedFingerprints {
        private final KnownArticle article;
        private int count;
        private double weight;

        SharedFingerprints(KnownArticle article) {
            this.article = article;
        }

        void add(double w) {
            count++;
            weight += w;
        }

        KnownArticle article() {
            return article;
        }

        String articleId() {
            return article.id();
        }

        int count() {
            return count;
        }

        double weight() {
            return weight;
        }
    }

    /**
     * Remembers an article: its record (one write), and unless it is an exact copy ({@code indexed} false)
     * its bands and its distinct fingerprints. What it posts is a function of its text alone, never of what
     * was decided about it (a copy posts what its original posts too), so the postings can be split by key
     * over shards that answer as one (docs/scaling.md).
     */
    void add(Article article, String storyId, boolean indexed, long seenAt, String original, Reuse reuse,
            TextFeatures features, long[] bandBuckets) {
        KnownArticle known = new KnownArticle(nextSeq++, article.id(), storyId, article.contentHash(), article.source(),
                indexed, seenAt, original, reuse, article.publishedAt(),
                article.modifiedAt() == null ? null : article.modifiedAt().toInstant().toEpochMilli());
        long[] keys = NONE;
        long[] posted = NONE;
        if (indexed) {
            keys = bandBuckets;
            posted = features.distinctFingerprints();
            cache.put(known.seq(), features.cached());
        }
        records.put(known.id(), ArticleRecord.of(known, article.text(), keys, posted));
        file(known, keys, posted);
    }

    /** Puts a remembered article into the in-memory maps. */
    private void file(KnownArticle known, long[] bandBuckets, long[] posted) {
        fileArticle(known);
        if (!known.indexed() || !postsKeys) {
            return;
        }
        for (int b = 0; b < bandBuckets.length && b < buckets.length; b++) {
            buckets[b].add(bandBuckets[b], known.seq());
        }
        for (long fp : posted) {
            postings.add(fp, known.seq());
        }
    }

    /** The article by id and by sequence number, and (indexed) as the latest of its text. */
    private void fileArticle(KnownArticle known) {
        seqOf.put(known.id(), known.seq());
        while (bySeq.size() <= known.seq()) {
            bySeq.add(null);
        }
        bySeq.set(known.seq(), known);
        nextSeq = Math.max(nextSeq, known.seq() + 1);
        if (known.indexed() && exact.getOrDefault(known.contentHash(), -1) < known.seq()) {
            exact.put(known.contentHash(), known.seq()); // the latest indexed one, as when it came
        }
    }

    /**
     * Forgets the articles seen before {@code cutoffMillis}, at most {@code limit} of them (the oldest,
     * then by id): their records, index entries and exact-copy entries, and what {@code alsoForget} keeps of them
     * elsewhere (their versions). Returns how many were forgotten.
     */
    int prune(long cutoffMillis, int limit, java.util.function.Consumer<String> alsoForget) {
        List<KnownArticle> expired = new ArrayList<>();
        for (KnownArticle k : bySeq) {
            if (k != null && k.seenAtMillis() < cutoffMillis) {
                expired.add(k);
            }
        }
        expired.sort(Comparator.comparingLong(KnownArticle::seenAtMillis).thenComparing(KnownArticle::id));
        List<KnownArticle> forgotten = expired.subList(0, Math.min(limit, expired.size()));
        for (KnownArticle k : forgotten) {
            ArticleRecord record = records.get(k.id());
            if (k.indexed() && record != null && record.buckets() != null) {
                for (int b = 0; b < record.buckets().length && b < buckets.length; b++) {
                    buckets[b].remove(record.buckets()[b], k.seq());
                }
                for (long fp : record.fingerprints()) {
                    postings.remove(fp, k.seq());
                }
            }
            if (exact.getOrDefault(k.contentHash(), -1) == k.seq()) {
                exact.remove(k.contentHash());
            }
            records.delete(k.id());
            alsoForget.accept(k.id());
            seqOf.remove(k.id());
            bySeq.set(k.seq(), null);
            cache.remove(k.seq());
        }
        return forgotten.size();
    }

    /**
     * Rebuilds the maps from the stored records. Every list holds its articles in the order they came,
     * which is sequence order, so the records (listed by the store in id order) are put in sequence order
     * first. Then each band's bucket map and the fingerprint postings are filled one map at a time, in
     * parallel: one map's keys at a time stay in the processor's cache, where 43 maps filled together
     * would miss it on nearly every insert. Records of an older version (no keys) are indexed again from
     * their texts, in the order they were seen, and stored anew.
     */
    private void restore() {
        List<ArticleRecord> legacy = new ArrayList<>();
        List<ArticleRecord> stored = new ArrayList<>();
        records.forEach((id, record) -> (record.about().seq() < 0 ? legacy : stored)
                .add(record.packedText() == null || record.about().seq() < 0 ? record
                        : new ArticleRecord(record.about(), null, record.buckets(), record.fingerprints())));
        stored.sort(Comparator.comparingInt(r -> r.about().seq()));
        int n = stored.size();
        long[][] bandKeys = new long[buckets.length][n]; // per band, in sequence order: each map filled from one array
        int fingerprints = 0;
        for (int i = 0; i < n; i++) {
            ArticleRecord r = stored.get(i);
            if (r.about().indexed() && r.buckets() != null && r.fingerprints() == null) {
                r = refiled(r);
                stored.set(i, r);
            }
            fileArticle(r.about());
            if (r.about().indexed()) {
                for (int b = 0; b < buckets.length && b < r.buckets().length; b++) {
                    bandKeys[b][i] = r.buckets()[b];
                }
                fingerprints += r.fingerprints().length;
            }
        }
        for (IntPostings band : buckets) {
            band.expect(n);
        }
        postings.expect(fingerprints);
        IntStream.rangeClosed(-1, postsKeys ? buckets.length - 1 : -2).parallel().forEach(band -> {
            for (int i = 0; i < n; i++) {
                KnownArticle a = stored.get(i).about();
                if (!a.indexed()) {
                    continue;
                }
                if (band < 0) {
                    for (long fp : stored.get(i).fingerprints()) {
                        postings.add(fp, a.seq());
                    }
                } else if (band < stored.get(i).buckets().length) {
                    buckets[band].add(bandKeys[band][i], a.seq());
                }
            }
        });
        legacy.sort(Comparator.comparingLong((ArticleRecord r) -> r.about().seenAtMillis())
                .thenComparing(r -> r.about().id()));
        for (ArticleRecord r : legacy) {
            reindex(r);
        }
    }

    /**
     * A near copy an older version filed under the fingerprints its original lacked only: its text's distinct
     * fingerprints, computed once, stored with it (what it is filed under from now on), its text left out again.
     */
    private ArticleRecord refiled(ArticleRecord partial) {
        String text = records.get(partial.about().id()).text();
        long[] fingerprints = features(text).distinctFingerprints();
        records.put(partial.about().id(), ArticleRecord.of(partial.about(), text, partial.buckets(), fingerprints));
        return new ArticleRecord(partial.about(), null, partial.buckets(), fingerprints);
    }

    /** An older version's record: its features computed from its text, filed and stored in this version's form. */
    private void reindex(ArticleRecord old) {
        KnownArticle known = old.about().withSeq(nextSeq++);
        String text = old.text();
        long[] keys = NONE;
        long[] posted = NONE;
        if (known.indexed()) {
            TextFeatures features = features(text);
            keys = buckets(features);
            posted = features.distinctFingerprints();
        }
        records.put(known.id(), ArticleRecord.of(known, text, keys, posted));
        file(known, keys, posted);
    }

    /** Articles remembered. */
    int size() {
        return seqOf.size();
    }

    /** Keys in the in-memory maps: LSH buckets, fingerprints, texts. */
    long keys() {
        long n = (long) postings.keys() + exact.size();
        for (IntPostings band : buckets) {
            n += band.keys();
        }
        return n;
    }

    FeatureCache cache() {
        return cache;
    }

    private static final long[] NONE = new long[0];
}
