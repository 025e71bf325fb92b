package io.wirecopy.dedupe.service;

import io.wirecopy.dedupe.config.DedupeConfig;
import io.wirecopy.shared.event.Article;
import io.wirecopy.shared.event.ArticleIngested;
import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.EventJson;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Dedupe split over {@code shards} key shards, run in one process with the topics as queues, under a random schedule:
 * the {@link Sequencer} fixes the order and sends each article's keys to the shards that hold them (one queue per
 * shard, read in order, as one partition is); each {@link KeyShard} answers what its keys held before the article
 * and files it; the answers reach the spine in any order, some twice (a shard that read its queue again after a
 * crash); the spine ({@link DedupeEngine} without postings of its own) decides article after article in the
 * sequencer's order, each when every shard asked has answered. {@link #decisions} are the events, as JSON, in
 * order: the same as one engine's for the same articles, whatever the schedule and the number of shards.
 */
public final class ShardSimulation {

    /** What one run produced: the decisions' events in order, and the keys each shard holds at the end. */
    public record Result(List<String> decisions, long[] keysPerShard, int answersDelivered, int answersReplayed) {
    }

    private ShardSimulation() {
    }

    /**
     * {@code articles}, then every 17th of them sent again and in a new version (the same page, a correction added,
     * modified an hour after {@code at}): what the sequencer must give no sequence number and the spine must still
     * decide.
     */
    public static List<Article> withResentAndRevised(List<Article> articles, OffsetDateTime at) {
        List<Article> out = new ArrayList<>(articles);
        for (int i = 0; i < articles.size(); i += 17) {
            Article a = articles.get(i);
            out.add(a);
            String text = a.text() + "\n\nThis article was updated with a correction on " + i + " November.";
            out.add(new Article(a.id(), a.url(), a.source(), a.title(), a.byline(), a.publishedAt(), a.language(), text,
                    io.wirecopy.shared.text.ArticleIds.contentHash(text), a.dateline(), a.agencies(), at.plusHours(1)));
        }
        return out;
    }

    /** The decisions of one engine, as {@link Result#decisions} gives them: the baseline. */
    public static List<String> oneEngine(List<Article> articles, DedupeConfig config, OffsetDateTime now) {
        DedupeEngine engine = new DedupeEngine(DedupeState.inMemory(), config);
        List<String> out = new ArrayList<>();
        for (Article a : articles) {
            out.add(json(engine.decide(ArticleIngested.of(a, now), now)));
        }
        return out;
    }

