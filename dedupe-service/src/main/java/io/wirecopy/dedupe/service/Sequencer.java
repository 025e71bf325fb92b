package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.similarity.Lsh;
import io.wirecopy.dedupe.similarity.MinHash;
import io.wirecopy.shared.event.Article;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first step of a sharded dedupe: fixes one order and computes each article's keys, from the articles alone. An
 * article whose id came before (a re-send, a new version) takes no sequence number and files nothing, as the engine
 * remembers no second article for it; any other takes the next one, and is indexed unless an indexed article had its
 * very text (an exact copy). Its keys, split by {@link KeyShard#of shard}, become one {@link KeyShard.Request} for each
 * shard that holds one of them. What it keeps: the ids and the texts' hashes seen (a few dozen bytes an article).
 */
final class Sequencer {

    /** One article in the order: its position, the shards asked and their requests (by shard). */
    record Sequenced(int position, Article article, List<KeyShard.Request> requests) {
    }

    private final DedupeConfig config;
    private final MinHash minHash;
    private final Lsh lsh;
    private final int shards;
    private final Set<String> ids = new HashSet<>();
    private final Set<String> indexedTexts = new HashSet<>();
    private int position;
    private int nextSeq;

    Sequencer(DedupeConfig config, int shards) {
        this.config = config;
        this.minHash = new MinHash(config.near().permutations(), config.near().seed());
        this.lsh = new Lsh(config.near().bands(), config.near().rows());
        this.shards = shards;
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

    Sequenced next(Article article) {
        return next(article, keys(article));
    }

    /** The next article in the order, whose keys are {@code keys}. */
    Sequenced next(Article article, Keys keys) {
        int below = nextSeq;
        int seq = -1;
        boolean indexed = false;
        if (ids.add(article.id())) {
            seq = nextSeq++;
            indexed = indexedTexts.add(article.contentHash());
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
        return new Sequenced(position++, article, requests);
    }
}
