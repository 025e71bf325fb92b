package io.wirecopy.dedupe.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What dedupe remembers. Kafka Streams stores (persistent, changelogged) back the tables in the
 * service; {@link #inMemory()} backs them with sorted maps for unit tests and the quality report.
 *
 * <p>Per indexed article (NEW or NEAR) with a text of n words, about: its {@link ArticleState} with the
 * text (n × 6 bytes), its id (27 bytes) in the {@code buckets} list of each LSH band (42), its id in
 * the {@code postings} list of each winnowed fingerprint its original lacks (n / 3 for a new story), one
 * {@code expiry} key, and a near copy its id in the {@code copies} list of its original (the article
 * it was indexed against). An exact copy keeps only its {@link ArticleState} and {@code expiry} key. The
 * index tables map a key to the ids under it ({@link IdLists}), so every lookup is a point read. All of it goes after {@code wirecopy.dedupe.retention}; {@code stories} keeps
 * one small entry per story (size and merge alias).
 */
public record DedupeState(
        Table<ArticleState> articles,
        Table<ExactEntry> exact,
        Table<StoryState> stories,
        Table<String> buckets,
        Table<String> postings,
        Table<String> copies,
        Table<String> expiry) {

    /**
     * An article as remembered: its story when decided (follow {@link StoryState#mergedInto()} for
     * the current one), its text for verification and alignment, whether its bands and fingerprints
     * are indexed, when it was seen (for expiry), the original it was indexed against (a near copy
     * indexes only the fingerprints its original lacks; null for others), how much of it is copy (an
     * exact copy of the same source takes it over; null in state written before reuse was measured), and
     * when it says it was published (null when it does not).
     */
    public record ArticleState(String storyId, String contentHash, String source, String text, boolean indexed,
            long seenAtMillis, String original, io.wirecopy.shared.event.Reuse reuse, java.time.OffsetDateTime publishedAt) {
    }

    /** The first article seen with a text, and its story. */
    public record ExactEntry(String storyId, String articleId) {
    }

    /** A story: how many articles it has, and the story it was merged into (null while it survives). */
    public record StoryState(String mergedInto, long size) {
    }

    /** A sorted key-value table; keys are ASCII. */
    public interface Table<V> {
        V get(String key);

        void put(String key, V value);

        void delete(String key);

        /** Up to {@code limit} keys in {@code [from, to)}, ascending. */
        List<String> keys(String from, String to, int limit);
    }

    /**
     * The same tables, each remembering what it read (writes go through) until {@link #forgetReads()}:
     * within one decision a key is read from the store once, however often the decision asks.
     */
    public DedupeState withReadCaches() {
        return new DedupeState(new ReadCache<>(articles), new ReadCache<>(exact), new ReadCache<>(stories),
                new ReadCache<>(buckets), new ReadCache<>(postings), new ReadCache<>(copies), new ReadCache<>(expiry));
    }

    /** Empties the read caches of {@link #withReadCaches()} (a no-op for other tables). */
    public void forgetReads() {
        for (Table<?> t : List.of(articles, exact, stories, buckets, postings, copies, expiry)) {
            if (t instanceof ReadCache<?> cache) {
                cache.read.clear();
            }
        }
    }

    /** A write-through table that remembers the values it read, absent ones too. */
    private static final class ReadCache<V> implements Table<V> {
        private final Table<V> table;
        private final Map<String, Optional<V>> read = new HashMap<>();

        ReadCache(Table<V> table) {
            this.table = table;
        }

        public V get(String key) {
            return read.computeIfAbsent(key, k -> Optional.ofNullable(table.get(k))).orElse(null);
        }

        public void put(String key, V value) {
            table.put(key, value);
            read.put(key, Optional.of(value));
        }

        public void delete(String key) {
            table.delete(key);
            read.put(key, Optional.empty());
        }

        public List<String> keys(String from, String to, int limit) {
            return table.keys(from, to, limit);
        }
    }

    public static DedupeState inMemory() {
        return new DedupeState(new MapTable<>(), new MapTable<>(), new MapTable<>(), new MapTable<>(),
                new MapTable<>(), new MapTable<>(), new MapTable<>());
    }

    /** A {@link Table} over a {@link TreeMap}. */
    public static final class MapTable<V> implements Table<V> {
        private final TreeMap<String, V> map = new TreeMap<>();

        public V get(String key) {
            return map.get(key);
        }

        public void put(String key, V value) {
            map.put(key, value);
        }

        public void delete(String key) {
            map.remove(key);
        }

        public List<String> keys(String from, String to, int limit) {
            List<String> keys = new ArrayList<>();
            for (String k : map.subMap(from, true, to, false).keySet()) {
                if (keys.size() >= limit) {
                    break;
                }
                keys.add(k);
            }
            return keys;
        }

        public Map<String, V> view() {
            return map;
        }
    }
}
