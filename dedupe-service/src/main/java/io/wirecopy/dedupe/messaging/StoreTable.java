package io.wirecopy.dedupe.messaging;

import io.wirecopy.dedupe.service.DedupeState;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** A {@link DedupeState.Table} over a Kafka Streams key-value store (String keys sort as their UTF-8 bytes). */
final class StoreTable<V> implements DedupeState.Table<V> {

    private final KeyValueStore<String, V> store;

    StoreTable(KeyValueStore<String, V> store) {
        this.store = store;
    }

    @Override
    public V get(String key) {
        return store.get(key);
    }

    @Override
    public void put(String key, V value) {
        store.put(key, value);
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }

    @Override
    public List<String> keys(String from, String to, int limit) {
        List<String> keys = new ArrayList<>();
        // range() includes its upper bound; the interface's is exclusive
        try (KeyValueIterator<String, V> it = store.range(from, to)) {
            while (it.hasNext() && keys.size() < limit) {
                KeyValue<String, V> kv = it.next();
                if (!kv.key.equals(to)) {
                    keys.add(kv.key);
                }
            }
        }
        return keys;
    }
}
