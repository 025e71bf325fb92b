package io.wirecopy.dedupe.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The index tables keep, under one key, the ids of the articles it points to, separated by spaces, so
 * that a lookup is one point read (a RocksDB range scan per key cost milliseconds per decision).
 *
 * <p>An LSH bucket holds at most {@code maxBucketSize} ids; a bucket that is full takes no more (a
 * fuller bucket is boilerplate or a story with hundreds of copies, which the other bands still find).
 * A posting (a winnowed fingerprint) holds its ids until more than {@code maxDocumentFrequency}
 * articles carry it; then it becomes {@code *millis}, a stock phrase that passages ignore, stamped with
 * when the last article carrying it was seen, and stays so until that article has been forgotten.
 */
final class IdLists {

    private IdLists() {
    }

    static List<String> bucket(DedupeState.Table<String> table, String key) {
        return ids(table.get(key));
    }

    static void addToBucket(DedupeState.Table<String> table, String key, String id, int max) {
        String value = table.get(key);
        List<String> ids = ids(value);
        if (ids.size() < max && !ids.contains(id)) {
            table.put(key, value == null ? id : value + " " + id);
        }
    }

    static void removeFromBucket(DedupeState.Table<String> table, String key, String id) {
        remove(table, key, id);
    }

    /**
     * The ids carrying the fingerprint (none when no article does); null when more articles carry it than
     * postings keep (a stock phrase or boilerplate). One point read either way.
     */
    static List<String> posting(DedupeState.Table<String> table, String key) {
        String value = table.get(key);
        return value != null && value.startsWith("*") ? null : ids(value);
    }

    static void addToPosting(DedupeState.Table<String> table, String key, String id, int maxDocumentFrequency,
            long seenAtMillis) {
        String value = table.get(key);
        if (value != null && value.startsWith("*")) {
            table.put(key, "*" + Math.max(seenAtMillis, Long.parseLong(value.substring(1))));
            return;
        }
        List<String> ids = ids(value);
        if (ids.contains(id)) {
            return;
        }
        table.put(key, ids.size() >= maxDocumentFrequency ? "*" + seenAtMillis : value == null ? id : value + " " + id);
    }

    /** Forgets an article (seen before {@code cutoffMillis}) in a posting; a common one goes once all its articles are gone. */
    static void removeFromPosting(DedupeState.Table<String> table, String key, String id, long cutoffMillis) {
        String value = table.get(key);
        if (value != null && value.startsWith("*")) {
            if (Long.parseLong(value.substring(1)) < cutoffMillis) {
                table.delete(key);
            }
        } else {
            remove(table, key, id);
        }
    }

    /** Takes one id out of a list of ids; an emptied list goes. */
    private static void remove(DedupeState.Table<String> table, String key, String id) {
        List<String> ids = ids(table.get(key));
        if (ids.remove(id)) {
            put(table, key, ids.isEmpty() ? null : String.join(" ", ids));
        }
    }

    private static void put(DedupeState.Table<String> table, String key, String value) {
        if (value == null) {
            table.delete(key);
        } else {
            table.put(key, value);
        }
    }

    private static List<String> ids(String value) {
        return value == null || value.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(value.split(" ")));
    }
}
