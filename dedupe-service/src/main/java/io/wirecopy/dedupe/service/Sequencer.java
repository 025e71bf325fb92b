package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.similarity.Lsh;
import io.wirecopy.dedupe.similarity.MinHash;
import io.wirecopy.shared.event.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * The first step of a sharded dedupe: fixes one order and computes each article's keys, from the articles alone. An
 * article whose id came before (a re-send, a new version) takes no sequence number and files nothing, as the engine
 * remembers no second article for it; any other takes the next one, and is indexed unless an indexed article had its
 * very text (an exact copy). Its keys, split by {@link KeyShard#of shard}, become one {@link KeyShard.Request} for each
 * shard that holds one of them. What it keeps ({@code seen}: a store in the service): the ids and the texts' hashes
 * seen (a few dozen bytes an article), and where the order stands.
 */
public final class Sequencer {

    /** One article in the order: its position, the shards asked and their requests (by shard). */
    public record Sequenced(int position, Article article, List<KeyShard.Request> requests) {
        /** The shards asked, in the order of {@link #requests}. */
        public int[] shards() {
            return requests.stream().mapToInt(KeyShard.Request::shard).toArray();
        }
    }

    private static final String POSITION = "position";
    private static final String NEXT_SEQ = "next-seq";

    private final DedupeConfig config;
    private final MinHash minHash;
    private final Lsh lsh;
    private final int shards;
    private final DedupeState.Table<String> seen;
    private int position;
    private int nextSeq;

    Sequencer(DedupeConfig config, int shards) {
        this(config, shards, new DedupeState.MapTable<>());
    }

    /** A sequencer that keeps what it has seen in {@code seen} and goes on from where it stands there. */
    public Sequencer(DedupeConfig config, int shards, DedupeState.Table<String> seen) {
        this.config = config;
        this.minHash = new MinHash(config.near().permutations(), config.near().seed());
        this.lsh = new Lsh(config.near().bands(), config.near().rows());
        this.shards = shards;
        this.seen = seen;
        this.position = counter(POSITION);
        this.nextSeq = counter(NEXT_SEQ);
    }

    private int counter(String key) {
        String v = seen.get(key);
        return v == null ? 0 : Integer.parseInt(v);
    }

    /** An article's keys: its bands' buckets and its distinct fingerprints. */
    record Keys(long[] buckets, long[] fingerprints) {
    }

    /** The keys of {@code article}'s text, as the index files them. */
    Keys keys(Article article) {
        TextFeatures features = TextFeatures.of(article.text(), config.near().shingleWords(),
                config.passages().seedWords(), config.passages().window());
        return new Keys(lsh.buckets(minHash.signature(features.shingles())), features.distinctFingerprints());
    }

    public Sequenced next(Article article) {
        return next(article, keys(article));
    }

    /** The next article in the order, whose keys are {@code keys}. */
    Sequenced next(Article article, Keys keys) {
        int below = nextSeq;
        int seq = -1;
        boolean indexed = false;
        if (seen.get("id:" + article.id()) == null) {
            seen.put("id:" + article.id(), "");
            seq = nextSeq++;
            seen.put(NEXT_SEQ, Integer.toString(nextSeq));
            indexed = seen.get("text:" + article.contentHash()) == null;
            if (indexed) {
                seen.put("text:" + article.contentHash(), "");
            }
        }
        long[] buckets = keys.buckets();
        long[] fingerprints = keys.fingerprints();
        List<List<Integer>> bandsOf = new ArrayList<>();
        List<List<Long>> bucketsOf = new ArrayList<>();
        List<List<Long>> fingerprintsOf = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            bandsOf.add(new ArrayList<>());
            bucketsOf.add(new ArrayList<>());
            fingerprintsOf.add(new ArrayList<>());
        }
        for (int b = 0; b < buckets.length; b++) {
            int s = KeyShard.of(b, buckets[b], shards);
            bandsOf.get(s).add(b);
            bucketsOf.get(s).add(buckets[b]);
        }
        for (long fp : fingerprints) {
            fingerprintsOf.get(KeyShard.of(fp, shards)).add(fp);
        }
        List<KeyShard.Request> requests = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            if (bandsOf.get(s).isEmpty() && fingerprintsOf.get(s).isEmpty()) {
                continue;
            }
            requests.add(new KeyShard.Request(s, position, below, seq, indexed,
                    bandsOf.get(s).stream().mapToInt(Integer::intValue).toArray(),
                    bucketsOf.get(s).stream().mapToLong(Long::longValue).toArray(),
                    fingerprintsOf.get(s).stream().mapToLong(Long::longValue).toArray()));
        }
        seen.put(POSITION, Integer.toString(position + 1));
        return new Sequenced(position++, article, requests);
    }
}
