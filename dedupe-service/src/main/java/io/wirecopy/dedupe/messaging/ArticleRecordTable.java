package io.wirecopy.dedupe.messaging;

import io.wirecopy.dedupe.service.ArticleRecord;
import io.wirecopy.dedupe.service.ArticleRecordCodec;
import io.wirecopy.dedupe.service.DedupeState;
import java.util.function.BiConsumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The articles table over a Kafka Streams store of bytes, in {@link ArticleRecordCodec}'s form (decoded
 * here, where the key is at hand: an older version's record names its article only by its key).
 */
final class ArticleRecordTable implements DedupeState.Table<ArticleRecord> {

    private final KeyValueStore<String, byte[]> store;

    ArticleRecordTable(KeyValueStore<String, byte[]> store) {
        this.store = store;
    }

    @Override
    public ArticleRecord get(String key) {
        byte[] bytes = store.get(key);
        return bytes == null ? null : ArticleRecordCodec.decode(key, bytes);
    }

    @Override
    public void put(String key, ArticleRecord value) {
        store.put(key, ArticleRecordCodec.encode(value));
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }

    /** Every record without its text (what the index is rebuilt from), except an older version's JSON record. */
    @Override
    public void forEach(BiConsumer<String, ArticleRecord> action) {
        try (KeyValueIterator<String, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> kv = it.next();
                action.accept(kv.key, ArticleRecordCodec.decode(kv.key, kv.value, false));
            }
        }
    }
}
