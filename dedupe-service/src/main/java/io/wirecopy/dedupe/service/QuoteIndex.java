package io.wirecopy.dedupe.service;

import com.carrotsearch.hppc.IntIntHashMap;
import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.cursors.IntIntCursor;
import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.dedupe.similarity.Hash64;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quotes dedupe remembers, one {@link QuoteRecord} each in a durable table, and in memory what
 * finds them: the word 3-grams of each quote (to find the same quote in other words' company: edited,
 * cut short, quoted in part).
 * Rebuilt from the table when the engine starts.
 */
final class QuoteIndex {

    /** Words per gram. */
    static final int GRAM = 3;

    /** An earlier quote the new one is (its place and record), and how much of the shorter of the two their shared grams cover. */
    record Match(int seq, QuoteRecord record, double coverage) {
    }

    /** Both quotes this much covered: one quote, whoever each article says said it (a misattribution). */
    static final double SAME_WHOEVER_SAID_IT = 0.8;

    private final DedupeState.Table<QuoteRecord> table;
    private final DedupeConfig.Quotes config;
    private final Map<String, Integer> seqOf = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final LongArrayList seen = new LongArrayList();
    private int size;
    private final IntPostings grams = new IntPostings();
    private final SpeakerDirectory speakers = new SpeakerDirectory();
    /** The seq the next new quote's record takes: after every one stored, forgotten ones included. */
    private int nextSeq;

    QuoteIndex(DedupeState.Table<QuoteRecord> table, DedupeConfig.Quotes config) {
        this.table = table;
        this.config = config;
        List<QuoteRecord> all = new ArrayList<>();
        table.forEach((id, r) -> all.add(r));
        all.sort(Comparator.comparingInt(QuoteRecord::seq).thenComparing(QuoteRecord::id));
        for (QuoteRecord r : all) {
            nextSeq = Math.max(nextSeq, r.seq() + 1);
            file(r, Hash64.tokens(r.text()));
            if (r.speakerId() != null) {
                speakers.restore(r.speakerId(), r.speaker());
            }
        }
    }

    SpeakerDirectory speakers() {
        return speakers;
    }

    /** Quotes remembered. */
    int size() {
        return size;
    }

    /** The place in the order of first sightings the next new quote takes. */
    int nextSeq() {
        return nextSeq;
    }

    /** Remembers a new quote, whose words hash to {@code words}. */
    int add(QuoteRecord r, long[] words) {
        table.put(r.id(), r);
        nextSeq = Math.max(nextSeq, r.seq() + 1);
        return file(r, words);
    }

    /**
     * Forgets the quotes first seen before {@code cutoffMillis}, at most {@code limit} of them: their records,
     * and grams (the speakers stay). Returns how many were forgotten.
     */
    int prune(long cutoffMillis, int limit) {
        int forgotten = 0;
        for (int seq = 0; seq < ids.size() && forgotten < limit; seq++) {
            String id = ids.get(seq);
            if (id == null || seen.get(seq) >= cutoffMillis) {
                continue;
            }
            QuoteRecord r = table.get(id);
            if (r != null) {
                for (var g : grams(Hash64.tokens(r.text()))) {
                    grams.remove(g.value, seq);
                }
                table.delete(id);
            }
            seqOf.remove(id);
            ids.set(seq, null);
            size--;
            forgotten++;
        }
        return forgotten;
    }

    private int file(QuoteRecord r, long[] words) {
        Integer known = seqOf.get(r.id());
        if (known != null) {
            return known;
        }
        int seq = ids.size();
        seqOf.put(r.id(), seq);
        ids.add(r.id());
        seen.add(r.seenMillis());
        size++;
        LongHashSet distinct = grams(words);
        for (var c : distinct) {
            grams.add(c.value, seq);
        }
        return seq;
    }

    Integer seqOf(String id) {
        return seqOf.get(id);
    }

    /** The record of a remembered quote (null once forgotten). */
    QuoteRecord record(int seq) {
        String id = ids.get(seq);
        return id == null ? null : table.get(id);
    }

    /**
     * The earlier quote these words are (the best covered), or null. A quote another speaker is said to have
     * said must be nearly all of this one and this one nearly all of it ({@link #SAME_WHOEVER_SAID_IT}): a
     * speaker who quotes another's words inside his own remark ("She is right that the permits take
     * longer") says something else.
     */
    Match match(long[] words, String speakerId) {
        if (words.length < GRAM) {
            return null;
        }
        LongHashSet mine = grams(words);
        IntIntHashMap shared = new IntIntHashMap();
        for (var c : mine) {
            if (grams.size(c.value) > config.maxGramQuotes()) {
                continue; // a stock phrase
            }
            for (int seq : grams.get(c.value)) {
                shared.addTo(seq, 1);
            }
        }
        List<int[]> ranked = new ArrayList<>();
        for (IntIntCursor c : shared) {
            if (c.value >= 2) {
                ranked.add(new int[] {c.key, c.value});
            }
        }
        ranked.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        Match best = null;
        for (int[] candidate : ranked.subList(0, Math.min(10, ranked.size()))) {
            QuoteRecord other = record(candidate[0]);
            if (other == null) {
                continue;
            }
            long[] theirs = Hash64.tokens(other.text());
            LongHashSet theirGrams = grams(theirs);
            int coveredMine = covered(words, theirGrams);
            int coveredTheirs = covered(theirs, mine);
            double mineCovered = (double) coveredMine / words.length;
            double theirsCovered = (double) coveredTheirs / theirs.length;
            double coverage = Math.max(mineCovered, theirsCovered);
            boolean otherSpeaker = speakerId != null && other.speakerId() != null && !speakerId.equals(other.speakerId());
            if (otherSpeaker && Math.min(mineCovered, theirsCovered) < SAME_WHOEVER_SAID_IT) {
                continue;
            }
            if (Math.min(coveredMine, coveredTheirs) >= config.minSharedWords() && coverage >= config.minCoverage()
                    && (best == null || coverage > best.coverage())) {
                best = new Match(candidate[0], other, coverage);
            }
        }
        return best;
    }

    static LongHashSet grams(long[] words) {
        LongHashSet set = new LongHashSet();
        for (int i = 0; i + GRAM <= words.length; i++) {
            set.add(Hash64.words(words, i, GRAM));
        }
        return set;
    }

    /** How many of {@code words} stand in a gram of {@code grams}. */
    private static int covered(long[] words, LongHashSet grams) {
        int covered = 0;
        int until = 0;
        for (int i = 0; i + GRAM <= words.length; i++) {
            if (grams.contains(Hash64.words(words, i, GRAM))) {
                covered += Math.min(GRAM, i + GRAM - Math.max(until, i));
                until = i + GRAM;
            }
        }
        return covered;
    }
}
