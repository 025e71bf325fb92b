package io.wirecopy.dedupe.service;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * What dedupe keeps durably: one {@link ArticleRecord} per remembered article, one small
 * {@link StoryState} per story, one {@link QuoteRecord} per quote, and {@link ArticleVersions} for an article with
 * more than one version. Kafka Streams stores (persistent, changelogged) back them in the
 * service; {@link #inMemory()} backs them with sorted maps for unit tests and the quality report.
 *
 * <p>Everything a decision looks up (who is remembered, the LSH buckets, the fingerprint postings, the
 * near copies of each article, the exact texts) lives in memory ({@link ArticleIndex}), in primitive
 * maps rebuilt from the article records when the engine starts. A decision therefore reads no store
 * on its hot path and writes one article record and one or two story entries.
 */
public record DedupeState(Table<ArticleRecord> articles, Table<StoryState> stories, Table<QuoteRecord> quotes,
        Table<ArticleVersions> versions) {

    /** A story: how many articles it has, and the story it was merged into (null while it survives). */
    public record StoryState(String mergedInto, long size) {
    }

    /** A key-value table. */
    public interface Table<V> {
        V get(String key);

        void put(String key, V value);

        void delete(String key);

        /**
         * Every entry, in no particular order (the engine reads them all once, when it starts); an article
         * record may come without its text.
         */
        void forEach(BiConsumer<String, V> action);
    }

    public static DedupeState inMemory() {
        return new DedupeState(new MapTable<>(), new MapTable<>(), new MapTable<>(), new MapTable<>());
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

        public void forEach(BiConsumer<String, V> action) {
            map.forEach(action);
        }

        public Map<String, V> view() {
            return map;
        }
    }
}
