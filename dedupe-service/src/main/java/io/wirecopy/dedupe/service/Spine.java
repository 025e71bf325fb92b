package io.wirecopy.dedupe.service;

import io.wirecopy.shared.event.ArticleIngested;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step of a sharded dedupe: takes the articles in the sequencer's order and the key shards' answers in any
 * order, and decides each article, in order, once every shard it asked has answered, with their answers standing in
 * for the engine's own postings ({@link DedupeEngine} built without them). What waits is kept in two tables (stores in
 * the service), so a restart goes on where the last commit left it; an answer read again, or for an article decided
 * already, changes nothing.
 */
public final class Spine {

    /** An article in the sequencer's order and the shards it asked. */
    public record Sequenced(int position, ArticleIngested ingested, int[] shards) {
        public Sequenced {
            if (position < 0 || ingested == null || shards == null) {
                throw new IllegalArgumentException("a sequenced article needs its position, the article and its shards");
            }
        }
    }

    /** An article decided. */
    public record Decided(ArticleIngested ingested, DedupeEngine.Decision decision) {
    }

    private static final String NEXT = "next";

    private final DedupeEngine engine;
    private final DedupeState.Table<Sequenced> waiting;
    private final DedupeState.Table<KeyShard.Answer> answers;
    private final DedupeState.Table<String> progress;
    /** The position of the next article to decide: {@code progress}'s, read once and kept with it. */
    private int next;

    /**
     * A spine deciding with {@code engine} (one that keeps no postings), keeping the articles that wait in
     * {@code waiting}, the answers that wait in {@code answers} and the next position to decide in {@code progress}.
     */
    public Spine(DedupeEngine engine, DedupeState.Table<Sequenced> waiting, DedupeState.Table<KeyShard.Answer> answers,
            DedupeState.Table<String> progress) {
        this.engine = engine;
        this.waiting = waiting;
        this.answers = answers;
        this.progress = progress;
        String v = progress.get(NEXT);
        this.next = v == null ? 0 : Integer.parseInt(v);
    }

    /** An article arrived from the sequencer; what can be decided now, in order. */
    public List<Decided> arrived(Sequenced article, OffsetDateTime now) {
        if (article.position() >= next() && waiting.get(key(article.position())) == null) {
            waiting.put(key(article.position()), article);
        }
        return decideReady(now);
    }

    /** A shard's answer arrived; what can be decided now, in order. */
    public List<Decided> answered(KeyShard.Answer answer, OffsetDateTime now) {
        String key = KeyShard.key(answer.shard(), answer.position());
        if (answer.position() >= next() && answers.get(key) == null) {
            answers.put(key, answer);
        }
        return decideReady(now);
    }

    /** The position of the next article to decide. */
    public int next() {
        return next;
    }

    private List<Decided> decideReady(OffsetDateTime now) {
        List<Decided> out = new ArrayList<>();
        while (true) {
            Sequenced head = waiting.get(key(next));
            if (head == null) {
                break;
            }
            List<KeyShard.Answer> got = new ArrayList<>(head.shards().length);
            for (int shard : head.shards()) {
                KeyShard.Answer a = answers.get(KeyShard.key(shard, next));
                if (a == null) {
                    break;
                }
                got.add(a);
            }
            if (got.size() < head.shards().length) {
                break;
            }
            out.add(new Decided(head.ingested(), engine.decide(head.ingested(), now, KeyShard.merged(got))));
            waiting.delete(key(next));
            for (int shard : head.shards()) {
                answers.delete(KeyShard.key(shard, next));
            }
            next++;
            progress.put(NEXT, Integer.toString(next));
        }
        return out;
    }

    private static String key(int position) {
        return String.format("%010d", position);
    }
}
