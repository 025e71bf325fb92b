package io.wirecopy.ingest.service;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Where subscriptions live: a compacted Kafka topic in the service, a map in unit tests. */
public interface SubscriptionStore {

    Collection<Subscription> all();

    Optional<Subscription> get(String id);

    /** Stores durably before returning. */
    void put(Subscription subscription);

    void delete(String id);

    /** A store in memory only. */
    final class InMemory implements SubscriptionStore {
        private final Map<String, Subscription> map = new ConcurrentSkipListMap<>();

        public Collection<Subscription> all() {
            return map.values();
        }

        public Optional<Subscription> get(String id) {
            return Optional.ofNullable(map.get(id));
        }

        public void put(Subscription subscription) {
            map.put(subscription.id(), subscription);
        }

        public void delete(String id) {
            map.remove(id);
        }
    }
}
