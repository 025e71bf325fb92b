package io.wirecopy.dedupe.service;

import io.wirecopy.shared.event.DedupeEvent;
import io.wirecopy.shared.event.StoriesMerged;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The stories: their sizes and which story a merged one now belongs to. All of them are held in memory
 * (loaded once from the durable table, written through to it), so resolving a story reads no store.
 */
final class StoryTable {

    private final DedupeState.Table<DedupeState.StoryState> durable;
    private final Map<String, DedupeState.StoryState> stories = new HashMap<>();

    StoryTable(DedupeState.Table<DedupeState.StoryState> durable) {
        this.durable = durable;
        durable.forEach(stories::put);
    }

    private void put(String storyId, DedupeState.StoryState state) {
        stories.put(storyId, state);
        durable.put(storyId, state);
    }

    /** Stories remembered, merged ones included. */
    int size() {
        return stories.size();
    }

    void found(String storyId) {
        put(storyId, new DedupeState.StoryState(null, 1));
    }

    void grow(String storyId, long by) {
        DedupeState.StoryState st = stories.get(storyId);
        put(storyId, new DedupeState.StoryState(null, (st == null ? 0 : st.size()) + by));
    }

    /** The story a remembered story id now belongs to, following merges (and shortening the chain it walked). */
    String resolve(String storyId) {
        List<String> path = new ArrayList<>();
        String current = storyId;
        DedupeState.StoryState st;
        while ((st = stories.get(current)) != null && st.mergedInto() != null) {
            path.add(current);
            current = st.mergedInto();
        }
        for (int i = 0; i < path.size() - 1; i++) {
            String p = path.get(i);
            put(p, new DedupeState.StoryState(current, stories.get(p).size()));
        }
        return current;
    }

    /**
     * Joins the given stories and one new article into one (the largest; then the smallest id), adds a
     * {@link StoriesMerged} per story that goes to {@code events}, and returns the survivor.
     */
    String merge(List<String> storyIds, String articleId, OffsetDateTime now, List<DedupeEvent> events) {
        Map<String, Long> sizes = new HashMap<>();
        for (String s : storyIds) {
            sizes.computeIfAbsent(s, k -> {
                DedupeState.StoryState st = stories.get(k);
                return st == null ? 0L : st.size();
            });
        }
        String survivor = sizes.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        long size = sizes.get(survivor) + 1;
        for (String other : new TreeSet<>(sizes.keySet())) {
            if (!other.equals(survivor)) {
                put(other, new DedupeState.StoryState(survivor, sizes.get(other)));
                size += sizes.get(other);
                events.add(StoriesMerged.of(survivor, other, articleId, now));
            }
        }
        put(survivor, new DedupeState.StoryState(null, size));
        return survivor;
    }
}
