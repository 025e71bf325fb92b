package io.wirecopy.dedupe.service;

import io.wirecopy.shared.event.ArticleIngested;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step of a sharded dedupe: takes the articles in the sequencer's order and the key shards' answers in any
 * order, and decides each article, in order, once every shard it asked has answered, with their answers standing in
 * for the engine's own postings ({@link DedupeEngine} built without them). What waits is kept in one table (a store
 * in the service), one entry per position holding the article and the answers come so far, so a restart goes on where
 * the last commit left it; an answer read again, or for an article decided already, changes nothing.
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

    /** What waits at one position: the article once it has come (else null), and the answers come so far. */
    public record Waiting(Sequenced article, List<KeyShard.Answer> answers) {
        public Waiting {
            if (answers == null) {
                throw new IllegalArgumentException("waiting answers cannot be null");
            }
            answers = List.copyOf(answers);
        }

        Waiting with(Sequenced a) {
            return new Waiting(a, answers);
        }

        Waiting with(KeyShard.Answer a) {
            if (answers.stream().anyMatch(x -> x.shard() == a.shard())) {
                return this; // read again
            }
            List<KeyShard.Answer> more = new ArrayList<>(answers);
            more.add(a);
            return new Waiting(article, more);
        }

        boolean complete() {
            return article != null && answers.size() >= article.shards().length;
        }
    }

    /** An article decided. */
    public record Decided(ArticleIngested ingested, DedupeEngine.Decision decision) {
    }

    private static final String NEXT = "next";

    private final DedupeEngine engine;
    private final DedupeState.Table<Waiting> waiting;
    private final DedupeState.Table<String> progress;

    /**
     * A spine deciding with {@code engine} (one that keeps no postings), keeping what waits in {@code waiting} and the
     * next position to decide in {@code progress}.
     */
    public Spine(DedupeEngine engine, DedupeState.Table<Waiting> waiting, DedupeState.Table<String> progress) {
        this.engine = engine;
        this.waiting = waiting;
        this.progress = progress;
    }

    /** An article arrived from the sequencer; what can be decided now, in order. */
    public List<Decided> arrived(Sequenced article, OffsetDateTime now) {
        if (article.position() >= next()) {
            Waiting w = waitingAt(article.position());
            if (w.article() == null) {
                waiting.put(key(article.position()), w.with(article));
            }
        }
        return decideReady(now);
    }

    /** A shard's answer arrived; what can be decided now, in order. */
    public List<Decided> answered(KeyShard.Answer answer, OffsetDateTime now) {
        if (answer.position() >= next()) {
            Waiting w = waitingAt(answer.position());
            Waiting more = w.with(answer);
            if (more != w) {
                waiting.put(key(answer.position()), more);
            }
        }
        return decideReady(now);
    }

    /** The position of the next article to decide. */
    public int next() {
        String v = progress.get(NEXT);
        return v == null ? 0 : Integer.parseInt(v);
    }

    private Waiting waitingAt(int position) {
        Waiting w = waiting.get(key(position));
        return w != null ? w : new Waiting(null, List.of());
    }

    private List<Decided> decideReady(OffsetDateTime now) {
        List<Decided> out = new ArrayList<>();
        int next = next();
        while (true) {
            Waiting head = waiting.get(key(next));
            if (head == null || !head.complete()) {
                break;
            }
            Sequenced a = head.article();
            out.add(new Decided(a.ingested(), engine.decide(a.ingested(), now, KeyShard.merged(head.answers()))));
            waiting.delete(key(next));
            next++;
            progress.put(NEXT, Integer.toString(next));
        }
        return out;
    }

    private static String key(int position) {
        return String.format("%010d", position);
    }
}
