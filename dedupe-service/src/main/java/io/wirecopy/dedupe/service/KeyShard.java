package io.wirecopy.dedupe.service;

import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.similarity.Hash64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One of {@code shards} shards of the posting lists: the LSH band buckets and winnowed fingerprints whose key hashes
 * to it ({@link #of}), each key's list whole in one place, so a bucket's cap and a fingerprint's count of carriers
 * are the same as in one index. It reads its requests in sequence order (one partition of a topic keeps them so): for
 * each it answers what its keys held before the article ({@link Request#visibleBelow}) and then, for an indexed
 * article, files the article under them. A request it has read already (a replay) is answered again, the same, and
 * files nothing. What it holds is a function of the sequenced articles alone, never of decisions. In the service, the
 * requests it has read are kept in a store ({@link #restored}) and filed again when its task starts.
 */
public final class KeyShard {

    /**
     * An article's keys that fall to shard {@code shard}: its bands' buckets ({@code bands[i]}'s bucket {@code buckets[i]})
     * and fingerprints; what is older than sequence number {@code visibleBelow} is what it may see; {@code seq} is its own
     * (-1 for a re-send or a version), filed when {@code indexed}.
     */
    public record Request(int shard, int position, int visibleBelow, int seq, boolean indexed, int[] bands, long[] buckets,
            long[] fingerprints) {
        public Request {
            if (shard < 0 || position < 0 || visibleBelow < 0 || bands == null || buckets == null || fingerprints == null
                    || bands.length != buckets.length) {
                throw new IllegalArgumentException("a request needs a shard, a position, and a bucket for each band");
            }
        }
    }

    /**
     * What a shard answered for the article at {@code position}: per band bucket asked its first entries, per
     * fingerprint asked how many carry it and, when that is no more than the common limit, which.
     */
    public record Answer(int position, int shard, int[] bands, long[] buckets, int[][] bucketSeqs, long[] fingerprints,
            int[] carriers, int[][] carrying) {
        public Answer {
            if (position < 0 || shard < 0 || bands == null || buckets == null || bucketSeqs == null || fingerprints == null
                    || carriers == null || carrying == null || bands.length != buckets.length
                    || bands.length != bucketSeqs.length || fingerprints.length != carriers.length
                    || fingerprints.length != carrying.length || java.util.Arrays.stream(bucketSeqs).anyMatch(Objects::isNull)
                    || java.util.Arrays.stream(carrying).anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("an answer needs what each key it names holds");
            }
        }
    }

    private final int shard;
    private final IntPostings[] bands;
    private final IntPostings fingerprints = new IntPostings();
    private final int maxBucketSize;
    private final int maxDocumentFrequency;
    private int lastPosition = -1;
    /** Where first readings are kept (null: nowhere, as in the simulation). */
    private DedupeState.Table<Request> read;

    KeyShard(int shard, int bandCount, int maxBucketSize, int maxDocumentFrequency) {
        this.shard = shard;
        this.bands = new IntPostings[bandCount];
        for (int b = 0; b < bandCount; b++) {
            bands[b] = new IntPostings();
        }
        this.maxBucketSize = maxBucketSize;
        this.maxDocumentFrequency = maxDocumentFrequency;
    }

    /**
     * Shard {@code shard} as its requests in {@code read} (what it read before, by {@link #key}) left it: each filed
     * again in order. Answers after this record every first reading in {@code read}.
     */
    public static KeyShard restored(int shard, DedupeConfig config, DedupeState.Table<Request> read) {
        KeyShard s = new KeyShard(shard, config.near().bands(), config.near().maxBucketSize(),
                config.passages().maxDocumentFrequency());
        read.forEach((key, r) -> {
            if (r.shard() == shard) {
                s.file(r);
            }
        });
        s.read = read;
        return s;
    }

    /** Where a request read is kept: by shard, then position, so a store's order is the shard's order. */
    public static String key(int shard, int position) {
        return String.format("%05d:%010d", shard, position);
    }

    /** The shard of {@code shards} a band's bucket belongs to. */
    static int of(int band, long bucket, int shards) {
        return (int) Math.floorMod(Hash64.mix(bucket * 31 + band), (long) shards);
    }

    /** The shard of {@code shards} a fingerprint belongs to (fingerprints and buckets spread apart: another mix). */
    static int of(long fingerprint, int shards) {
        return (int) Math.floorMod(Hash64.mix(fingerprint ^ 0x5bd1e9955bd1e995L), (long) shards);
    }

    /** Answers a request and, the first time it is read, files an indexed article under its keys. */
    public Answer answer(Request r) {
        int below = r.visibleBelow();
        int[][] bucketSeqs = new int[r.bands().length][];
        for (int i = 0; i < r.bands().length; i++) {
            bucketSeqs[i] = first(bands[r.bands()[i]].get(r.buckets()[i]), below, maxBucketSize);
        }
        int[] carriers = new int[r.fingerprints().length];
        int[][] carrying = new int[r.fingerprints().length][];
        for (int i = 0; i < r.fingerprints().length; i++) {
            int[] all = first(fingerprints.get(r.fingerprints()[i]), below, Integer.MAX_VALUE);
            carriers[i] = all.length;
            carrying[i] = all.length > maxDocumentFrequency ? new int[0] : all;
        }
        if (file(r) && read != null) {
            read.put(key(shard, r.position()), r);
        }
        return new Answer(r.position(), shard, r.bands(), r.buckets(), bucketSeqs, r.fingerprints(), carriers, carrying);
    }

    /** Files an indexed article under its keys the first time its request is read; whether it was the first time. */
    private boolean file(Request r) {
        if (r.position() <= lastPosition) {
            return false;
        }
        lastPosition = r.position();
        if (r.indexed()) {
            for (int i = 0; i < r.bands().length; i++) {
                bands[r.bands()[i]].add(r.buckets()[i], r.seq());
            }
            for (long fp : r.fingerprints()) {
                fingerprints.add(fp, r.seq());
            }
        }
        return true;
    }

    /** The entries of {@code seqs} (ascending) below {@code below}, at most {@code limit}. */
    private static int[] first(int[] seqs, int below, int limit) {
        int n = 0;
        while (n < seqs.length && n < limit && seqs[n] < below) {
            n++;
        }
        return n == seqs.length ? seqs : Arrays.copyOf(seqs, n);
    }

    /** Keys held, buckets and fingerprints: what the shard's memory grows with (about 20 bytes a key, 4 an entry more). */
    public long keys() {
        long keys = fingerprints.keys();
        for (IntPostings b : bands) {
            keys += b.keys();
        }
        return keys;
    }

    /**
     * The answers of every shard asked for one article, merged into what one index would answer: each key is in one
     * shard's answer.
     */
    public static KeyLookup merged(List<Answer> answers) {
        LongObjectHashMap<int[]> carrying = new LongObjectHashMap<>();
        LongIntHashMap carriers = new LongIntHashMap();
        List<LongObjectHashMap<int[]>> byBand = new ArrayList<>();
        for (Answer a : answers) {
            for (int i = 0; i < a.bands().length; i++) {
                while (byBand.size() <= a.bands()[i]) {
                    byBand.add(new LongObjectHashMap<>());
                }
                byBand.get(a.bands()[i]).put(a.buckets()[i], a.bucketSeqs()[i]);
            }
            for (int i = 0; i < a.fingerprints().length; i++) {
                carriers.put(a.fingerprints()[i], a.carriers()[i]);
                carrying.put(a.fingerprints()[i], a.carrying()[i]);
            }
        }
        int[] none = new int[0];
        return new KeyLookup() {
            public int[] bucket(int band, long bucket) {
                return band < byBand.size() ? byBand.get(band).getOrDefault(bucket, none) : none;
            }

            public int carriers(long fp) {
                return carriers.getOrDefault(fp, 0);
            }

            public int[] carrying(long fp) {
                return carrying.getOrDefault(fp, none);
            }
        };
    }
}
