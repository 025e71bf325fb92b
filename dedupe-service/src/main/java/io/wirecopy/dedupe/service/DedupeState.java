package io.wirecopy.dedupe.service;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What dedupe remembers: per article, its story and content hash (about 150 bytes with keys); per
 * text, the first article that had it. Kafka Streams stores back the tables in the service, maps in
 * unit tests.
 */
public record DedupeState(Table<ArticleState> articles, Table<ExactEntry> exact) {

    /** Where an article went. */
    public record ArticleState(String storyId, String contentHash) {
    }

    /** The first article seen with a text, and its story. */
    public record ExactEntry(String storyId, String articleId) {
    }

    /** A key-value table keyed by id or hash: {@code Table.of(map::get, map::put)}, {@code Table.of(store::get, store::put)}. */
    public interface Table<V> {
        V get(String key);

        void put(String key, V value);

        static <V> Table<V> of(Function<String, V> get, BiConsumer<String, V> put) {
            return new Table<>() {
                public V get(String key) {
                    return get.apply(key);
                }

                public void put(String key, V value) {
                    put.accept(key, value);
                }
            };
        }
    }
}
