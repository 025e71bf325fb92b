package io.wirecopy.dedupe.service;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongArrayList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quotes the renderings step remembers, one {@link RenderedQuote} each in its durable table, and in memory
 * what finds them: each quote's place, article and time, each speaker's quotes in the order first seen, and the
 * embeddings read or computed so far. Rebuilt from the table when the step starts.
 */
final class RenderingIndex {

    private final DedupeState.Table<RenderedQuote> table;
    private final Map<String, Integer> seqOf = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> articleOf = new ArrayList<>();
    private final LongArrayList times = new LongArrayList();
    private final LongArrayList seen = new LongArrayList();
    private final List<String> speakerOf = new ArrayList<>();
    private final Map<String, IntArrayList> bySpeaker = new HashMap<>();
    private final Map<Integer, byte[][]> embeddings = new HashMap<>();
    private int size;
    private int nextSeq;
    /** Sentences embedded lately, the least recently used forgotten past {@value #SENTENCES}: a sentence two quotes share is embedded once. */
    private final Map<String, byte[]> sentenceCache = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > SENTENCES;
        }
    };
    static final int SENTENCES = 10_000;
    private long sentenceHits;

    RenderingIndex(DedupeState.Table<RenderedQuote> table) {
        this.table = table;
        List<RenderedQuote> all = new ArrayList<>();
        table.forEach((id, r) -> all.add(r));
        all.sort(Comparator.comparingInt(RenderedQuote::seq).thenComparing(RenderedQuote::id));
        for (RenderedQuote r : all) {
            nextSeq = Math.max(nextSeq, r.seq() + 1);
            file(r);
        }
    }

    int size() {
        return size;
    }

    int speakers() {
        return bySpeaker.size();
    }

    /** Sentences a quote needed that an earlier quote had embedded already. */
    long sentenceHits() {
        return sentenceHits;
    }

    /** Remembers a quote first seen now; returns its place. */
    int add(String id, String speakerId, String articleId, long timeMillis, long seenMillis, String text) {
        RenderedQuote r = new RenderedQuote(nextSeq++, id, speakerId, articleId, timeMillis, seenMillis, null, text, null);
        table.put(id, r);
        return file(r);
    }

    private int file(RenderedQuote r) {
        int seq = ids.size();
        seqOf.put(r.id(), seq);
        ids.add(r.id());
        articleOf.add(r.articleId());
        times.add(r.timeMillis());
        seen.add(r.seenMillis());
        speakerOf.add(r.speakerId());
        size++;
        if (r.speakerId() != null) {
            bySpeaker.computeIfAbsent(r.speakerId(), k -> new IntArrayList()).add(seq);
        }
        return seq;
    }

    Integer seqOf(String id) {
        return seqOf.get(id);
    }

    String id(int seq) {
        return ids.get(seq);
    }

    String articleOf(int seq) {
        return articleOf.get(seq);
    }

    long time(int seq) {
        return times.get(seq);
    }

    /** The speaker's quotes, oldest first (empty when none). */
    IntArrayList bySpeaker(String speakerId) {
        IntArrayList l = bySpeaker.get(speakerId);
        return l == null ? new IntArrayList() : l;
    }

    /** The articles that carry the remembered quote (before {@code article} is added), and files {@code article} among them. */
    List<String> carriedBy(int seq, String article) {
        RenderedQuote r = table.get(ids.get(seq));
        if (r == null) {
            return List.of();
        }
        RenderedQuote more = r.carriedBy(article);
        if (more != r) {
            table.put(r.id(), more);
        }
        return r.carriers();
    }

    /**
     * Makes sure the quotes at {@code seqs} have their embeddings, in their order, as far as {@code budget} goes: kept,
     * read from their records, or computed now and stored; the sentences of all those still without embedded together,
     * each distinct sentence once. A quote whose sentences would pass the budget, and every one after it, is left
     * without (a later article that needs it embeds it). What is spent depends on the quotes, never on the cache, so
     * the links do not change with a restart.
     */
    void embed(java.util.Collection<Integer> seqs, SentenceEmbedder embedder, int maxSentences, int budget) {
        List<Integer> missing = new ArrayList<>();
        List<List<String>> sentencesOf = new ArrayList<>();
        Map<String, Integer> distinct = new java.util.LinkedHashMap<>();
        int left = budget;
        boolean spent = false;
        for (int seq : seqs) {
            if (embeddings.containsKey(seq) || ids.get(seq) == null) {
                continue;
            }
            RenderedQuote r = table.get(ids.get(seq));
            if (r == null) {
                continue;
            }
            if (r.embedding() != null) {
                embeddings.put(seq, QuoteEmbeddings.decode(r.embedding()));
                continue;
            }
            List<String> sentences = QuoteEmbeddings.sentences(r.text(), maxSentences);
            int cost = sentences.stream().mapToInt(RenderingIndex::cost).sum();
            if (spent || cost > left) { // the quotes after it keep their order: they wait too
                spent = true;
                continue;
            }
            left -= cost;
            missing.add(seq);
            sentencesOf.add(sentences);
            sentences.forEach(x -> distinct.putIfAbsent(x, distinct.size()));
        }
        if (missing.isEmpty()) {
            return;
        }
        Map<String, byte[]> vectorOf = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String sentence : distinct.keySet()) {
            byte[] known = sentenceCache.get(sentence);
            if (known == null) {
                unknown.add(sentence);
            } else {
                vectorOf.put(sentence, known);
                sentenceHits++;
            }
        }
        for (String sentence : unknown) {
            byte[] v = QuoteEmbeddings.quantize(embedder.embed(sentence));
            vectorOf.put(sentence, v);
            sentenceCache.put(sentence, v);
        }
        for (int k = 0; k < missing.size(); k++) {
            List<String> of = sentencesOf.get(k);
            byte[][] e = new byte[of.size()][];
            for (int i = 0; i < e.length; i++) {
                e[i] = vectorOf.get(of.get(i));
            }
            int seq = missing.get(k);
            RenderedQuote r = table.get(ids.get(seq));
            table.put(r.id(), r.withEmbedding(QuoteEmbeddings.encode(e)));
            embeddings.put(seq, e);
        }
    }

    /** What a sentence costs the model, in short sentences: one, and one more per 200 characters, 8 at most. */
    static int cost(String sentence) {
        return Math.min(8, 1 + sentence.length() / 200);
    }

    /** The embeddings of a remembered quote, null when it has none yet (or was forgotten). */
    byte[][] embeddings(int seq) {
        return embeddings.get(seq);
    }

    /**
     * Forgets the quotes first seen before {@code cutoffMillis}, at most {@code limit} of them: their records, places
     * under their speaker and embeddings. Returns how many were forgotten.
     */
    int prune(long cutoffMillis, int limit) {
        int forgotten = 0;
        for (int seq = 0; seq < ids.size() && forgotten < limit; seq++) {
            String id = ids.get(seq);
            if (id == null || seen.get(seq) >= cutoffMillis) {
                continue;
            }
            String speaker = speakerOf.get(seq);
            if (speaker != null && bySpeaker.containsKey(speaker)) {
                IntArrayList quotes = bySpeaker.get(speaker);
                quotes.removeFirst(seq);
                if (quotes.isEmpty()) {
                    bySpeaker.remove(speaker);
                }
            }
            table.delete(id);
            seqOf.remove(id);
            ids.set(seq, null);
            articleOf.set(seq, null);
            speakerOf.set(seq, null);
            embeddings.remove(seq);
            size--;
            forgotten++;
        }
        return forgotten;
    }
}
