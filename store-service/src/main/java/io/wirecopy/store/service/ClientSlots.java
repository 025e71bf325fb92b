package io.wirecopy.store.service;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Counts each client's requests in flight and refuses one past the limit; a client with none in flight is forgotten. */
public final class ClientSlots {

    private final int perClient;
    private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();

    public ClientSlots(int perClient) {
        this.perClient = perClient;
    }

    public int perClient() {
        return perClient;
    }

    /** Takes a slot for {@code client}; false (nothing taken) when it already has {@code perClient}. */
    public boolean tryTake(String client) {
        AtomicBoolean taken = new AtomicBoolean();
        inFlight.compute(client, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= perClient) {
                return now;
            }
            taken.set(true);
            return now + 1;
        });
        return taken.get();
    }

    /** Gives back a slot taken by {@link #tryTake}. */
    public void give(String client) {
        inFlight.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
    }

    /** Clients with a request in flight (for tests and a gauge). */
    public int clients() {
        return inFlight.size();
    }
}