    /**
     * One run over {@code shards} shards: at each step one of the ready actions at random (the sequencer sends the next
     * article; a shard reads the head of its queue; one answer in flight, picked at random, reaches the spine); with
     * probability {@code replay} a shard reading a request reads its last few requests again after it.
     */
    public static Result run(List<Article> articles, DedupeConfig config, OffsetDateTime now, int shards, Random random,
            double replay) {
        Sequencer sequencer = new Sequencer(config, shards);
        List<KeyShard> keyShards = new ArrayList<>();
        List<Deque<KeyShard.Request>> queues = new ArrayList<>();
        List<Deque<KeyShard.Request>> read = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            keyShards.add(new KeyShard(s, config.near().bands(), config.near().maxBucketSize(),
                    config.passages().maxDocumentFrequency()));
            queues.add(new ArrayDeque<>());
            read.add(new ArrayDeque<>());
        }
        Spine spine = new Spine(DedupeEngine.withoutPostings(DedupeState.inMemory(), config), new DedupeState.MapTable<>(),
                new DedupeState.MapTable<>(), new DedupeState.MapTable<>());
        List<KeyShard.Answer> inFlight = new ArrayList<>();
        List<String> decisions = new ArrayList<>();
        int sent = 0;
        int delivered = 0;
        int replayed = 0;
        while (decisions.size() < articles.size()) {
            List<Integer> ready = new ArrayList<>(); // -1: the sequencer; s: shard s; shards: an answer delivered
            if (sent < articles.size()) {
                ready.add(-1);
            }
            for (int s = 0; s < shards; s++) {
                if (!queues.get(s).isEmpty()) {
                    ready.add(s);
                }
            }
            if (!inFlight.isEmpty()) {
                ready.add(shards);
            }
            int action = ready.get(random.nextInt(ready.size()));
            if (action < 0) {
                Sequencer.Sequenced next = sequencer.next(articles.get(sent++));
                for (KeyShard.Request r : next.requests()) {
                    queues.get(r.shard()).add(r);
                }
                decided(spine.arrived(new Spine.Sequenced(next.position(), ArticleIngested.of(next.article(), now),
                        next.shards()), now), decisions);
            } else if (action < shards) {
                KeyShard.Request r = queues.get(action).poll();
                inFlight.add(keyShards.get(action).answer(r));
                Deque<KeyShard.Request> done = read.get(action);
                done.addLast(r);
                if (done.size() > 4) {
                    done.removeFirst();
                }
                if (random.nextDouble() < replay) {
                    // read again from a few requests back, as a shard restarted from its last commit does
                    List<KeyShard.Request> again = new ArrayList<>(done);
                    for (int k = again.size() - 1; k >= 0; k--) {
                        queues.get(action).addFirst(again.get(k));
                    }
                    replayed += again.size();
                }
            } else {
                KeyShard.Answer a = inFlight.remove(random.nextInt(inFlight.size()));
                delivered++;
                // the spine decides every article, in order, whose shards have all answered
                decided(spine.answered(a, now), decisions);
            }
        }
        long[] keys = new long[shards];
        for (int s = 0; s < shards; s++) {
            keys[s] = keyShards.get(s).keys();
        }
        return new Result(decisions, keys, delivered, replayed);
    }

    private static void decided(List<Spine.Decided> decided, List<String> decisions) {
        for (Spine.Decided d : decided) {
            decisions.add(json(d.decision()));
        }
    }

    /**
     * What the key shards hold and exchange for a stream of articles, at {@code shards} shards: keys per shard (its
     * memory), requests and answers per article (records a topic carries), and their bytes in a compact encoding (8 a
     * key, 4 a sequence number or a count, 12 a record's header of position, shard and sequence number).
     */
    public record Load(int shards, long articles, long[] keysPerShard, long requests, long requestBytes, long answers,
            long answerBytes) {
        public long maxKeys() {
            return java.util.Arrays.stream(keysPerShard).max().orElse(0);
        }

        public long totalKeys() {
            return java.util.Arrays.stream(keysPerShard).sum();
        }
    }

    /**
     * Feeds {@code articles} through a sequencer and one key shard holding every key, and counts, for each count in
     * {@code shardCounts}, the keys each of that many shards would hold (a key is new when the one shard's answer for
     * it was empty and the article is indexed) and the requests and answers it would exchange (an answer's content is
     * the one shard's for the same keys, under its own record's header). The spine's decisions are not made: the shards
     * hold and answer the same whatever is decided. Calls {@code progress} every 10,000 articles.
     */
    public static List<Load> load(java.util.Iterator<Article> articles, long count, DedupeConfig config, int[] shardCounts,
            java.util.function.LongConsumer progress) {
        Sequencer sequencer = new Sequencer(config, 1);
        KeyShard all = new KeyShard(0, config.near().bands(), config.near().maxBucketSize(),
                config.passages().maxDocumentFrequency());
        long[][] keys = new long[shardCounts.length][];
        for (int k = 0; k < shardCounts.length; k++) {
            keys[k] = new long[shardCounts[k]];
        }
        long[][] traffic = new long[shardCounts.length][4];
        long n = 0;
        for (; n < count && articles.hasNext(); n++) {
            Sequencer.Sequenced next = sequencer.next(articles.next());
            for (KeyShard.Request r : next.requests()) {
                KeyShard.Answer answer = all.answer(r);
                long[] contentBytes = new long[shardCounts.length];
                boolean[][] touched = new boolean[shardCounts.length][];
                for (int k = 0; k < shardCounts.length; k++) {
                    touched[k] = new boolean[shardCounts[k]];
                }
                for (int i = 0; i < r.bands().length; i++) {
                    for (int k = 0; k < shardCounts.length; k++) {
                        int s = KeyShard.of(r.bands()[i], r.buckets()[i], shardCounts[k]);
                        touched[k][s] = true;
                        if (r.indexed() && answer.bucketSeqs()[i].length == 0) {
                            keys[k][s]++;
                        }
                        traffic[k][1] += 4 + 8; // the band and its bucket asked
                        contentBytes[k] += 8 + 4L * answer.bucketSeqs()[i].length;
                    }
                }
                for (int i = 0; i < r.fingerprints().length; i++) {
                    for (int k = 0; k < shardCounts.length; k++) {
                        int s = KeyShard.of(r.fingerprints()[i], shardCounts[k]);
                        touched[k][s] = true;
                        if (r.indexed() && answer.carriers()[i] == 0) {
                            keys[k][s]++;
                        }
                        traffic[k][1] += 8;
                        contentBytes[k] += 12 + 4L * answer.carrying()[i].length;
                    }
                }
                for (int k = 0; k < shardCounts.length; k++) {
                    int records = 0;
                    for (boolean t : touched[k]) {
                        records += t ? 1 : 0;
                    }
                    traffic[k][0] += records;
                    traffic[k][1] += 12L * records;
                    traffic[k][2] += records;
                    traffic[k][3] += contentBytes[k] + 12L * records;
                }
            }
            if ((n + 1) % 10_000 == 0) {
                progress.accept(n + 1);
            }
        }
        List<Load> out = new ArrayList<>();
        for (int k = 0; k < shardCounts.length; k++) {
            out.add(new Load(shardCounts[k], n, keys[k], traffic[k][0], traffic[k][1], traffic[k][2], traffic[k][3]));
        }
        return out;
    }

    private static String json(DedupeEngine.Decision d) {
        StringBuilder b = new StringBuilder(d.outcome().name());
        for (DedupeEvent e : d.events()) {
            b.append('\n').append(EventJson.write(e));
        }
        return b.toString();
    }
}
